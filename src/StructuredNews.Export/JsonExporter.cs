using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;

namespace StructuredNews.Export
{
    /// <summary>
    /// The stable JSON interchange format (schema version 2, docs/tools.md): UTF-8 without a byte order mark, camelCase keys,
    /// ISO dates, ids for references, <c>null</c> for absent values (the key is always written), enum values in
    /// the YAML's snake_case, entities in dataset order, indented with two spaces and <c>\n</c> line ends, and a
    /// final newline. Written with <see cref="Utf8JsonWriter"/>, without reflection.
    /// </summary>
    public sealed class JsonExporter : IDatasetExporter
    {
        /// <summary>The version of the shape written; bump it when a key is renamed, removed or changes type.</summary>
        /// <remarks>2: <c>conflicts</c> lists contradictions (pairs of figures), no longer every group whose bounds differ.</remarks>
        public const int SchemaVersion = 2;

        /// <inheritdoc/>
        public string Format => "json";

        /// <inheritdoc/>
        public bool WritesText => true;

        /// <inheritdoc/>
        public string Description => "the stable JSON interchange format, schema version " + SchemaVersion;

        /// <summary>The format name, as <c>--help</c> shows the default.</summary>
        public override string ToString() => Format;

        /// <inheritdoc/>
        public void Write(NewsDataset dataset, Stream stream)
        {
            using (var json = JsonOutput.Writer(stream))
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
                WriteArray(json, "topics", dataset.Topics, WriteTopic);
                WriteArray(json, "events", dataset.Events, WriteEvent);
                WriteArray(json, "figures", dataset.Figures, WriteFigure);
                WriteArray(json, "statements", dataset.Statements, WriteStatement);
                WriteArray(json, "series", dataset.Series, WriteSeries);
                WriteArray(json, "conflicts", dataset.Contradictions, WriteContradiction);

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
            JsonOutput.WriteStringOrNull(json, "publisher", article.Publisher);
            WriteDate(json, "published", article.Published);
            json.WriteString("textSha256", article.TextSha256);
            JsonOutput.WriteStringOrNull(json, "url", article.Url);
            JsonOutput.WriteStringOrNull(json, "publishedSource", article.PublishedSource is { } source ? VocabularyNames.Of(source) : null);
        }

        private static void WriteActor(Utf8JsonWriter json, Actor actor)
        {
            json.WriteString("id", actor.Id);
            json.WriteString("kind", VocabularyNames.Of(actor.Kind));
            json.WriteString("name", actor.Name);
            WriteNames(json, actor);
            JsonOutput.WriteStrings(json, "aliases", actor.Aliases);
            json.WriteStartArray("roles");
            foreach (var role in actor.Roles)
            {
                json.WriteStartObject();
                json.WriteString("title", role.Title);
                JsonOutput.WriteStringOrNull(json, "of", role.OfId);
                WriteDate(json, "from", role.From);
                WriteDate(json, "to", role.To);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            JsonOutput.WriteStringOrNull(json, "description", actor.Description);
        }

        private static void WriteTopic(Utf8JsonWriter json, Topic topic)
        {
            json.WriteString("id", topic.Id);
            json.WriteString("name", topic.Name);
            WriteNames(json, topic);
            JsonOutput.WriteStrings(json, "aliases", topic.Aliases);
            JsonOutput.WriteStringOrNull(json, "description", topic.Description);
        }

        private static void WritePlace(Utf8JsonWriter json, Place place)
        {
            json.WriteString("id", place.Id);
            json.WriteString("kind", VocabularyNames.Of(place.Kind));
            json.WriteString("name", place.Name);
            WriteNames(json, place);
            JsonOutput.WriteStrings(json, "aliases", place.Aliases);
            JsonOutput.WriteStringOrNull(json, "within", place.WithinId);
            WriteNumber(json, "lat", place.Latitude);
            WriteNumber(json, "lon", place.Longitude);
        }

        private static void WriteNames(Utf8JsonWriter json, NamedEntity entity)
        {
            json.WriteStartObject("names");
            foreach (var pair in entity.Names)
            {
                json.WriteString(pair.Key, pair.Value);
            }

            json.WriteEndObject();
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
            JsonOutput.WriteStringOrNull(json, "place", @event.PlaceId);
            json.WriteStartArray("participants");
            foreach (var participant in @event.Participants)
            {
                json.WriteStartObject();
                json.WriteString("actor", participant.ActorId);
                json.WriteString("role", VocabularyNames.Of(participant.Role));
                json.WriteEndObject();
            }

            json.WriteEndArray();
            JsonOutput.WriteStrings(json, "causes", @event.CauseIds);
            json.WriteStartArray("reports");
            foreach (var report in @event.Reports)
            {
                WriteEvidence(json, report, report.ClaimedById, report.ViaIds);
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
            JsonOutput.WriteStringOrNull(json, "claimedBy", figure.ClaimedById);
            JsonOutput.WriteStrings(json, "via", figure.ViaIds);
            JsonOutput.WriteStringOrNull(json, "event", figure.EventId);
            JsonOutput.WriteStringOrNull(json, "place", figure.PlaceId);
            JsonOutput.WriteStringOrNull(json, "note", figure.Note);
            json.WritePropertyName("evidence");
            WriteEvidence(json, figure.Evidence);
        }

        private static void WriteStatement(Utf8JsonWriter json, Statement statement)
        {
            json.WriteString("id", statement.Id);
            json.WriteString("speaker", statement.SpeakerId);
            json.WriteString("text", statement.Text);
            WriteDate(json, "date", statement.Date);
            JsonOutput.WriteStringOrNull(json, "event", statement.EventId);
            json.WritePropertyName("evidence");
            WriteEvidence(json, statement.Evidence);
        }

        private static void WriteSeries(Utf8JsonWriter json, FigureSeries series)
        {
            json.WriteString("measure", VocabularyNames.Of(series.Measure));
            json.WriteString("subject", series.SubjectId);
            json.WriteString("unit", series.Unit);
            JsonOutput.WriteStrings(json, "figures", series.Figures.Select(f => f.Id));
            json.WriteStartArray("steps");
            foreach (var step in series.Steps)
            {
                json.WriteStartObject();
                json.WriteString("from", step.Earlier.Id);
                json.WriteString("to", step.Later.Id);
                json.WriteString("kind", VocabularyNames.Of(step.Kind));
                json.WriteEndObject();
            }

            json.WriteEndArray();
            if (series.Estimate() is { } estimate)
            {
                json.WriteStartObject("estimate");
                json.WriteNumber("low", estimate.Low);
                json.WriteNumber("best", estimate.Best);
                json.WriteNumber("high", estimate.High);
                WriteDate(json, "asOf", estimate.AsOf);
                JsonOutput.WriteStrings(json, "figures", estimate.Figures.Select(f => f.Id));
                json.WriteEndObject();
            }
            else
            {
                json.WriteNull("estimate");
            }
        }

        // A contradiction: two figures of one series, the same day or undated, whose ranges do not overlap.
        private static void WriteContradiction(Utf8JsonWriter json, FigureStep step)
        {
            json.WriteString("measure", VocabularyNames.Of(step.Series.Measure));
            json.WriteString("subject", step.Series.SubjectId);
            json.WriteString("unit", step.Series.Unit);
            JsonOutput.WriteStrings(json, "figures", new[] { step.Earlier.Id, step.Later.Id });
        }

        private static void WriteEvidence(Utf8JsonWriter json, Evidence evidence)
        {
            json.WriteStartObject();
            WriteEvidenceFields(json, evidence);
            json.WriteEndObject();
        }

        // An event report also says whom the article credits for it.
        private static void WriteEvidence(Utf8JsonWriter json, Evidence evidence, string? claimedBy, IEnumerable<string> via)
        {
            json.WriteStartObject();
            WriteEvidenceFields(json, evidence);
            JsonOutput.WriteStringOrNull(json, "claimedBy", claimedBy);
            JsonOutput.WriteStrings(json, "via", via);
            json.WriteEndObject();
        }

        private static void WriteEvidenceFields(Utf8JsonWriter json, Evidence evidence)
        {
            json.WriteString("article", evidence.ArticleId);
            json.WriteString("quote", evidence.Quote);
            json.WriteNumber("start", evidence.Start);
            json.WriteNumber("length", evidence.Length);
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

        private static void WriteDate(Utf8JsonWriter json, string name, NewsDate? date) => JsonOutput.WriteStringOrNull(json, name, date?.ToString());

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
