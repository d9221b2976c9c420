using System.Globalization;
using System.IO;
using System.Linq;
using Xunit;

namespace StructuredNews.Cli.Tests
{
    /// <summary>Every command that writes files creates missing folders and names each file it wrote on standard error (issue 20.5).</summary>
    public class OutputFilesTests
    {
        private static string Wrote(string display, string fullPath) =>
            "sn: wrote " + display + " (" + new FileInfo(fullPath).Length.ToString("N0", CultureInfo.InvariantCulture) + " bytes)";

        [Theory]
        [InlineData("json", "news.json")]
        [InlineData("geojson", "map.geojson")]
        public void ExportToAFileInMissingFolders(string format, string name)
        {
            var dir = Repo.TempDirectory();
            var environment = new CliEnvironment(dir, errorIsTerminal: false);

            var result = Sn.RunIn(environment, "export", "--format", format, "--output", "out/a/b/" + name);

            Assert.Equal(0, result.ExitCode);
            Assert.Equal(string.Empty, result.Out);
            var path = Path.Combine(dir, "out", "a", "b", name);
            Assert.True(File.Exists(path));
            // Relative to the working directory, as given.
            Assert.Equal(Wrote("out/a/b/" + name, path) + "\n", result.Error);
            Assert.Equal(Sn.Run("export", "--format", format).Out, File.ReadAllText(path));
            Assert.Matches(@"^sn: wrote \S+ \(\d{1,3}(,\d{3})* bytes\)\n$", result.Error);
        }

        [Fact]
        public void CsvExportNamesEveryFile()
        {
            var dir = Path.Combine(Repo.TempDirectory(), "x", "y");

            var result = Sn.Run("export", "--format", "csv", "--output", dir);

            Assert.Equal(0, result.ExitCode);
            var lines = result.Error.TrimEnd('\n').Split('\n');
            Assert.Equal(10, lines.Length);
            Assert.Equal(Directory.GetFiles(dir).Length, lines.Length);
            Assert.Equal(Wrote(Path.Combine(dir, "articles.csv"), Path.Combine(dir, "articles.csv")), lines[0]);
            foreach (var file in Directory.GetFiles(dir))
            {
                Assert.Contains(Wrote(file, file), lines);
            }
        }

        [Fact]
        public void ReportIntoMissingFolders()
        {
            var dir = Path.Combine(Repo.TempDirectory(), "deep", "er");

            var result = Sn.Run("report", "--output", dir);

            Assert.Equal(0, result.ExitCode);
            var index = Path.Combine(dir, "index.html");
            Assert.Equal(Wrote(index, index) + "\n", result.Error);
        }

        [Fact]
        public void NewArticleIntoMissingFolders()
        {
            var dir = Repo.TempDirectory();
            var text = Path.Combine(dir, "a.txt");
            File.WriteAllText(text, "Eight died.");
            var environment = new CliEnvironment(dir, errorIsTerminal: false);

            var result = Sn.RunIn(environment, "new", "article", text, "--language", "en", "--output", "data/new/a.news.yaml");

            Assert.Equal(0, result.ExitCode);
            var yaml = Path.Combine(dir, "data", "new", "a.news.yaml");
            Assert.Equal(Wrote("data/new/a.news.yaml", yaml) + "\n", result.Error);
            Assert.Contains("article:", File.ReadAllText(yaml));
        }

        [Fact]
        public void ByteCountsUseInvariantThousandsSeparators()
        {
            var dir = Repo.TempDirectory();
            var previous = CultureInfo.CurrentCulture;
            CultureInfo.CurrentCulture = new CultureInfo("de-DE");
            try
            {
                var result = Sn.RunOver(Repo.Bundled, "export", "--output", Path.Combine(dir, "k.json"));

                var bytes = new FileInfo(Path.Combine(dir, "k.json")).Length;
                Assert.True(bytes > 1000);
                Assert.EndsWith(" (" + (bytes / 1000) + "," + (bytes % 1000).ToString("000", CultureInfo.InvariantCulture) + " bytes)\n", result.Error);
            }
            finally
            {
                CultureInfo.CurrentCulture = previous;
            }
        }

        [Fact]
        public void WritingToStandardOutputSaysNothing()
        {
            Assert.Equal(string.Empty, Sn.Run("export", "--format", "geojson").Error);
            Assert.DoesNotContain(Sn.Run("export").Error.Split('\n'), l => l.StartsWith("sn: wrote", System.StringComparison.Ordinal));
        }
    }
}
