using System.Linq;
using StructuredNews.Annotations.Validation;
using Xunit;

namespace StructuredNews.Generators.Tests.Parsing
{
    /// <summary>Numbers as articles write them, read to their values (what SN0025–SN0027 compare).</summary>
    public class NumberReadingTests
    {
        [Theory]
        [InlineData("8", "en", "8")]
        [InlineData("eight", "en", "8")]
        [InlineData("Eight", "en", "8")]
        [InlineData("twenty-five", "en", "25")]
        [InlineData("1,000", "en", "1000")]
        [InlineData("1.000", "da", "1000")]
        [InlineData("1,000,000", "en", "1000000")]
        [InlineData("0,72", "da", "0.72")]
        [InlineData("19.5", "en", "19.5")]
        [InlineData("18 million", "en", "18000000")]
        [InlineData("1.2 million", "en", "1200000")]
        [InlineData("two thousand", "en", "2000")]
        [InlineData("19 millioner", "da", "19000000")]
        [InlineData("otte", "da", "8")]
        [InlineData("femogtyve", "da", "25")]
        [InlineData("to", "da", "2")]
        [InlineData("80%", "en", "80")]
        [InlineData("155th", "en", "155")]
        public void ReadsANumberWrittenAnyWay(string text, string language, string expected)
        {
            Assert.True(NumberReading.TryRead(text, language, out var value), text);
            Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), value);
        }

        [Theory]
        [InlineData("otte", "en")]        // a Danish word in an English text
        [InlineData("eight", "da")]
        [InlineData("eight", "ru")]       // words only in the languages it knows; digits in any
        [InlineData("doubled", "en")]
        [InlineData("8 and 9", "en")]     // two numbers are not one value
        [InlineData("", "en")]
        public void ReadsNoNumberWhereThereIsNoSingleOne(string text, string language) =>
            Assert.False(NumberReading.TryRead(text, language, out _));

        [Fact]
        public void FindsEveryNumberOfAPassageWithItsPlace()
        {
            const string Text = "At least twelve were hurt and 1,000 fled; 19 millioner is Danish.";
            var found = NumberReading.Find(Text, "en").Select(p => (Text.Substring(p.Start, p.Length), p.Value)).ToList();
            Assert.Equal(new[] { ("twelve", 12m), ("1,000", 1000m), ("19", 19m) }, found);
        }
    }
}
