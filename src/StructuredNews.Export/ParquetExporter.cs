#if NET8_0_OR_GREATER
using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json.Serialization;
using System.Threading.Tasks;
using Parquet;
using Parquet.Serialization;
using Parquet.Serialization.Attributes;

namespace StructuredNews.Export
{
    /// <summary>
    /// <c>sn export --format parquet --output DIR</c>: one Apache Parquet file per kind (<c>articles</c>,
    /// <c>actors</c>, <c>places</c>, <c>topics</c>, <c>events</c>, <c>figures</c>, <c>statements</c>), with the rows
    /// and column names of the CSV export (<see cref="CsvExporter"/>) in typed columns: dates as <c>DATE</c>, bounds
    /// and fatalities as <c>DECIMAL(28, 6)</c>, coordinates as <c>DOUBLE</c>, offsets and codes as <c>INT32</c>,
    /// lists as <c>LIST&lt;STRING&gt;</c> and ids as strings. DuckDB, Spark, Trino and pandas read them without a
    /// schema guess (docs/analysis.md). Only in the net8.0 build: Parquet.Net has no netstandard2.0 build.
    /// </summary>
    /// <remarks>
    /// <para>
    /// <c>events</c> has the columns of <c>events.csv</c> (ACLED's names) with <c>assoc_actor_1</c>,
    /// <c>assoc_actor_2</c> and <c>source</c> as lists, plus <c>place</c> (the place's id, to join <c>places</c>) and
    /// <c>articles</c> (the ids of the reporting articles). The CSV's <c>event_participants</c>,
    /// <c>event_reports</c> and <c>series</c> tables have no Parquet file; the JSON and W3C exports carry the reports'
    /// quotes.
    /// </para>
    /// <para>
    /// Each file is one row group, Snappy-compressed. The bytes are deterministic: the same dataset gives the same
    /// files.
    /// </para>
    /// </remarks>
    public sealed class ParquetExporter : IMultiFileExporter
    {
        /// <summary>Precision of the <c>DECIMAL</c> columns (<c>low</c>, <c>high</c>, <c>fatalities</c>).</summary>
        public const int DecimalPrecision = 28;

        /// <summary>Scale of the <c>DECIMAL</c> columns: a bound with more decimal places cannot be exported.</summary>
        public const int DecimalScale = 6;

        /// <inheritdoc/>
        public string Format => "parquet";

        /// <inheritdoc/>
        public bool WritesText => false;

        /// <inheritdoc/>
        public string Description =>
            "Apache Parquet, typed columns (DATE, DECIMAL, LIST<STRING>): with --output DIR one file per kind (articles, actors, "
            + "places, topics, events, figures, statements), the CSV export's rows";

        /// <summary>Writes <c>events.parquet</c>, the main file.</summary>
        public void Write(NewsDataset dataset, Stream stream)
        {
            var bytes = Serialize(Events(dataset ?? throw new ArgumentNullException(nameof(dataset))));
            stream.Write(bytes, 0, bytes.Length);
        }

        /// <inheritdoc/>
        public IReadOnlyList<KeyValuePair<string, byte[]>> WriteFiles(NewsDataset dataset)
        {
            if (dataset == null)
            {
                throw new ArgumentNullException(nameof(dataset));
            }

            return new[]
            {
                File("articles.parquet", dataset.Articles.Select(a => new ArticleRow
                {
                    Id = a.Id, Seed = a.Seed, Language = a.Language, Title = a.Title, Publisher = a.Publisher, Published = Date(a.Published),
                    PublishedSource = a.PublishedSource is { } source ? VocabularyNames.Of(source) : null, Url = a.Url, TextSha256 = a.TextSha256,
                })),
                File("actors.parquet", dataset.Actors.Select(a => new ActorRow
                {
                    Id = a.Id, Kind = VocabularyNames.Of(a.Kind), Name = a.Name, Names = CsvExporter.NameList(a).ToList(), Aliases = a.Aliases.ToList(),
                    Roles = a.Roles.Select(CsvExporter.Role).ToList(), Description = a.Description,
                })),
                File("places.parquet", dataset.Places.Select(p => new PlaceRow
                {
                    Id = p.Id, Kind = VocabularyNames.Of(p.Kind), Name = p.Name, Names = CsvExporter.NameList(p).ToList(), Aliases = p.Aliases.ToList(),
                    Within = p.WithinId, Latitude = p.Latitude, Longitude = p.Longitude,
                })),
                File("topics.parquet", dataset.Topics.Select(t => new TopicRow
                {
                    Id = t.Id, Name = t.Name, Names = CsvExporter.NameList(t).ToList(), Aliases = t.Aliases.ToList(), Description = t.Description,
                })),
                new KeyValuePair<string, byte[]>("events.parquet", Serialize(Events(dataset))),
                File("figures.parquet", dataset.Figures.Select(f => new FigureRow
                {
                    Id = f.Id, Measure = VocabularyNames.Of(f.Measure), Subject = f.SubjectId, Value = f.Value, Qualifier = VocabularyNames.Of(f.Qualifier),
                    Low = Decimal(f.Low, f.Id), High = Decimal(f.High, f.Id), Unit = f.Unit, AsOf = Date(f.AsOf), ClaimedBy = f.ClaimedById, Via = f.ViaIds.ToList(),
                    Event = f.EventId, Place = f.PlaceId, Note = f.Note, Article = f.Evidence.ArticleId, Quote = f.Evidence.Quote,
                    Start = f.Evidence.Start, Length = f.Evidence.Length,
                })),
                File("statements.parquet", dataset.Statements.Select(s => new StatementRow
                {
                    Id = s.Id, Speaker = s.SpeakerId, Text = s.Text, Date = Date(s.Date), Event = s.EventId, Article = s.Evidence.ArticleId,
                    Quote = s.Evidence.Quote, Start = s.Evidence.Start, Length = s.Evidence.Length,
                })),
            };
        }

        private static List<EventRow> Events(NewsDataset dataset) => dataset.Events.Select(e =>
        {
            var initiators = CsvExporter.Actors(dataset, e, ParticipantRole.Initiator);
            var targets = CsvExporter.Actors(dataset, e, ParticipantRole.Target);
            var place = e.Place;
            var chain = place == null ? new List<Place>() : Acled.Chain(place).ToList();
            var located = place == null ? null : Acled.Located(place);
            return new EventRow
            {
                EventIdCnty = e.Id,
                EventDate = e.Start,
                EndDate = e.End == e.Start ? null : e.End,
                Year = e.Start.Year,
                TimePrecision = Acled.TimePrecision(e.Precision),
                EventType = Acled.Label(e.Type),
                SubEventType = Acled.Label(e.SubType),
                Actor1 = initiators.FirstOrDefault(),
                AssocActor1 = initiators.Skip(1).ToList(),
                Actor2 = targets.FirstOrDefault(),
                AssocActor2 = targets.Skip(1).ToList(),
                Country = chain.FirstOrDefault(p => p.Kind == PlaceKind.Country)?.Name,
                Admin1 = chain.FirstOrDefault(p => p.Kind == PlaceKind.Region)?.Name,
                Location = place?.Name,
                Latitude = located?.Latitude,
                Longitude = located?.Longitude,
                GeoPrecision = place == null ? null : Acled.GeoPrecision(place, located),
                Source = CsvExporter.Sources(dataset, e).ToList(),
                Notes = CsvExporter.Notes(dataset, e),
                Fatalities = Decimal(CsvExporter.Fatalities(dataset, e), e.Id)!.Value,
                Place = e.PlaceId,
                Articles = e.Reports.Select(r => r.ArticleId).Distinct().ToList(),
            };
        }).ToList();

        private static KeyValuePair<string, byte[]> File<T>(string name, IEnumerable<T> rows) => new KeyValuePair<string, byte[]>(name, Serialize(rows.ToList()));

        private static byte[] Serialize<T>(List<T> rows)
        {
            using var buffer = new MemoryStream();
            var options = new ParquetOptions { CompressionMethod = CompressionMethod.Snappy };
            // Off the caller's synchronization context: the writer is async only, and this API is synchronous.
            Task.Run(() => ParquetSerializer.SerializeAsync(rows, buffer, options)).GetAwaiter().GetResult();
            return buffer.ToArray();
        }

        private static DateOnly? Date(NewsDate? date) => date is { } d ? d : null;

        // DECIMAL(28, 6) holds the value exactly or the export fails: a rounded bound would be a different claim.
        private static decimal? Decimal(decimal? value, string id)
        {
            if (value is not { } v)
            {
                return null;
            }

            if (decimal.Round(v, DecimalScale) != v || Math.Abs(decimal.Truncate(v)) >= 1e22m)
            {
                throw new InvalidOperationException(
                    "'" + id + "': " + v.ToString(System.Globalization.CultureInfo.InvariantCulture) + " does not fit DECIMAL(" + DecimalPrecision + ", " + DecimalScale + ").");
            }

            return v;
        }

        // Rows of each file. Property order is column order; names are the CSV export's.
        internal sealed class ArticleRow
        {
            [JsonPropertyName("id")]
            [ParquetRequired]
            public string Id { get; set; } = string.Empty;

            [JsonPropertyName("seed")]
            [ParquetRequired]
            public string Seed { get; set; } = string.Empty;

            [JsonPropertyName("language")]
            [ParquetRequired]
            public string Language { get; set; } = string.Empty;

            [JsonPropertyName("title")]
            [ParquetRequired]
            public string Title { get; set; } = string.Empty;

            [JsonPropertyName("publisher")]
            public string? Publisher { get; set; }

            [JsonPropertyName("published")]
            public DateOnly? Published { get; set; }

            [JsonPropertyName("published_source")]
            public string? PublishedSource { get; set; }

            [JsonPropertyName("url")]
            public string? Url { get; set; }

            [JsonPropertyName("text_sha256")]
            [ParquetRequired]
            public string TextSha256 { get; set; } = string.Empty;
        }

        internal sealed class ActorRow
        {
            [JsonPropertyName("id")]
            [ParquetRequired]
            public string Id { get; set; } = string.Empty;

            [JsonPropertyName("kind")]
            [ParquetRequired]
            public string Kind { get; set; } = string.Empty;

            [JsonPropertyName("name")]
            [ParquetRequired]
            public string Name { get; set; } = string.Empty;

            [JsonPropertyName("names")]
            public List<string> Names { get; set; } = new List<string>();

            [JsonPropertyName("aliases")]
            public List<string> Aliases { get; set; } = new List<string>();

            [JsonPropertyName("roles")]
            public List<string> Roles { get; set; } = new List<string>();

            [JsonPropertyName("description")]
            public string? Description { get; set; }
        }

        internal sealed class PlaceRow
        {
            [JsonPropertyName("id")]
            [ParquetRequired]
            public string Id { get; set; } = string.Empty;

            [JsonPropertyName("kind")]
            [ParquetRequired]
            public string Kind { get; set; } = string.Empty;

            [JsonPropertyName("name")]
            [ParquetRequired]
            public string Name { get; set; } = string.Empty;

            [JsonPropertyName("names")]
            public List<string> Names { get; set; } = new List<string>();

            [JsonPropertyName("aliases")]
            public List<string> Aliases { get; set; } = new List<string>();

            [JsonPropertyName("within")]
            public string? Within { get; set; }

            [JsonPropertyName("latitude")]
            public double? Latitude { get; set; }

            [JsonPropertyName("longitude")]
            public double? Longitude { get; set; }
        }

        internal sealed class TopicRow
        {
            [JsonPropertyName("id")]
            [ParquetRequired]
            public string Id { get; set; } = string.Empty;

            [JsonPropertyName("name")]
            [ParquetRequired]
            public string Name { get; set; } = string.Empty;

            [JsonPropertyName("names")]
            public List<string> Names { get; set; } = new List<string>();

            [JsonPropertyName("aliases")]
            public List<string> Aliases { get; set; } = new List<string>();

            [JsonPropertyName("description")]
            public string? Description { get; set; }
        }

        internal sealed class EventRow
        {
            [JsonPropertyName("event_id_cnty")]
            [ParquetRequired]
            public string EventIdCnty { get; set; } = string.Empty;

            [JsonPropertyName("event_date")]
            public DateOnly EventDate { get; set; }

            [JsonPropertyName("end_date")]
            public DateOnly? EndDate { get; set; }

            [JsonPropertyName("year")]
            public int Year { get; set; }

            [JsonPropertyName("time_precision")]
            public int TimePrecision { get; set; }

            [JsonPropertyName("event_type")]
            [ParquetRequired]
            public string EventType { get; set; } = string.Empty;

            [JsonPropertyName("sub_event_type")]
            [ParquetRequired]
            public string SubEventType { get; set; } = string.Empty;

            [JsonPropertyName("actor1")]
            public string? Actor1 { get; set; }

            [JsonPropertyName("assoc_actor_1")]
            public List<string> AssocActor1 { get; set; } = new List<string>();

            [JsonPropertyName("actor2")]
            public string? Actor2 { get; set; }

            [JsonPropertyName("assoc_actor_2")]
            public List<string> AssocActor2 { get; set; } = new List<string>();

            [JsonPropertyName("country")]
            public string? Country { get; set; }

            [JsonPropertyName("admin1")]
            public string? Admin1 { get; set; }

            [JsonPropertyName("location")]
            public string? Location { get; set; }

            [JsonPropertyName("latitude")]
            public double? Latitude { get; set; }

            [JsonPropertyName("longitude")]
            public double? Longitude { get; set; }

            [JsonPropertyName("geo_precision")]
            public int? GeoPrecision { get; set; }

            [JsonPropertyName("source")]
            public List<string> Source { get; set; } = new List<string>();

            [JsonPropertyName("notes")]
            [ParquetRequired]
            public string Notes { get; set; } = string.Empty;

            [JsonPropertyName("fatalities")]
            [ParquetDecimal(DecimalPrecision, DecimalScale)]
            public decimal Fatalities { get; set; }

            [JsonPropertyName("place")]
            public string? Place { get; set; }

            [JsonPropertyName("articles")]
            public List<string> Articles { get; set; } = new List<string>();
        }

        internal sealed class FigureRow
        {
            [JsonPropertyName("id")]
            [ParquetRequired]
            public string Id { get; set; } = string.Empty;

            [JsonPropertyName("measure")]
            [ParquetRequired]
            public string Measure { get; set; } = string.Empty;

            [JsonPropertyName("subject")]
            [ParquetRequired]
            public string Subject { get; set; } = string.Empty;

            [JsonPropertyName("value")]
            [ParquetRequired]
            public string Value { get; set; } = string.Empty;

            [JsonPropertyName("qualifier")]
            [ParquetRequired]
            public string Qualifier { get; set; } = string.Empty;

            [JsonPropertyName("low")]
            [ParquetDecimal(DecimalPrecision, DecimalScale)]
            public decimal? Low { get; set; }

            [JsonPropertyName("high")]
            [ParquetDecimal(DecimalPrecision, DecimalScale)]
            public decimal? High { get; set; }

            [JsonPropertyName("unit")]
            [ParquetRequired]
            public string Unit { get; set; } = string.Empty;

            [JsonPropertyName("as_of")]
            public DateOnly? AsOf { get; set; }

            [JsonPropertyName("claimed_by")]
            public string? ClaimedBy { get; set; }

            [JsonPropertyName("via")]
            public List<string> Via { get; set; } = new List<string>();

            [JsonPropertyName("event")]
            public string? Event { get; set; }

            [JsonPropertyName("place")]
            public string? Place { get; set; }

            [JsonPropertyName("note")]
            public string? Note { get; set; }

            [JsonPropertyName("article")]
            [ParquetRequired]
            public string Article { get; set; } = string.Empty;

            [JsonPropertyName("quote")]
            [ParquetRequired]
            public string Quote { get; set; } = string.Empty;

            [JsonPropertyName("start")]
            public int Start { get; set; }

            [JsonPropertyName("length")]
            public int Length { get; set; }
        }

        internal sealed class StatementRow
        {
            [JsonPropertyName("id")]
            [ParquetRequired]
            public string Id { get; set; } = string.Empty;

            [JsonPropertyName("speaker")]
            [ParquetRequired]
            public string Speaker { get; set; } = string.Empty;

            [JsonPropertyName("text")]
            [ParquetRequired]
            public string Text { get; set; } = string.Empty;

            [JsonPropertyName("date")]
            public DateOnly? Date { get; set; }

            [JsonPropertyName("event")]
            public string? Event { get; set; }

            [JsonPropertyName("article")]
            [ParquetRequired]
            public string Article { get; set; } = string.Empty;

            [JsonPropertyName("quote")]
            [ParquetRequired]
            public string Quote { get; set; } = string.Empty;

            [JsonPropertyName("start")]
            public int Start { get; set; }

            [JsonPropertyName("length")]
            public int Length { get; set; }
        }
    }
}
#endif
