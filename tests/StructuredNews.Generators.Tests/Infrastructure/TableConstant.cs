using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis.CSharp;

namespace StructuredNews.Generators.Tests.Infrastructure
{
    /// <summary>
    /// Reads the table a generated file holds (<c>internal const string Table = "…";</c>) back to its text, so tests
    /// can look into it as into the data it stores.
    /// </summary>
    public static class TableConstant
    {
        /// <summary>A table constant: its literal, from the opening quote to the end of its line.</summary>
        public static readonly Regex Declaration = new Regex("internal const string Table = (\"[^\\n]*\");\\n", RegexOptions.CultureInvariant);

        /// <summary>The literal of the file's table, as written.</summary>
        public static string? LiteralOf(string source) => Declaration.Match(source) is { Success: true } match ? match.Groups[1].Value : null;

        /// <summary>The file's table (the constant's value), or null for a file without one.</summary>
        public static string? TextOf(string source) =>
            LiteralOf(source) is { } literal ? (string)SyntaxFactory.ParseExpression(literal).GetFirstToken().Value! : null;
    }
}
