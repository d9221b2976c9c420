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
            Assert.Equal(string.Empty, result.Error);
            Assert.Equal(
                new[] { "actors.parquet", "articles.parquet", "events.parquet", "figures.parquet", "places.parquet", "statements.parquet", "topics.parquet" },
                Directory.GetFiles(dir).Select(Path.GetFileName).OrderBy(n => n, System.StringComparer.Ordinal));
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
