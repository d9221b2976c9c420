using System.Linq;
using Xunit;

namespace StructuredNews.Cli.Tests
{
    public class StatsCommandTests
    {
        private static readonly string[] Names = { "ARTICLE", "LANG", "FIGURES", "EVENTS", "STATEMENTS", "NUMBERS", "BY FIGURE", "IGNORED", "UNCOVERED", "NAMED", "REFERENCED" };

        private static string[][] Rows(SnResult result)
        {
            var columns = new Columns(result.Lines[0], Names);
            return result.Lines.Skip(1).Select(line => Names.Select(name => columns.Cell(line, name)).ToArray()).ToArray();
        }

        [Fact]
        public void BundledDatasetIsFullyCoveredPerArticle()
        {
            var result = Sn.RunOver(Repo.Bundled, "stats", "--data", Repo.Project);

            Assert.Equal(0, result.ExitCode);
            Assert.Equal("sn: using the annotations of StructuredNews.Kazakhstan2022.csproj: 10 files, 5 article texts.\n", result.Error);
            var rows = Rows(result);
            Assert.Equal(new[] { "article-000", "article-001", "article-002", "article-003", "article-004" }, rows.Select(r => r[0]));
            foreach (var row in rows)
            {
                var n = row.Skip(2).Select(int.Parse).ToArray();
                var (figures, numbers, byFigure, ignored, uncovered, named, referenced) = (n[0], n[3], n[4], n[5], n[6], n[7], n[8]);
                Assert.True(figures > 0);
                Assert.Equal(0, uncovered);
                Assert.Equal(numbers, byFigure + ignored + uncovered);
                Assert.True(ignored > 0);
                Assert.True(referenced <= named && referenced > 0);
            }

            var article = Repo.Bundled.Articles["article-000"];
            Assert.Equal(Repo.Bundled.Figures.In(article).Count.ToString(), rows[0][2]);
            Assert.Equal(Repo.Bundled.Events.ReportedBy(article).Count().ToString(), rows[0][3]);
            Assert.Equal(StructuredNews.Cli.Annotations.Numbers.Scan(article.Text, "en").Count.ToString(), rows[0][5]);
        }

        [Fact]
        public void WithoutAnnotationFilesIgnoredAndUncoveredAreUnknown()
        {
            var result = Sn.Run("stats");

            Assert.Equal(0, result.ExitCode);
            var rows = Rows(result);
            var en = rows.Single(r => r[0] == "art-en");
            // 3 figures, 3 events, 1 statement; numbers: Eight (headline), eight, 120, 317, of which the last three
            // are inside figure quotes; no annotation files, so nothing is known about ignore entries.
            Assert.Equal(new[] { "art-en", "en", "3", "3", "1", "4", "3", "-", "-" }, en.Take(9));
            Assert.Equal("-", rows.Single(r => r[0] == "art-da")[7]);
        }

        [Fact]
        public void AFolderWithoutAnnotationsIsAnErrorNotAnotherDataset()
        {
            var empty = Repo.TempDirectory();
            System.IO.File.WriteAllText(System.IO.Path.Combine(empty, "docker-compose.yaml"), "services: {}\n");

            var result = Sn.Run("stats", "--data", empty);

            Assert.Equal(1, result.ExitCode);
            Assert.Equal(string.Empty, result.Out);
            Assert.Contains("no annotation files in '" + empty + "' (**/*.news.yaml); it has 1 other *.yaml file(s)", result.Error);
        }
    }
}
