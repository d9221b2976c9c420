using System;
using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Microsoft.CodeAnalysis.CSharp;

namespace StructuredNews.Generators.Emission
{
    /// <summary>
    /// Builds indented C# text; every value goes through Roslyn's literal formatting or <see cref="XmlDoc"/>. A block
    /// is written with <c>using (w.WriteBlock("class X")) { ... }</c>, which closes its brace. Long lines are written
    /// piece by piece (<see cref="Start"/>, <see cref="Append(string)"/>, <see cref="End"/>), so that no
    /// intermediate strings are made for them.
    /// </summary>
    internal sealed class CodeWriter
    {
        private readonly StringBuilder builder = new StringBuilder();
        private int indent;

        public CodeWriter Line(string text = "")
        {
            if (text.Length > 0)
            {
                builder.Append(' ', indent * 4);
            }

            builder.Append(text).Append('\n');
            return this;
        }

        /// <summary>Writes <paramref name="header"/> and an opening brace; disposing the result writes the closing brace.</summary>
        public Block WriteBlock(string header)
        {
            Line(header);
            Line("{");
            indent++;
            return new Block(this);
        }

        /// <summary>An open block of a <see cref="CodeWriter"/>: disposing it closes the block.</summary>
        public readonly struct Block : IDisposable
        {
            private readonly CodeWriter writer;

            public Block(CodeWriter writer) => this.writer = writer;

            public void Dispose()
            {
                writer.indent--;
                writer.builder.Append(' ', writer.indent * 4).Append('}').Append('\n');
            }
        }

        /// <summary>A <c>/// </c> line; the text must already be escaped with <see cref="XmlDoc"/>.</summary>
        public CodeWriter Doc(string xml) => StartDoc().Append(xml).End();

        /// <summary>Starts a non-empty line at the current indentation; <see cref="End"/> ends it.</summary>
        public CodeWriter Start()
        {
            builder.Append(' ', indent * 4);
            return this;
        }

        /// <summary>Starts a <c>/// </c> line; data in it goes through <see cref="AppendXml"/>.</summary>
        public CodeWriter StartDoc() => Start().Append("/// ");

        public CodeWriter Append(string? text)
        {
            builder.Append(text);
            return this;
        }

        /// <summary>Appends data escaped for a doc comment, as <see cref="XmlDoc.Escape"/> does.</summary>
        public CodeWriter AppendXml(string text)
        {
            XmlDoc.Append(builder, text);
            return this;
        }

        /// <summary>Appends a string literal of the chars, as <see cref="Literal(string)"/> would write them as a string.</summary>
        public CodeWriter AppendLiteral(char[] chars)
        {
            builder.Append('"');
            for (var i = 0; i < chars.Length; i++)
            {
                var c = chars[i];
                if (char.IsSurrogate(c))
                {
                    var run = i + 1;
                    while (run < chars.Length && char.IsSurrogate(chars[run]))
                    {
                        run++;
                    }

                    AppendUnquoted(SymbolDisplay.FormatLiteral(new string(chars, i, run - i), quote: true));
                    i = run - 1;
                }
                else
                {
                    AppendFormatted(c);
                }
            }

            builder.Append('"');
            return this;
        }

        public CodeWriter End()
        {
            builder.Append('\n');
            return this;
        }

        public override string ToString() => builder.ToString();

        public static string Literal(string? value) => value == null ? "null" : SymbolDisplay.FormatLiteral(value, quote: true);

        public static string Literal(int value) => value.ToString(CultureInfo.InvariantCulture);

        // SymbolDisplay.FormatLiteral formats a string char by char, taking a surrogate pair together and nothing else
        // from the context (the quote char is escaped as well only inside quotes, so pieces are formatted quoted and
        // the quotes dropped). So a long literal can be written from formatted pieces: each char on its own, each run
        // of surrogates as one piece. Every other char is formatted once, here, which keeps Roslyn's exact escaping
        // without formatting, and copying, megabytes of table text again; null means the char stands for itself.
        private static readonly ImmutableArray<string?> FormattedChars = FormatAllChars();

        private static ImmutableArray<string?> FormatAllChars()
        {
            var formatted = ImmutableArray.CreateBuilder<string?>(char.MaxValue + 1);
            for (var c = 0; c <= char.MaxValue; c++)
            {
                var text = char.IsSurrogate((char)c) ? null : SymbolDisplay.FormatLiteral(((char)c).ToString(), quote: true);
                formatted.Add(text == null || (text.Length == 3 && text[1] == c) ? null : text.Substring(1, text.Length - 2));
            }

            return formatted.MoveToImmutable();
        }

        private void AppendFormatted(char c)
        {
            if (FormattedChars[c] is { } escaped)
            {
                builder.Append(escaped);
            }
            else
            {
                builder.Append(c);
            }
        }

        private void AppendUnquoted(string quoted) => builder.Append(quoted, 1, quoted.Length - 2);
    }
}
