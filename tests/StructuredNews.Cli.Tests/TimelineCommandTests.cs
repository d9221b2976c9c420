using System.Linq;
using System.Text.Json;
using Xunit;

namespace StructuredNews.Cli.Tests
{
    public class TimelineCommandTests
    {
        private static readonly string[] Headers = { "DATE", "PLACE", "ARTICLES", "SUMMARY" };

        private static string[] Ids(SnResult result)
        {
            Assert.Equal(0, result.ExitCode);
            Assert.Equal(string.Empty, result.Error);
            var columns = new Columns(result.Lines[0], "ID", "DATE", "PLACE", "ARTICLES", "SUMMARY");
            return result.Lines.Skip(1).Select(l => columns.Cell(l, "ID")).ToArray();
        }

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
            Assert.Equal("2022-01-06..2022-01-07", new Columns(result.Lines[0], Headers).Cell(result.Lines[1], "DATE"));
        }

        [Fact]
        public void EmptyRangeSaysSo()
        {
            var result = Sn.Run("timeline", "--from", "2023-01-01");

            Assert.Equal(0, result.ExitCode);
            Assert.Equal("No events.\n", result.Out);
        }

        [Fact]
        public void StartsWithTheEventIds()
        {
            Assert.Equal(new[] { "fuel-price-rise", "zhanaozen-protest", "city-hall-stormed", "troops-arrive" }, Ids(Sn.Run("timeline")));
        }

        [Theory]
        [InlineData(new[] { "--actor", "protesters" }, new[] { "zhanaozen-protest", "city-hall-stormed" })]
        [InlineData(new[] { "--actor", "security-forces" }, new[] { "city-hall-stormed" })] // as a target
        [InlineData(new[] { "--place", "kazakhstan" }, new[] { "zhanaozen-protest", "city-hall-stormed", "troops-arrive" })] // and places within it
        [InlineData(new[] { "--place", "almaty" }, new[] { "city-hall-stormed" })] // the city hall lies in Almaty
        [InlineData(new[] { "--place", "almaty-city-hall" }, new[] { "city-hall-stormed" })]
        [InlineData(new[] { "--actor", "protesters", "--place", "zhanaozen" }, new[] { "zhanaozen-protest" })]
        [InlineData(new[] { "--place", "kazakhstan", "--from", "2022-01-05" }, new[] { "city-hall-stormed", "troops-arrive" })]
        public void FiltersByActorAndPlace(string[] filter, string[] ids)
        {
            Assert.Equal(ids, Ids(Sn.Run(new[] { "timeline" }.Concat(filter).ToArray())));
        }

        [Fact]
        public void KnownActorWithoutEventsSaysSo()
        {
            var result = Sn.Run("timeline", "--actor", "tokayev");

            Assert.Equal(0, result.ExitCode);
            Assert.Equal("No events.\n", result.Out);
        }

        [Theory]
        [InlineData(new[] { "--actor", "protester" }, "sn: --actor: no actor has the id 'protester'. Did you mean 'protesters' (Protesters)?")]
        [InlineData(new[] { "--place", "zhanaozen-protest" }, "sn: --place: no place has the id 'zhanaozen-protest' ('zhanaozen-protest' is an event peaceful_protest). Did you mean 'zhanaozen' (Zhanaozen)?")]
        [InlineData(new[] { "--place", "Alma-Ata" }, "sn: --place: no place has the id 'Alma-Ata'. Did you mean 'almaty' (Almaty)?")]
        public void UnknownIdIsAnErrorWithSuggestions(string[] filter, string message)
        {
            var result = Sn.Run(new[] { "timeline" }.Concat(filter).ToArray());

            Assert.Equal(1, result.ExitCode);
            Assert.Equal(string.Empty, result.Out);
            Assert.Equal(message + "\n", result.Error);
        }

        [Fact]
        public void JsonIsAnArrayOfTheExportsEventRecords()
        {
            var result = Sn.Run("timeline", "--format", "json", "--from", "2022-01-05");

            Assert.Equal(0, result.ExitCode);
            using var json = JsonDocument.Parse(result.Out);
            var events = json.RootElement.EnumerateArray().ToList();
            Assert.Equal(new[] { "city-hall-stormed", "troops-arrive" }, events.Select(e => e.GetProperty("id").GetString()));
            Assert.Equal("almaty-city-hall", events[0].GetProperty("place").GetString());
            Assert.Equal("violent_demonstration", events[0].GetProperty("subType").GetString());
            Assert.Equal(2, events[0].GetProperty("reports").GetArrayLength());
            Assert.Equal("tass", events[0].GetProperty("reports")[1].GetProperty("claimedBy").GetString());
            Assert.Equal("2022-01-07", events[1].GetProperty("end").GetString());
            using var export = JsonDocument.Parse(Sn.Run("export").Out);
            JsonAssert.Same(export.RootElement.GetProperty("events")[2], events[0]);
        }

        [Fact]
        public void CsvHasTheTablesRows()
        {
            var result = Sn.Run("timeline", "--format", "csv");

            Assert.Equal(0, result.ExitCode);
            Assert.Equal(
                "id,date,place,articles,summary\r\n"
                + "fuel-price-rise,2022-01-01 (month),,1,Fuel prices rise.\r\n"
                + "zhanaozen-protest,2022-01-02~,Zhanaozen,1,Protests begin in Zhanaozen.\r\n"
                + "city-hall-stormed,2022-01-05,Almaty City Hall,2,Protesters storm and set fire to Almaty city hall.\r\n"
                + "troops-arrive,2022-01-06..2022-01-07,Kazakhstan,1,Russian troops arrive.\r\n",
                result.Out);
        }

        [Fact]
        public void SummariesWrapToTheTerminalWidthAndNotWhenRedirected()
        {
            var redirected = Sn.Run("timeline");
            var terminal = Sn.RunIn(Sn.Terminal(100), "timeline");

            Assert.Equal(0, terminal.ExitCode);
            Assert.Contains(redirected.Lines, l => l.Length > 100);
            Assert.All(terminal.Lines, l => Assert.True(l.Length <= 100, l));
            // The summary column starts where its header does; continuation lines hold only the rest of the summary.
            var start = terminal.Lines[0].IndexOf("SUMMARY", System.StringComparison.Ordinal);
            var summaries = new System.Collections.Generic.List<string>();
            foreach (var line in terminal.Lines.Skip(1))
            {
                if (line.StartsWith(" ", System.StringComparison.Ordinal))
                {
                    Assert.Equal(new string(' ', start), line.Substring(0, start));
                    summaries[^1] += " " + line.Substring(start);
                }
                else
                {
                    summaries.Add(line.Substring(start));
                }
            }

            Assert.Equal(
                new[] { "Fuel prices rise.", "Protests begin in Zhanaozen.", "Protesters storm and set fire to Almaty city hall.", "Russian troops arrive." },
                summaries);
            Assert.True(terminal.Lines.Length > redirected.Lines.Length);
            // Too narrow for the fixed columns and a 20-column summary: unwrapped.
            Assert.Equal(redirected.Out, Sn.RunIn(Sn.Terminal(80), "timeline").Out);
        }

        [Fact]
        public void JsonAndCsvNeverWrap()
        {
            Assert.Equal(Sn.Run("timeline", "--format", "csv").Out, Sn.RunIn(Sn.Terminal(40), "timeline", "--format", "csv").Out);
            Assert.Equal(Sn.Run("timeline", "--format", "json").Out, Sn.RunIn(Sn.Terminal(40), "timeline", "--format", "json").Out);
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
