using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using StructuredNews.Kazakhstan2022;
using Xunit;

namespace StructuredNews.Export.Tests
{
    public class DatasetViewTests
    {
        private static readonly NewsDataset Bundled = Kazakhstan2022.Kazakhstan2022.Dataset;

        [Fact]
        public void EntitiesThemselvesDoNotSerializeButTheirViewDoes()
        {
            // The reason the view exists: every entity links back to its dataset.
            Assert.Throws<JsonException>(() => JsonSerializer.Serialize(Bundled.Figures.First()));

            var json = JsonSerializer.Serialize(DatasetView.Of(Bundled));

            Assert.Contains("\"Figures\":[", json);
        }

        [Theory]
        [InlineData("dataset")]
        [InlineData("articles")]
        [InlineData("actors")]
        [InlineData("places")]
        [InlineData("topics")]
        [InlineData("events")]
        [InlineData("figures")]
        [InlineData("statements")]
        public void TheViewWritesTheJsonExportsObjects(string key)
        {
            var export = JsonNode.Parse(DatasetExport.ToJson(Bundled))!;
            var view = JsonNode.Parse(JsonSerializer.Serialize(DatasetView.Of(Bundled), DatasetView.CreateJsonOptions()))!;

            Assert.NotNull(export[key]);
            Assert.True(
                JsonNode.DeepEquals(export[key], view[key]),
                key + " differs:\nexport: " + export[key]!.ToJsonString() + "\nview:   " + view[key]?.ToJsonString());
        }

        [Fact]
        public void TopicsThatFiguresAreAboutAreInTheView()
        {
            var view = DatasetView.Of(Bundled);
            var ids = view.Actors.Select(a => a.Id).Concat(view.Places.Select(p => p.Id)).Concat(view.Topics.Select(t => t.Id)).ToHashSet();

            Assert.NotEmpty(view.Topics);
            Assert.All(view.Figures, f => Assert.Contains(f.Subject, ids));
        }

        [Fact]
        public void WriteToCreatesMissingFoldersAndSaysWhatItWrote()
        {
            var root = Path.Combine(Path.GetTempPath(), "sn-export-" + System.Guid.NewGuid().ToString("N"));
            try
            {
                var json = DatasetExport.WriteTo(Bundled, "json", Path.Combine(root, "a", "b", "news.json"));
                var csv = DatasetExport.WriteTo(Bundled, "csv", Path.Combine(root, "c", "tables"));

                Assert.Equal(Path.Combine(root, "a", "b", "news.json"), Assert.Single(json));
                Assert.Equal(DatasetExport.ToJson(Bundled), File.ReadAllText(json[0]));
                Assert.Contains(csv, p => Path.GetFileName(p) == "events.csv");
                Assert.All(csv, p => Assert.True(File.Exists(p), p));
            }
            finally
            {
                if (Directory.Exists(root))
                {
                    Directory.Delete(root, recursive: true);
                }
            }
        }

        [Fact]
        public void UnknownFormatsAreNamedWithTheKnownOnes()
        {
            var e = Assert.Throws<System.ArgumentException>(() => DatasetExport.WriteTo(Bundled, "xml", "out.xml"));

            Assert.Contains("'xml'", e.Message);
            Assert.Contains("json", e.Message);
        }
    }
}
