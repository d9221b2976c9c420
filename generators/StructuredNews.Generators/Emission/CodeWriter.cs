using System.Globalization;
using System.Text;
using Microsoft.CodeAnalysis.CSharp;

namespace StructuredNews.Generators.Emission
{
    /// <summary>Builds indented C# text; every value goes through Roslyn's literal formatting or <see cref="XmlDoc"/>.</summary>
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
            return Line("}" + suffix);
        }

        public void Indent() => indent++;

        public void Outdent() => indent--;

        /// <summary>A <c>/// </c> line; the text must already be escaped with <see cref="XmlDoc"/>.</summary>
        public CodeWriter Doc(string xml) => Line("/// " + xml);

        public override string ToString() => builder.ToString();

        public static string Literal(string? value) => value == null ? "null" : SymbolDisplay.FormatLiteral(value, quote: true);

        public static string Literal(decimal? value) => value == null ? "null" : value.Value.ToString(CultureInfo.InvariantCulture) + "m";

        public static string Literal(double? value) => value == null ? "null" : value.Value.ToString("R", CultureInfo.InvariantCulture) + "d";

        public static string Literal(int value) => value.ToString(CultureInfo.InvariantCulture);
    }
}
