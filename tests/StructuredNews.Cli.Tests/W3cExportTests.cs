using System.Linq;
using System.Text.Json;
using Xunit;

namespace StructuredNews.Cli.Tests
{
    public class W3cExportTests
    {
        [Fact]
        public void ExportFormatW3cWritesOneAnnotationPerPieceOfEvidence()
        {
            var result = Sn.Run("export", "--format", "w3c");

            Assert.Equal(0, result.ExitCode);
            Assert.Equal(string.Empty, result.Error);
            using var json = JsonDocument.Parse(result.Out);
            var root = json.RootElement;
            Assert.Equal("http://www.w3.org/ns/anno.jsonld", root.GetProperty("@context").GetString());
            Assert.Equal("AnnotationCollection", root.GetProperty("type").GetString());
            var items = root.GetProperty("first").GetProperty("items").EnumerateArray().ToList();
            Assert.Equal(Sn.Dataset.Figures.Count() + Sn.Dataset.Statements.Count() + Sn.Dataset.Events.Sum(e => e.Reports.Count), items.Count);

            // art-en has a url, art-da none.
            var killed8 = items.Single(a => a.GetProperty("id").GetString() == "urn:structurednews:test-2022:annotation:figure:killed-8");
            Assert.Equal("https://example.org/a", killed8.GetProperty("target").GetProperty("source").GetString());
            var killed12 = items.Single(a => a.GetProperty("id").GetString() == "urn:structurednews:test-2022:annotation:figure:killed-12");
            Assert.Equal("urn:structurednews:test-2022:article:art-da", killed12.GetProperty("target").GetProperty("source").GetString());
            Assert.Equal("killed: 12.. security-forces (stated \"12\", at_least, people, as of 2022-01-06, claimed by interior-ministry via tass > sputnik)",
                killed12.GetProperty("body")[0].GetProperty("value").GetString());
        }
    }
}
