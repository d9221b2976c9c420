using System;
using System.Collections.Generic;
using System.Globalization;
using StructuredNews.Annotations.Parsing;
using Xunit;

namespace StructuredNews.Generators.Tests.Parsing
{
    /// <summary>The hand-written date check accepts exactly what DateTime.TryParseExact("yyyy-MM-dd") accepts.</summary>
    public class IsoDateTests
    {
        [Theory]
        [InlineData("2022-01-05", true)]
        [InlineData("2024-02-29", true)]
        [InlineData("2023-02-29", false)]
        [InlineData("1900-02-29", false)]
        [InlineData("2000-02-29", true)]
        [InlineData("0001-01-01", true)]
        [InlineData("0000-01-01", false)]
        [InlineData("9999-12-31", true)]
        [InlineData("2022-13-01", false)]
        [InlineData("2022-00-10", false)]
        [InlineData("2022-04-31", false)]
        [InlineData("2022-1-05", false)]
        [InlineData("2022/01/05", false)]
        [InlineData(" 2022-01-05", false)]
        [InlineData("2022-01-05 ", false)]
        [InlineData("2022-01-0\u0665", false)]
        [InlineData("", false)]
        public void KnownCases(string text, bool valid)
        {
            Assert.Equal(valid, MappingReader.IsIsoDate(text));
            Assert.Equal(valid, Reference(text));
        }

        [Fact]
        public void AgreesWithTryParseExactOnRandomNearDates()
        {
            var random = new Random(20220105);
            var alphabet = "0123456789-/ x\u0660";
            var checkedCount = 0;
            foreach (var text in Candidates(random, alphabet))
            {
                Assert.True(Reference(text) == MappingReader.IsIsoDate(text), "disagree on '" + text + "'");
                checkedCount++;
            }

            Assert.Equal(50_000, checkedCount);
        }

        private static IEnumerable<string> Candidates(Random random, string alphabet)
        {
            for (var i = 0; i < 50_000; i++)
            {
                // Mostly well-formed shapes with random digits, some with a random character swapped in.
                var chars = string.Format(CultureInfo.InvariantCulture, "{0:D4}-{1:D2}-{2:D2}", random.Next(0, 10000), random.Next(0, 14), random.Next(0, 33)).ToCharArray();
                if (random.Next(4) == 0)
                {
                    chars[random.Next(chars.Length)] = alphabet[random.Next(alphabet.Length)];
                }

                yield return new string(chars);
            }
        }

        private static bool Reference(string text) =>
            DateTime.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _);
    }
}
