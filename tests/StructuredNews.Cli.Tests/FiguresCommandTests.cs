using System.Linq;
using System.Text.Json;
using StructuredNews.Export;
using Xunit;

namespace StructuredNews.Cli.Tests
{
    public class FiguresCommandTests
    {
        private static readonly string[] Headers =
            { "ID", "MEASURE", "SUBJECT", "VALUE", "QUALIFIER", "LOW..HIGH", "UNIT", "AS OF", "CLAIMED BY", "ARTICLE" };

        [Fact]
        public void ListsEveryFigureInDatasetOrder()
        {
            var result = Sn.Run("figures");

            Assert.Equal(0, result.ExitCode);
            Assert.Equal(string.Empty, result.Error);
            var columns = new Columns(result.Lines[0], Headers);
            var rows = result.Lines.Skip(1).ToArray();
            Assert.Equal(new[] { "killed-8", "killed-12", "injured-317", "lpg-120", "lpg-60" }, rows.Select(r => columns.Cell(r, "ID")));
            Assert.Equal(new[] { "killed", "killed", "injured", "price", "price" }, rows.Select(r => columns.Cell(r, "MEASURE")));
        }

        [Fact]
        public void ShowsValueQualifierBoundsAsOfClaimantChainAndArticle()
        {
            var result = Sn.Run("figures");
            var columns = new Columns(result.Lines[0], Headers);
            var killed12 = result.Lines.Single(l => l.StartsWith("killed-12 "));
            var killed8 = result.Lines.Single(l => l.StartsWith("killed-8 "));
            var lpg120 = result.Lines.Single(l => l.StartsWith("lpg-120 "));
            var lpg60 = result.Lines.Single(l => l.StartsWith("lpg-60 "));

            Assert.Equal("security-forces", columns.Cell(killed12, "SUBJECT"));
            Assert.Equal("12", columns.Cell(killed12, "VALUE"));
            Assert.Equal("at_least", columns.Cell(killed12, "QUALIFIER"));
            Assert.Equal("12..", columns.Cell(killed12, "LOW..HIGH"));
            Assert.Equal("people", columns.Cell(killed12, "UNIT"));
            Assert.Equal("2022-01-06", columns.Cell(killed12, "AS OF"));
            Assert.Equal("interior-ministry via tass > sputnik", columns.Cell(killed12, "CLAIMED BY"));
            Assert.Equal("art-da", columns.Cell(killed12, "ARTICLE"));

            Assert.Equal("eight", columns.Cell(killed8, "VALUE"));
            Assert.Equal("8", columns.Cell(killed8, "LOW..HIGH"));
            Assert.Equal("interior-ministry via sputnik", columns.Cell(killed8, "CLAIMED BY"));

            // 120.0m prints without its trailing zero; absent as-of and claimant print as '-'.
            Assert.Equal("120", columns.Cell(lpg120, "LOW..HIGH"));
            Assert.Equal("KZT per litre", columns.Cell(lpg120, "UNIT"));
            Assert.Equal("-", columns.Cell(lpg120, "AS OF"));
            Assert.Equal("-", columns.Cell(lpg120, "CLAIMED BY"));
            Assert.Equal("55..65", columns.Cell(lpg60, "LOW..HIGH"));
            Assert.Equal("about", columns.Cell(lpg60, "QUALIFIER"));
        }

        [Theory]
        [InlineData("KILLED")]
        [InlineData(" killed ")]
        public void ReadsTheMeasureForgivingly(string measure)
        {
            var result = Sn.Run("figures", "--measure", measure);
            Assert.Equal(0, result.ExitCode);
            var columns = new Columns(result.Lines[0], Headers);
            Assert.Equal(new[] { "killed-8", "killed-12" }, result.Lines.Skip(1).Select(r => columns.Cell(r, "ID")));
        }

        [Fact]
        public void FiltersByMeasure()
        {
            var result = Sn.Run("figures", "--measure", "killed");

            Assert.Equal(0, result.ExitCode);
            var columns = new Columns(result.Lines[0], Headers);
            Assert.Equal(new[] { "killed-8", "killed-12" }, result.Lines.Skip(1).Select(r => columns.Cell(r, "ID")));
        }

        [Fact]
        public void AcceptsTheShortOption()
        {
            var result = Sn.Run("figures", "-m", "injured");

            Assert.Equal(0, result.ExitCode);
            Assert.Equal(2, result.Lines.Length);
            Assert.StartsWith("injured-317 ", result.Lines[1]);
        }

        [Fact]
        public void MeasureWithoutFiguresSaysSo()
        {
            var result = Sn.Run("figures", "--measure", "price_change");

            Assert.Equal(0, result.ExitCode);
            Assert.Equal("No figures of measure price_change.\n", result.Out);
        }

        [Fact]
        public void InvalidMeasureIsAUsageErrorListingAllowedValues()
        {
            var result = Sn.Run("figures", "--measure", "deaths");

            Assert.Equal(2, result.ExitCode);
            Assert.Equal(string.Empty, result.Out);
            Assert.Contains("Unknown measure 'deaths'", result.Error);
            Assert.Contains("killed, injured, arrested", result.Error);
            Assert.Contains("price_change", result.Error);
            Assert.Contains("time_of_day", result.Error);
        }

        [Fact]
        public void MissingMeasureValueIsAUsageError()
        {
            var result = Sn.Run("figures", "--measure");

            Assert.Equal(2, result.ExitCode);
            Assert.Equal(string.Empty, result.Out);
            Assert.NotEqual(string.Empty, result.Error);
        }

        [Fact]
        public void MistypedMeasureSuggestsTheNearest()
        {
            var result = Sn.Run("figures", "--measure", "kiled");

            Assert.Equal(2, result.ExitCode);
            Assert.Equal(string.Empty, result.Out);
            Assert.Contains("sn: Unknown measure 'kiled'. Did you mean 'killed'? Allowed values: killed, injured,", result.Error);
        }

        [Theory]
        [InlineData(new[] { "--subject", "lpg" }, new[] { "lpg-120", "lpg-60" })] // a topic
        [InlineData(new[] { "--subject", "security-forces" }, new[] { "killed-8", "killed-12", "injured-317" })] // an actor
        [InlineData(new[] { "--claimed-by", "interior-ministry" }, new[] { "killed-8", "killed-12", "injured-317" })]
        [InlineData(new[] { "--article", "art-da" }, new[] { "killed-12", "lpg-60" })]
        [InlineData(new[] { "--from", "2022-01-06" }, new[] { "killed-12", "injured-317" })] // lpg-120 has no as-of date
        [InlineData(new[] { "--to", "2022-01-05" }, new[] { "killed-8", "lpg-60" })]
        [InlineData(new[] { "--from", "2022-01-05", "--to", "2022-01-05" }, new[] { "killed-8" })]
        [InlineData(new[] { "--measure", "killed", "--from", "2022-01-06" }, new[] { "killed-12" })]
        [InlineData(new[] { "--subject", "security-forces", "--article", "art-en", "--claimed-by", "interior-ministry" }, new[] { "killed-8", "injured-317" })]
        public void Filters(string[] filter, string[] ids)
        {
            var result = Sn.Run(new[] { "figures" }.Concat(filter).ToArray());

            Assert.Equal(0, result.ExitCode);
            Assert.Equal(string.Empty, result.Error);
            var columns = new Columns(result.Lines[0], Headers);
            Assert.Equal(ids, result.Lines.Skip(1).Select(r => columns.Cell(r, "ID")));
        }

        [Fact]
        public void FilterWithoutMatchesSaysSo()
        {
            var result = Sn.Run("figures", "--subject", "tokayev");

            Assert.Equal(0, result.ExitCode);
            Assert.Equal("No figures.\n", result.Out);
        }

        [Theory]
        [InlineData(new[] { "--subject", "securty-forces" }, "sn: --subject: no actor, place or topic has the id 'securty-forces'. Did you mean 'security-forces' (Kazakh security forces)?")]
        [InlineData(new[] { "--claimed-by", "interior-ministy" }, "sn: --claimed-by: no actor has the id 'interior-ministy'. Did you mean 'interior-ministry' (Interior Ministry)?")]
        // An id of another kind, and a name: "Almaty" is also an alias of the city administration.
        [InlineData(new[] { "--claimed-by", "almaty" }, "sn: --claimed-by: no actor has the id 'almaty' ('almaty' is a place city). Did you mean 'almaty-akimat' (Almaty city administration)?")]
        [InlineData(new[] { "--subject", "Tokajev" }, "sn: --subject: no actor, place or topic has the id 'Tokajev'. Did you mean 'tokayev' (Kassym-Jomart Tokayev)?")]
        [InlineData(new[] { "--article", "art-de" }, "sn: --article: no article has the id 'art-de'. Did you mean 'art-da' (Kaos i Kasakhstan) or 'art-en' (Eight security officers killed)?")]
        [InlineData(new[] { "--article", "nonsense" }, "sn: --article: no article has the id 'nonsense'.")]
        public void UnknownIdIsAnErrorWithSuggestions(string[] filter, string message)
        {
            var result = Sn.Run(new[] { "figures" }.Concat(filter).ToArray());

            Assert.Equal(1, result.ExitCode);
            Assert.Equal(string.Empty, result.Out);
            Assert.Equal(message + "\n", result.Error);
        }

        [Fact]
        public void JsonIsAnArrayOfTheExportsFigureRecords()
        {
            var result = Sn.Run("figures", "--format", "json", "--measure", "killed");

            Assert.Equal(0, result.ExitCode);
            using var json = JsonDocument.Parse(result.Out);
            var figures = json.RootElement.EnumerateArray().ToList();
            Assert.Equal(new[] { "killed-8", "killed-12" }, figures.Select(f => f.GetProperty("id").GetString()));
            var killed12 = figures[1];
            Assert.Equal("security-forces", killed12.GetProperty("subject").GetString());
            Assert.Equal("at_least", killed12.GetProperty("qualifier").GetString());
            Assert.Equal(12m, killed12.GetProperty("low").GetDecimal());
            Assert.Equal(JsonValueKind.Null, killed12.GetProperty("high").ValueKind);
            Assert.Equal(new[] { "tass", "sputnik" }, killed12.GetProperty("via").EnumerateArray().Select(v => v.GetString()));
            Assert.Equal("art-da", killed12.GetProperty("evidence").GetProperty("article").GetString());
            Assert.Equal("Mindst 12 betjente er dræbt", killed12.GetProperty("evidence").GetProperty("quote").GetString());
            // The same objects as the JSON export's figures.
            using var export = JsonDocument.Parse(Sn.Run("export").Out);
            var exported = export.RootElement.GetProperty("figures").EnumerateArray().Single(f => f.GetProperty("id").GetString() == "killed-12");
            JsonAssert.Same(exported, killed12);
            Assert.EndsWith("]\n", result.Out);
            Assert.DoesNotContain("\r", result.Out);
        }

        [Fact]
        public void CsvHasTheTablesColumnsAndEmptyFieldsForAbsentValues()
        {
            var result = Sn.Run("figures", "--format", "csv");

            Assert.Equal(0, result.ExitCode);
            var lines = result.Out.Split("\r\n");
            Assert.Equal("id,measure,subject,value,qualifier,low..high,unit,as_of,claimed_by,article", lines[0]);
            Assert.Equal("killed-12,killed,security-forces,12,at_least,12..,people,2022-01-06,interior-ministry via tass > sputnik,art-da", lines[2]);
            Assert.Equal("lpg-120,price,lpg,120,exact,120,KZT per litre,,,art-en", lines[4]);
            Assert.Equal(1 + 5 + 1, lines.Length); // header, five figures, the empty string after the last CRLF
            Assert.Equal(string.Empty, lines[^1]);
        }

        [Fact]
        public void EmptyCsvAndJsonStayParseable()
        {
            Assert.Equal("[]\n", Sn.Run("figures", "--subject", "tokayev", "--format", "json").Out);
            Assert.Equal("id,measure,subject,value,qualifier,low..high,unit,as_of,claimed_by,article\r\n", Sn.Run("figures", "--subject", "tokayev", "--format", "csv").Out);
        }

        [Theory]
        [InlineData("jsn", "Did you mean 'json'?")]
        [InlineData("xml", "Allowed values: table, json, csv.")]
        public void UnknownFormatIsAUsageError(string format, string message)
        {
            var result = Sn.Run("figures", "--format", format);

            Assert.Equal(2, result.ExitCode);
            Assert.Equal(string.Empty, result.Out);
            Assert.Contains("Unknown format '" + format + "'.", result.Error);
            Assert.Contains(message, result.Error);
        }

        [Fact]
        public void FromAfterToIsAUsageError()
        {
            var result = Sn.Run("figures", "--from", "2022-01-07", "--to", "2022-01-01");

            Assert.Equal(2, result.ExitCode);
            Assert.Contains("--from (2022-01-07) is after --to (2022-01-01)", result.Error);
        }

        [Fact]
        public void HelpListsTheMeasures()
        {
            var result = Sn.Run("figures", "--help");

            Assert.Equal(0, result.ExitCode);
            Assert.Contains("--measure", result.Out);
            Assert.Contains("exchange_rate", result.Out);
        }
    }
}
