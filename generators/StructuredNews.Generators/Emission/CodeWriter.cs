using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis.CSharp;

namespace StructuredNews.Generators.Emission
{
    /// <summary>
    /// Builds indented C# text; every value goes through Roslyn's literal formatting or <see cref="XmlDoc"/>. Long
    /// lines are written piece by piece (<see cref="Start"/>, <see cref="Append(string)"/>, <see cref="End"/>), so
    /// that no intermediate strings are made for them.
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

        public CodeWriter Open(string text)
        {
            Line(text);
            Line("{");
            indent++;
            return this;
        }

        public CodeWriter Close(string suffix = "")
        {
            indent--;
            builder.Append(' ', indent * 4).Append('}').Append(suffix).Append('\n');
            return this;
        }

        public void Indent() => indent++;

        public void Outdent() => indent--;

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

        /// <summary>
        /// Appends a string literal of packed table chars (<c>TableFormat.Pack</c>: binary data, not text). Printable
        /// ASCII goes through Roslyn's literal formatting and CJK ideographs (the chars most pairs of ASCII bytes make)
        /// stand for themselves; every other char is written as a <c>\u</c> escape, so that no control, formatting,
        /// bidirectional, unassigned or lone surrogate char reaches the file, and the text does not depend on the
        /// Unicode tables of the runtime that runs the generator.
        /// </summary>
        public CodeWriter AppendPackedLiteral(char[] chars)
        {
            builder.Append('"');
            foreach (var c in chars)
            {
                if (c >= ' ' && c <= '~')
                {
                    builder.Append(FormattedAscii[c - ' ']);
                }
                else if ((c >= '\u3400' && c <= '\u4dbf') || (c >= '\u4e00' && c <= '\u9fff'))
                {
                    builder.Append(c);
                }
                else
                {
                    builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
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

        // Printable ASCII as Roslyn formats each char inside a string literal ('"' and '\\' escaped, the rest as is).
        private static readonly ImmutableArray<string> FormattedAscii = Enumerable.Range(' ', '~' - ' ' + 1)
            .Select(c => SymbolDisplay.FormatLiteral(((char)c).ToString(), quote: true))
            .Select(quoted => quoted.Substring(1, quoted.Length - 2))
            .ToImmutableArray();
    }
}
