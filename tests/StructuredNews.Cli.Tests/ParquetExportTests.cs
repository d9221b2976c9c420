using System.IO;
using System.Linq;
using Xunit;

namespace StructuredNews.Cli.Tests
{
    public class ParquetExportTests
    {
        [Fact]
        public void OutputDirectoryGetsOneParquetFilePerKind()
        {
            var dir = Path.Combine(Repo.TempDirectory(), "parquet");

            var result = Sn.Run("export", "--format", "parquet", "--output", dir);

            Assert.Equal(0, result.ExitCode);
            var kinds = new[] { "actors.parquet", "articles.parquet", "events.parquet", "figures.parquet", "places.parquet", "statements.parquet", "topics.parquet" };
            Assert.Equal(kinds, Directory.GetFiles(dir).Select(Path.GetFileName).OrderBy(n => n, System.StringComparer.Ordinal));

            // Each file written is named on standard error with its size.
            var wrote = result.Error.Replace("\r\n", "\n").TrimEnd('\n').Split('\n');
            Assert.Equal(kinds.Length, wrote.Length);
            Assert.All(kinds, kind => Assert.Contains(wrote, line => line.StartsWith("sn: wrote ", System.StringComparison.Ordinal)
                && line.Contains(kind + " (" + new FileInfo(Path.Combine(dir, kind)).Length.ToString("N0", System.Globalization.CultureInfo.InvariantCulture) + " bytes)", System.StringComparison.Ordinal)));
            foreach (var file in Directory.GetFiles(dir))
            {
                // A Parquet file starts and ends with the magic bytes PAR1.
                var bytes = File.ReadAllBytes(file);
                Assert.Equal("PAR1", System.Text.Encoding.ASCII.GetString(bytes, 0, 4));
                Assert.Equal("PAR1", System.Text.Encoding.ASCII.GetString(bytes, bytes.Length - 4, 4));
            }
        }

        [Fact]
        public void StandardOutputIsRefused()
        {
            var result = Sn.Run("export", "--format", "parquet");

            Assert.Equal(2, result.ExitCode);
            Assert.Equal(string.Empty, result.Out);
            Assert.Contains("give --output DIR", result.Error);
        }
    }
}
