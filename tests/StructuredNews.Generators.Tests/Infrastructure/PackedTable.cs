using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis.CSharp;

namespace StructuredNews.Generators.Tests.Infrastructure
{
    /// <summary>
    /// Reads the table a generated file holds (<c>internal const string Table = "…";</c>, packed by
    /// <c>TableFormat.Pack</c>) back to its text, so tests can look into it as into the data it stores.
    /// </summary>
    public static class PackedTable
    {
        /// <summary>A table constant: the packed literal, from its opening quote to the end of its line.</summary>
        public static readonly Regex Constant = new Regex("internal const string Table = (\"[^\\n]*\");\\n", RegexOptions.CultureInvariant);

        /// <summary>The literal of the file's table, as written.</summary>
        public static string? LiteralOf(string source) => Constant.Match(source) is { Success: true } match ? match.Groups[1].Value : null;

        /// <summary>The packed chars of the file's table (the constant's value).</summary>
        public static string? PackedOf(string source) =>
            LiteralOf(source) is { } literal ? (string)SyntaxFactory.ParseExpression(literal).GetFirstToken().Value! : null;

        /// <summary>The file's table as text (its UTF-8 bytes decoded), or null for a file without one.</summary>
        public static string? TextOf(string source)
        {
            if (PackedOf(source) is not { } packed)
            {
                return null;
            }

            var length = packed[0] | (packed[1] << 16);
            var bytes = packed.Skip(2).SelectMany(c => new[] { (byte)c, (byte)(c >> 8) }).Take(length).ToArray();
            return Encoding.UTF8.GetString(bytes);
        }
    }
}
