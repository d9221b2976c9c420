using System.Linq;
using Xunit;

namespace StructuredNews.Cli.Tests
{
    public class ConflictsCommandTests
    {
        [Fact]
        public void SummarisesEachSeriesOnOneLineWithTheKindOfEachStep()
        {
            var result = Sn.Run("conflicts");

            Assert.Equal(0, result.ExitCode);
            Assert.Equal(string.Empty, result.Error);
            var summaries = result.Lines.Where(l => l.Length > 0 && l[0] != ' ').ToArray();
            Assert.Equal(
                new[]
                {
                    // A later date and ranges that do not overlap: a revision.
                    "killed: Kazakh security forces (security-forces), people: eight (2022-01-05, interior-ministry via sputnik) "
                        + "-> at least 12 (2022-01-06, interior-ministry via tass > sputnik)",
                    // Undated figures come last; an undated figure that does not overlap contradicts.
                    "price: Liquefied petroleum gas (lpg), KZT per litre: about 60 (2022-01-01) <> 120",
                },
                summaries);
        }

        [Fact]
        public void ListsEachSeriesFiguresInATableWithStepsAndTheEstimate()
        {
            var lines = Sn.Run("conflicts").Lines;

            var killedHeader = lines[1];
            Assert.StartsWith("  FIGURE", killedHeader);
            var columns = new Columns(killedHeader, "FIGURE", "VALUE", "LOW..HIGH", "AS OF", "CLAIMED BY", "ARTICLE", "STEP");
            Assert.Equal(new[] { "killed-8", "killed-12" }, new[] { lines[2], lines[3] }.Select(l => columns.Cell(l, "FIGURE")));
            Assert.Equal(new[] { "eight", "at least 12" }, new[] { lines[2], lines[3] }.Select(l => columns.Cell(l, "VALUE")));
            Assert.Equal(new[] { "2022-01-05", "2022-01-06" }, new[] { lines[2], lines[3] }.Select(l => columns.Cell(l, "AS OF")));
            Assert.Equal(new[] { "art-en", "art-da" }, new[] { lines[2], lines[3] }.Select(l => columns.Cell(l, "ARTICLE")));
            Assert.Equal(new[] { "-", "revision" }, new[] { lines[2], lines[3] }.Select(l => columns.Cell(l, "STEP")));
            Assert.Equal("  estimate as of 2022-01-06: low 12, best 12, high 12 (killed-12)", lines[4]);
            Assert.Equal(string.Empty, lines[5]);
            Assert.DoesNotContain(lines, l => l.Contains("injured-317"));
        }

        [Fact]
        public void ContradictionsOnlyLeavesOutRevisions()
        {
            var result = Sn.Run("conflicts", "--contradictions");

            Assert.Equal(0, result.ExitCode);
            Assert.StartsWith("price: Liquefied petroleum gas (lpg), KZT per litre: about 60 (2022-01-01) <> 120", result.Out);
            Assert.DoesNotContain("killed-8", result.Out);
            Assert.Contains("lpg-120", result.Out);
        }

        [Fact]
        public void SaysSoWhenNothingConflicts()
        {
            var dataset = new NewsDatasetBuilder("empty", "Empty").Build();

            var result = Sn.RunOver(dataset, "conflicts");

            Assert.Equal(0, result.ExitCode);
            Assert.Equal("No figures that differ.\n", result.Out);
        }
    }
}
