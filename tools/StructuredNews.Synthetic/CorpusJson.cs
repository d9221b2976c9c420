using System;
using System.Collections.Generic;
using System.IO;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace StructuredNews.Synthetic
{
    /// <summary>
    /// A copy of src/StructuredNews.Cli/Export/JsonExporter.cs (keep the two in step; the synthetic tests compare
    /// nothing with sn, which is not referenced here).
    /// The stable JSON interchange format (schema version 1): UTF-8 without a byte order mark, camelCase keys,
    /// ISO dates, ids for references, <c>null</c> for absent values (the key is always written), enum values in
    /// the YAML's snake_case, entities in dataset order, indented with two spaces and <c>\n</c> line ends, and a
    /// final newline. Written with <see cref="Utf8JsonWriter"/>, without reflection.
    /// </summary>
    public static class CorpusJson
    {
        /// <summary>The version of the shape written; bump it when a key is renamed, removed or changes type.</summary>
        public const int SchemaVersion = 1;

        private static readonly JsonWriterOptions Options = new JsonWriterOptions
        {
            Indented = true,
            NewLine = "\n",
            // Keep non-ASCII names and quotes readable ("Tokajev", "Алматы", '"') instead of \uXXXX escapes; the
            // output is a data file, never embedded in HTML.
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        };

        /// <summary>Writes a dataset as JSON.</summary>
        public static void Write(NewsDataset dataset, Stream stream)
        {
            using (var json = new Utf8JsonWriter(stream, Options))
            {
                json.WriteStartObject();
                json.WriteNumber("schemaVersion", SchemaVersion);

                json.WriteStartObject("dataset");
                json.WriteString("id", dataset.Id);
                json.WriteString("title", dataset.Title);
                json.WriteEndObject();

                WriteArray(json, "articles", dataset.Articles, WriteArticle);
                WriteArray(json, "actors", dataset.Actors, WriteActor);
                WriteArray(json, "places", dataset.Places, WritePlace);
                WriteArray(json, "events", dataset.Events, WriteEvent);
                WriteArray(json, "figures", dataset.Figures, WriteFigure);
                WriteArray(json, "statements", dataset.Statements, WriteStatement);
                WriteArray(json, "conflicts", dataset.Conflicts, WriteConflict);

                json.WriteEndObject();
            }

            stream.WriteByte((byte)'\n');
        }

        private static void WriteArticle(Utf8JsonWriter json, Article article)
        {
            json.WriteString("id", article.Id);
            json.WriteString("seed", article.Seed);
            json.WriteString("language", article.Language);
            json.WriteString("title", article.Title);
            WriteStringOrNull(json, "publisher", article.Publisher);
            WriteDate(json, "published", article.Published);
            json.WriteString("textSha256", article.TextSha256);
        }

        private static void WriteActor(Utf8JsonWriter json, Actor actor)
        {
            json.WriteString("id", actor.Id);
            json.WriteString("kind", VocabularyNames.Of(actor.Kind));
            json.WriteString("name", actor.Name);
            json.WriteStartObject("names");
            foreach (var pair in actor.Names)
            {
                json.WriteString(pair.Key, pair.Value);
            }

            json.WriteEndObject();
            WriteStrings(json, "aliases", actor.Aliases);
        }

        private static void WritePlace(Utf8JsonWriter json, Place place)
        {
            json.WriteString("id", place.Id);
            json.WriteString("kind", VocabularyNames.Of(place.Kind));
            json.WriteString("name", place.Name);
            WriteStrings(json, "aliases", place.Aliases);
            WriteStringOrNull(json, "within", place.WithinId);
            WriteNumber(json, "lat", place.Latitude);
            WriteNumber(json, "lon", place.Longitude);
        }

        private static void WriteEvent(Utf8JsonWriter json, Event @event)
        {
            json.WriteString("id", @event.Id);
            json.WriteString("type", VocabularyNames.Of(@event.Type));
            json.WriteString("subType", VocabularyNames.Of(@event.SubType));
            json.WriteString("summary", @event.Summary);
            WriteDate(json, "start", @event.Start);
            // One-day events have no end of their own (the runtime's End repeats Start).
            WriteDate(json, "end", @event.End == @event.Start ? null : @event.End);
            json.WriteString("precision", VocabularyNames.Of(@event.Precision));
            WriteStringOrNull(json, "place", @event.PlaceId);
            json.WriteStartArray("participants");
            foreach (var participant in @event.Participants)
            {
                json.WriteStartObject();
                json.WriteString("actor", participant.ActorId);
                json.WriteString("role", VocabularyNames.Of(participant.Role));
                json.WriteEndObject();
            }

            json.WriteEndArray();
            WriteStrings(json, "causes", @event.CauseIds);
            json.WriteStartArray("reports");
            foreach (var report in @event.Reports)
            {
                WriteEvidence(json, report);
            }

            json.WriteEndArray();
        }

        private static void WriteFigure(Utf8JsonWriter json, Figure figure)
        {
            json.WriteString("id", figure.Id);
            json.WriteString("measure", VocabularyNames.Of(figure.Measure));
            json.WriteString("subject", figure.SubjectId);
            json.WriteString("value", figure.Value);
            WriteNumber(json, "low", figure.Low);
            WriteNumber(json, "high", figure.High);
            json.WriteString("qualifier", VocabularyNames.Of(figure.Qualifier));
            json.WriteString("unit", figure.Unit);
            WriteDate(json, "asOf", figure.AsOf);
            WriteStringOrNull(json, "claimedBy", figure.ClaimedById);
            WriteStrings(json, "via", figure.ViaIds);
            WriteStringOrNull(json, "event", figure.EventId);
            WriteStringOrNull(json, "place", figure.PlaceId);
            json.WritePropertyName("evidence");
            WriteEvidence(json, figure.Evidence);
        }

        private static void WriteStatement(Utf8JsonWriter json, Statement statement)
        {
            json.WriteString("id", statement.Id);
            json.WriteString("speaker", statement.SpeakerId);
            json.WriteString("text", statement.Text);
            WriteDate(json, "date", statement.Date);
            WriteStringOrNull(json, "event", statement.EventId);
            json.WritePropertyName("evidence");
            WriteEvidence(json, statement.Evidence);
        }

        private static void WriteConflict(Utf8JsonWriter json, FigureConflict conflict)
        {
            json.WriteString("measure", VocabularyNames.Of(conflict.Measure));
            json.WriteString("subject", conflict.SubjectId);
            json.WriteStartArray("figures");
            foreach (var figure in conflict.Figures)
            {
                json.WriteStringValue(figure.Id);
            }

            json.WriteEndArray();
        }

        private static void WriteEvidence(Utf8JsonWriter json, Evidence evidence)
        {
            json.WriteStartObject();
            json.WriteString("article", evidence.ArticleId);
            json.WriteString("quote", evidence.Quote);
            json.WriteNumber("start", evidence.Start);
            json.WriteNumber("length", evidence.Length);
            json.WriteEndObject();
        }

        private static void WriteArray<T>(Utf8JsonWriter json, string name, IEnumerable<T> items, Action<Utf8JsonWriter, T> writeProperties)
        {
            json.WriteStartArray(name);
            foreach (var item in items)
            {
                json.WriteStartObject();
                writeProperties(json, item);
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        private static void WriteStrings(Utf8JsonWriter json, string name, IEnumerable<string> values)
        {
            json.WriteStartArray(name);
            foreach (var value in values)
            {
                json.WriteStringValue(value);
            }

            json.WriteEndArray();
        }

        private static void WriteStringOrNull(Utf8JsonWriter json, string name, string? value)
        {
            if (value == null)
            {
                json.WriteNull(name);
            }
            else
            {
                json.WriteString(name, value);
            }
        }

        private static void WriteDate(Utf8JsonWriter json, string name, NewsDate? date) => WriteStringOrNull(json, name, date?.ToString());

        private static void WriteNumber(Utf8JsonWriter json, string name, decimal? value)
        {
            if (value is { } number)
            {
                // Drop trailing zeros of the decimal's scale so 8 and 8.0 in the YAML both export as 8.
                json.WriteNumber(name, number / 1.0000000000000000000000000000m);
            }
            else
            {
                json.WriteNull(name);
            }
        }

        private static void WriteNumber(Utf8JsonWriter json, string name, double? value)
        {
            if (value is { } number && !double.IsNaN(number) && !double.IsInfinity(number))
            {
                json.WriteNumber(name, number);
            }
            else
            {
                json.WriteNull(name);
            }
        }
    }
}
