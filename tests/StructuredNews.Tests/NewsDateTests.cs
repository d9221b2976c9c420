using System;
using System.Globalization;
using System.Threading;
using Xunit;

namespace StructuredNews.Tests
{
    public class NewsDateTests
    {
        [Fact]
        public void ParsesAndFormatsIsoWhateverTheCulture()
        {
            var previous = CultureInfo.CurrentCulture;
            try
            {
                foreach (var culture in new[] { "tr-TR", "ar-SA", "th-TH", "sv-SE" })
                {
                    CultureInfo.CurrentCulture = new CultureInfo(culture);
                    var date = NewsDate.Parse("2022-01-05");
                    Assert.Equal("2022-01-05", date.ToString());
                    Assert.Equal((2022, 1, 5), (date.Year, date.Month, date.Day));
                }
            }
            finally
            {
                CultureInfo.CurrentCulture = previous;
            }
        }

        [Theory]
        [InlineData("2022-02-30")]
        [InlineData("2022-1-5")]
        [InlineData("05.01.2022")]
        [InlineData("")]
        [InlineData(null)]
        public void RejectsWhatIsNotAnIsoDate(string? text)
        {
            Assert.False(NewsDate.TryParse(text, out _));
        }

        [Fact]
        public void ComparesAndCounts()
        {
            var wednesday = new NewsDate(2022, 1, 5);
            Assert.Equal(DayOfWeek.Wednesday, wednesday.DayOfWeek);
            Assert.True(wednesday < wednesday.AddDays(1));
            Assert.Equal(new NewsDate(2022, 1, 2), wednesday.AddDays(-3));
            Assert.Equal(wednesday, (NewsDate)new DateOnly(2022, 1, 5));
            Assert.Equal(new DateOnly(2022, 1, 5), (DateOnly)wednesday);
        }
    }
}
