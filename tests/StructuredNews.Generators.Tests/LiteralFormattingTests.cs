using System;
using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis.CSharp;
using StructuredNews.Generators.Emission;
using Xunit;

namespace StructuredNews.Generators.Tests
{
    /// <summary>
    /// Packed tables are written as literals of printable ASCII (formatted by Roslyn), CJK ideographs and <c>\u</c>
    /// escapes: each must parse back to exactly the chars written, and nothing else may appear raw.
    /// </summary>
    public class LiteralFormattingTests
    {
        [Fact]
        public void EveryCharParsesBackExactly()
        {
            // All chars, surrogates included, in order and so in pairs, runs and alone.
            var all = Enumerable.Range(0, char.MaxValue + 1).Select(c => (char)c).ToArray();
            AssertRoundTrip(all);
            AssertRoundTrip(all.Reverse().ToArray());
        }

        [Fact]
        public void RandomStringsParseBackExactly()
        {
            // Weighted towards what is special: quotes, backslashes, controls, surrogates (paired, lone, in runs).
            var special = "\"\\\0\a\b\f\n\r\t\v\u0085\u2028\u2029\u200e\u202e\ufeff\uffff\ud83d\ude00\ud800\udfff".ToCharArray();
            var random = new Random(20261122);
            for (var n = 0; n < 2000; n++)
            {
                var chars = new char[random.Next(0, 40)];
                for (var i = 0; i < chars.Length; i++)
                {
                    chars[i] = random.Next(3) switch
                    {
                        0 => special[random.Next(special.Length)],
                        1 => (char)random.Next(0x20, 0x80),
                        _ => (char)random.Next(0, char.MaxValue + 1),
                    };
                }

                AssertRoundTrip(chars);
            }
        }

        [Fact]
        public void PrintableAsciiIsWrittenAsRoslynFormatsIt()
        {
            var ascii = Enumerable.Range(' ', '~' - ' ' + 1).Select(c => (char)c).ToArray();
            Assert.Equal(SymbolDisplay.FormatLiteral(new string(ascii), quote: true), Write(ascii));
            Assert.Equal("\"\\u202e\\ud800\u4e00\"", Write(new[] { '\u202e', '\ud800', '\u4e00' }));
        }

        private static string Write(char[] chars) => new CodeWriter().AppendPackedLiteral(chars).ToString();

        private static void AssertRoundTrip(char[] chars)
        {
            var literal = Write(chars);
            foreach (var c in literal)
            {
                Assert.True((c >= ' ' && c <= '~') || (c >= '\u3400' && c <= '\u4dbf') || (c >= '\u4e00' && c <= '\u9fff'), "raw char U+" + ((int)c).ToString("X4", CultureInfo.InvariantCulture));
            }

            var token = SyntaxFactory.ParseExpression(literal).GetFirstToken();
            Assert.Empty(token.GetDiagnostics());
            Assert.Equal(new string(chars), (string)token.Value!);
        }
    }
}
