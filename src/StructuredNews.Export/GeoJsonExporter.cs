using System.IO;
using System.Linq;
using System.Text.Json;

namespace StructuredNews.Export
{
    /// <summary>
    /// <c>sn export --format geojson</c>: a GeoJSON FeatureCollection (RFC 7946) of the places that have coordinates
    /// and of the events at a place with coordinates (its own, or the nearest containing place's), as Points
    /// <c>[lon, lat]</c>.
    /// </summary>
    public sealed class GeoJsonExporter : IDatasetExporter
    {
        /// <inheritdoc/>
        public string Format => "geojson";

        /// <inheritdoc/>
        public bool WritesText => true;

        /// <inheritdoc/>
        public string Description => "a GeoJSON FeatureCollection of the places with coordinates and the events at them (Points [lon, lat])";

        /// <inheritdoc/>
        public void Write(NewsDataset dataset, Stream stream)
        {
            using (var json = JsonOutput.Writer(stream))
            {
                json.WriteStartObject();
                json.WriteString("type", "FeatureCollection");
                json.WriteStartArray("features");
                foreach (var place in dataset.Places.Where(p => p.Latitude != null && p.Longitude != null))
                {
                    Feature(json, place, () =>
                    {
                        json.WriteString("id", place.Id);
                        json.WriteString("entity", "place");
                        json.WriteString("kind", VocabularyNames.Of(place.Kind));
                        json.WriteString("name", place.Name);
                        JsonOutput.WriteStrings(json, "aliases", place.Aliases);
                        JsonOutput.WriteStringOrNull(json, "within", place.WithinId);
                    });
                }

                foreach (var e in dataset.Events)
                {
                    if (e.Place is not { } place || Acled.Located(place) is not { } located)
                    {
                        continue;
                    }

                    Feature(json, located, () =>
                    {
                        json.WriteString("id", e.Id);
                        json.WriteString("entity", "event");
                        json.WriteString("kind", VocabularyNames.Of(e.SubType));
                        json.WriteString("type", VocabularyNames.Of(e.Type));
                        json.WriteString("name", e.Summary);
                        json.WriteString("start", e.Start.ToString());
                        json.WriteString("end", e.End.ToString());
                        json.WriteString("precision", VocabularyNames.Of(e.Precision));
                        json.WriteString("place", place.Id);
                        json.WriteString("place_name", place.Name);
                        json.WriteString("located_at", located.Id);
                        JsonOutput.WriteStrings(json, "articles", e.Reports.Select(r => r.ArticleId).Distinct());
                    });
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            stream.WriteByte((byte)'\n');
        }

        private static void Feature(Utf8JsonWriter json, Place at, System.Action properties)
        {
            json.WriteStartObject();
            json.WriteString("type", "Feature");
            json.WriteStartObject("geometry");
            json.WriteString("type", "Point");
            json.WriteStartArray("coordinates");
            json.WriteNumberValue(at.Longitude!.Value);
            json.WriteNumberValue(at.Latitude!.Value);
            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteStartObject("properties");
            properties();
            json.WriteEndObject();
            json.WriteEndObject();
        }

    }
}
