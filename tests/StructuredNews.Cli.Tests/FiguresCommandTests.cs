using System.Linq;
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
        public void HelpListsTheMeasures()
        {
            var result = Sn.Run("figures", "--help");

            Assert.Equal(0, result.ExitCode);
            Assert.Contains("--measure", result.Out);
            Assert.Contains("exchange_rate", result.Out);
        }
    }
}
