using System.Linq;
using Xunit;

namespace StructuredNews.Cli.Tests
{
    public class TimelineCommandTests
    {
        private static readonly string[] Headers = { "DATE", "PLACE", "ARTICLES", "SUMMARY" };

        [Fact]
        public void ListsEventsChronologicallyWithPrecisionMarkersAndRanges()
        {
            var result = Sn.Run("timeline");

            Assert.Equal(0, result.ExitCode);
            Assert.Equal(string.Empty, result.Error);
            var lines = result.Lines;
            var columns = new Columns(lines[0], Headers);
            Assert.Equal(5, lines.Length);
            Assert.Equal(
                new[] { "2022-01-01 (month)", "2022-01-02~", "2022-01-05", "2022-01-06..2022-01-07" },
                lines.Skip(1).Select(l => columns.Cell(l, "DATE")));
            Assert.Equal(
                new[] { "-", "Zhanaozen", "Almaty City Hall", "Kazakhstan" },
                lines.Skip(1).Select(l => columns.Cell(l, "PLACE")));
            Assert.Equal(
                new[] { "Fuel prices rise.", "Protests begin in Zhanaozen.", "Protesters storm and set fire to Almaty city hall.", "Russian troops arrive." },
                lines.Skip(1).Select(l => columns.Cell(l, "SUMMARY")));
        }

        [Fact]
        public void CountsDistinctReportingArticles()
        {
            var lines = Sn.Run("timeline").Lines;
            var columns = new Columns(lines[0], Headers);

            // zhanaozen-protest has two quotes from one article; city-hall-stormed is reported by both articles.
            Assert.Equal(new[] { "1", "1", "2", "1" }, lines.Skip(1).Select(l => columns.Cell(l, "ARTICLES")));
        }

        [Fact]
        public void WritesNoTrailingWhitespace()
        {
            var result = Sn.Run("timeline");

            Assert.All(result.Lines, line => Assert.Equal(line.TrimEnd(), line));
        }

        [Fact]
        public void FiltersByOverlapWithFromAndTo()
        {
            var result = Sn.Run("timeline", "--from", "2022-01-05", "--to", "2022-01-06");

            Assert.Equal(0, result.ExitCode);
            var columns = new Columns(result.Lines[0], Headers);
            Assert.Equal(new[] { "2022-01-05", "2022-01-06..2022-01-07" }, result.Lines.Skip(1).Select(l => columns.Cell(l, "DATE")));
        }

        [Fact]
        public void FromAloneKeepsEventsStillGoingOn()
        {
            var result = Sn.Run("timeline", "--from", "2022-01-07");

            Assert.Equal(0, result.ExitCode);
            Assert.Equal(2, result.Lines.Length);
            Assert.StartsWith("2022-01-06..2022-01-07", result.Lines[1]);
        }

        [Fact]
        public void EmptyRangeSaysSo()
        {
            var result = Sn.Run("timeline", "--from", "2023-01-01");

            Assert.Equal(0, result.ExitCode);
            Assert.Equal("No events.\n", result.Out);
        }

        [Fact]
        public void InvalidDateIsAUsageError()
        {
            var result = Sn.Run("timeline", "--from", "5 January");

            Assert.Equal(2, result.ExitCode);
            Assert.Equal(string.Empty, result.Out);
            Assert.Contains("'5 January' is not a date", result.Error);
        }

        [Fact]
        public void FromAfterToIsAUsageError()
        {
            var result = Sn.Run("timeline", "--from", "2022-01-07", "--to", "2022-01-01");

            Assert.Equal(2, result.ExitCode);
            Assert.Equal(string.Empty, result.Out);
            Assert.Contains("--from (2022-01-07) is after --to (2022-01-01)", result.Error);
        }
    }
}
