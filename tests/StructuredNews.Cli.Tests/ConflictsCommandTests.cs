using System.Linq;
using Xunit;

namespace StructuredNews.Cli.Tests
{
    public class ConflictsCommandTests
    {
        [Fact]
        public void SummarisesEachConflictOnOneLine()
        {
            var result = Sn.Run("conflicts");

            Assert.Equal(0, result.ExitCode);
            Assert.Equal(string.Empty, result.Error);
            var summaries = result.Lines.Where(l => l.Length > 0 && l[0] != ' ').ToArray();
            Assert.Equal(
                new[]
                {
                    "killed: Kazakh security forces (security-forces): eight (2022-01-05, interior-ministry via sputnik) "
                        + "vs at least 12 (2022-01-06, interior-ministry via tass > sputnik)",
                    // Undated figures come last.
                    "price: Liquefied petroleum gas (lpg): about 60 (2022-01-01) vs 120",
                },
                summaries);
        }

        [Fact]
        public void ListsEachConflictsFiguresInATable()
        {
            var lines = Sn.Run("conflicts").Lines;

            var killedHeader = lines[1];
            Assert.StartsWith("  FIGURE", killedHeader);
            var columns = new Columns(killedHeader, "FIGURE", "VALUE", "LOW..HIGH", "UNIT", "AS OF", "CLAIMED BY", "ARTICLE");
            Assert.Equal(new[] { "killed-8", "killed-12" }, new[] { lines[2], lines[3] }.Select(l => columns.Cell(l, "FIGURE")));
            Assert.Equal(new[] { "eight", "at least 12" }, new[] { lines[2], lines[3] }.Select(l => columns.Cell(l, "VALUE")));
            Assert.Equal(new[] { "2022-01-05", "2022-01-06" }, new[] { lines[2], lines[3] }.Select(l => columns.Cell(l, "AS OF")));
            Assert.Equal(new[] { "art-en", "art-da" }, new[] { lines[2], lines[3] }.Select(l => columns.Cell(l, "ARTICLE")));
            Assert.Equal(string.Empty, lines[4]);
            Assert.DoesNotContain(lines, l => l.Contains("injured-317"));
        }

        [Fact]
        public void SaysSoWhenNothingConflicts()
        {
            var dataset = new NewsDatasetBuilder("empty", "Empty").Build();

            var result = Sn.RunOver(dataset, "conflicts");

            Assert.Equal(0, result.ExitCode);
            Assert.Equal("No conflicting figures.\n", result.Out);
        }
    }
}
