using System;
using System.Linq;
using Microsoft.CodeAnalysis.CSharp;
using StructuredNews.Annotations.Naming;
using StructuredNews.Annotations.Tables;
using StructuredNews.Generators.Emission;
using Xunit;

namespace StructuredNews.Generators.Tests
{
    /// <summary>
    /// Tables are written as literals built from SymbolDisplay.FormatLiteral's formatting of single chars (and of
    /// surrogate runs): the result must be exactly what FormatLiteral gives for the whole string.
    /// </summary>
    public class LiteralFormattingTests
    {
        [Fact]
        public void EveryCharIsFormattedAsInAWholeString()
        {
            // All chars, surrogates included, in order and so in pairs, runs and alone.
            var all = Enumerable.Range(0, char.MaxValue + 1).Select(c => (char)c).ToArray();
            AssertSameAsWhole(all);
            AssertSameAsWhole(all.Reverse().ToArray());
        }

        [Fact]
        public void RandomStringsAreFormattedAsWholeStrings()
        {
            // Weighted towards what is special: quotes, backslashes, controls, surrogates (paired, lone, in runs).
            var special = "\"\\\0\a\b\f\n\r\t\v\u0085\u2028\u2029\u200e\ufeff\uffff\ud83d\ude00\ud800\udfff".ToCharArray();
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

                AssertSameAsWhole(chars);
            }
        }

        private static void AssertSameAsWhole(char[] chars)
        {
            var writer = new CodeWriter();
            writer.AppendLiteral(chars);
            Assert.Equal(SymbolDisplay.FormatLiteral(new string(chars), quote: true), writer.ToString());
        }
    }
}
