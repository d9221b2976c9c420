using System.Linq;
using System.Text.Json;
using Xunit;

namespace StructuredNews.Cli.Tests
{
    public class GeoJsonExportTests
    {
        [Fact]
        public void PlacesWithCoordinatesAndEventsAtThemArePoints()
        {
            var result = Sn.Run("export", "--format", "geojson");

            Assert.Equal(0, result.ExitCode);
            using var json = JsonDocument.Parse(result.Out);
            var root = json.RootElement;
            Assert.Equal("FeatureCollection", root.GetProperty("type").GetString());
            var features = root.GetProperty("features").EnumerateArray().ToList();
            Assert.All(features, f =>
            {
                Assert.Equal("Feature", f.GetProperty("type").GetString());
                Assert.Equal("Point", f.GetProperty("geometry").GetProperty("type").GetString());
                Assert.Equal(2, f.GetProperty("geometry").GetProperty("coordinates").GetArrayLength());
            });

            var places = features.Where(f => f.GetProperty("properties").GetProperty("entity").GetString() == "place").ToList();
            Assert.Equal(new[] { "kazakhstan", "almaty", "zhanaozen" }, places.Select(p => p.GetProperty("properties").GetProperty("id").GetString()));
            var almaty = places[1];
            // [lon, lat]
            Assert.Equal(76.95, almaty.GetProperty("geometry").GetProperty("coordinates")[0].GetDouble());
            Assert.Equal(43.25, almaty.GetProperty("geometry").GetProperty("coordinates")[1].GetDouble());
            Assert.Equal("city", almaty.GetProperty("properties").GetProperty("kind").GetString());
            Assert.Equal("Alma-Ata", almaty.GetProperty("properties").GetProperty("aliases")[0].GetString());

            var events = features.Where(f => f.GetProperty("properties").GetProperty("entity").GetString() == "event").ToList();
            // fuel-price-rise has no place; the city hall has no coordinates of its own and is placed at Almaty.
            Assert.Equal(new[] { "zhanaozen-protest", "city-hall-stormed", "troops-arrive" }, events.Select(e => e.GetProperty("properties").GetProperty("id").GetString()));
            var stormed = events[1].GetProperty("properties");
            Assert.Equal("almaty-city-hall", stormed.GetProperty("place").GetString());
            Assert.Equal("almaty", stormed.GetProperty("located_at").GetString());
            Assert.Equal("2022-01-05", stormed.GetProperty("start").GetString());
            Assert.Equal(new[] { "art-en", "art-da" }, stormed.GetProperty("articles").EnumerateArray().Select(a => a.GetString()));
            Assert.Equal(76.95, events[1].GetProperty("geometry").GetProperty("coordinates")[0].GetDouble());
        }
    }
}
