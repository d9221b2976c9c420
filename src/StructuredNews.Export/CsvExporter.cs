using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace StructuredNews.Export
{
    /// <summary>
    /// <c>sn export --format csv</c>: one RFC 4180 file per entity kind, and <c>events.csv</c> with ACLED's column
    /// names where the meaning matches (docs/tools.md). Standard output gets <c>events.csv</c> alone. CsvHelper writes
    /// the files (<see cref="Csv"/> says how).
    /// </summary>
    public sealed class CsvExporter : IMultiFileExporter
    {
        /// <inheritdoc/>
        public string Format => "csv";

        /// <inheritdoc/>
        public bool WritesText => true;

        /// <inheritdoc/>
        public string Description =>
            "RFC 4180 CSV (UTF-8, CRLF): with --output DIR one file per kind (articles, actors, places, topics, events "
            + "with ACLED columns, event_participants, event_reports, figures, statements, conflicts); without, events.csv";

        /// <summary>The columns of <c>events.csv</c>.</summary>
        public static readonly string[] EventColumns =
        {
            "event_id_cnty", "event_date", "end_date", "year", "time_precision", "event_type", "sub_event_type", "actor1", "assoc_actor_1",
            "actor2", "assoc_actor_2", "country", "admin1", "location", "latitude", "longitude", "geo_precision", "source", "notes", "fatalities",
        };

        /// <inheritdoc/>
        public void Write(NewsDataset dataset, Stream stream)
        {
            var bytes = Events(dataset).ToBytes();
            stream.Write(bytes, 0, bytes.Length);
        }

        /// <inheritdoc/>
        public IReadOnlyList<KeyValuePair<string, byte[]>> WriteFiles(NewsDataset dataset) => new[]
        {
            File("articles.csv", Articles(dataset)),
            File("actors.csv", Actors(dataset)),
            File("places.csv", Places(dataset)),
            File("topics.csv", Topics(dataset)),
            File("events.csv", Events(dataset)),
            File("event_participants.csv", Participants(dataset)),
            File("event_reports.csv", Reports(dataset)),
            File("figures.csv", Figures(dataset)),
            File("statements.csv", Statements(dataset)),
            File("series.csv", Series(dataset)),
        };

        /// <summary>
        /// ACLED fatalities of an event: the most conservative claim linked to it, i.e. the lowest <c>low</c> among
        /// the <c>killed</c> figures whose <c>event</c> is this one (a figure without a lower bound counts as 0);
        /// 0 when no such figure exists.
        /// </summary>
        public static decimal Fatalities(NewsDataset dataset, Event @event) =>
            KilledFigures(dataset, @event).Select(f => f.Low ?? 0m).DefaultIfEmpty(0m).Min();

        /// <summary>The <c>killed</c> figures linked to an event.</summary>
        public static IEnumerable<Figure> KilledFigures(NewsDataset dataset, Event @event) =>
            dataset.Figures.About(Measure.Killed).Where(f => f.EventId == @event.Id);

        private static KeyValuePair<string, byte[]> File(string name, CsvTable csv) => new KeyValuePair<string, byte[]>(name, csv.ToBytes());

        private static CsvTable Articles(NewsDataset dataset)
        {
            var csv = new CsvTable("id", "seed", "language", "title", "publisher", "published", "published_source", "url", "text_sha256");
            foreach (var a in dataset.Articles)
            {
                csv.Row(a.Id, a.Seed, a.Language, a.Title, a.Publisher, a.Published?.ToString(),
                    a.PublishedSource is { } source ? VocabularyNames.Of(source) : null, a.Url, a.TextSha256);
            }

            return csv;
        }

        private static CsvTable Actors(NewsDataset dataset)
        {
            var csv = new CsvTable("id", "kind", "name", "names", "aliases", "roles", "description");
            foreach (var a in dataset.Actors)
            {
                csv.Row(a.Id, VocabularyNames.Of(a.Kind), a.Name, Names(a), Csv.List(a.Aliases),
                    Csv.List(a.Roles.Select(Role)), a.Description);
            }

            return csv;
        }

        private static CsvTable Places(NewsDataset dataset)
        {
            var csv = new CsvTable("id", "kind", "name", "names", "aliases", "within", "latitude", "longitude");
            foreach (var p in dataset.Places)
            {
                csv.Row(p.Id, VocabularyNames.Of(p.Kind), p.Name, Names(p), Csv.List(p.Aliases), p.WithinId, Csv.Number(p.Latitude), Csv.Number(p.Longitude));
            }

            return csv;
        }

        private static CsvTable Topics(NewsDataset dataset)
        {
            var csv = new CsvTable("id", "name", "names", "aliases", "description");
            foreach (var t in dataset.Topics)
            {
                csv.Row(t.Id, t.Name, Names(t), Csv.List(t.Aliases), t.Description);
            }

            return csv;
        }

        private static CsvTable Events(NewsDataset dataset)
        {
            var csv = new CsvTable(EventColumns);
            foreach (var e in dataset.Events)
            {
                var initiators = Actors(dataset, e, ParticipantRole.Initiator);
                var targets = Actors(dataset, e, ParticipantRole.Target);
                var place = e.Place;
                var chain = place == null ? new List<Place>() : Acled.Chain(place).ToList();
                var located = place == null ? null : Acled.Located(place);
                csv.Row(
                    e.Id,
                    e.Start.ToString(),
                    e.End == e.Start ? null : e.End.ToString(),
                    Csv.Number(e.Start.Year),
                    Csv.Number(Acled.TimePrecision(e.Precision)),
                    Acled.Label(e.Type),
                    Acled.Label(e.SubType),
                    initiators.FirstOrDefault(),
                    Csv.List(initiators.Skip(1)),
                    targets.FirstOrDefault(),
                    Csv.List(targets.Skip(1)),
                    chain.FirstOrDefault(p => p.Kind == PlaceKind.Country)?.Name,
                    chain.FirstOrDefault(p => p.Kind == PlaceKind.Region)?.Name,
                    place?.Name,
                    Csv.Number(located?.Latitude),
                    Csv.Number(located?.Longitude),
                    place != null && Acled.GeoPrecision(place, located) is { } geo ? Csv.Number(geo) : null,
                    Source(dataset, e),
                    Notes(dataset, e),
                    Csv.Number(Fatalities(dataset, e)));
            }

            return csv;
        }

        // The names of an event's participants with a role, in order (the id when the actor is unknown).
        internal static List<string> Actors(NewsDataset dataset, Event e, ParticipantRole role) =>
            e.Participants.Where(p => p.Role == role).Select(p => dataset.Actors.Find(p.ActorId)?.Name ?? p.ActorId).ToList();

        // The reporting articles, each as its publisher (when known) and id: "ITV News (article-004); article-000".
        private static string Source(NewsDataset dataset, Event e) => Csv.List(Sources(dataset, e));

        internal static IEnumerable<string> Sources(NewsDataset dataset, Event e) =>
            e.Reports.Select(r => r.ArticleId).Distinct().Select(id =>
                dataset.Articles.Find(id)?.Publisher is { } publisher ? publisher + " (" + id + ")" : id);

        // The summary; the dates when the event spans several days; participants with role "other"; then every
        // figure linked to the event as "measure subject: value (article, claimant, as of)".
        internal static string Notes(NewsDataset dataset, Event e)
        {
            var notes = new List<string> { e.Summary.Trim() };
            if (e.End != e.Start)
            {
                notes.Add("Dates: " + e.Start + " to " + e.End + ".");
            }

            var others = Actors(dataset, e, ParticipantRole.Other);
            if (others.Count > 0)
            {
                notes.Add("Also involved: " + string.Join(", ", others) + ".");
            }

            var figures = dataset.Figures.Where(f => f.EventId == e.Id)
                .OrderBy(f => f.Measure != Measure.Killed).ThenBy(f => f.Measure).ThenBy(f => f.Low ?? decimal.MaxValue).ThenBy(f => f.Id, System.StringComparer.Ordinal)
                .ToList();
            if (figures.Count > 0)
            {
                notes.Add("Claims: " + string.Join("; ", figures.Select(f =>
                    VocabularyNames.Of(f.Measure) + " " + f.SubjectId + ": " + FigureWording.QualifiedValue(f)
                    + " (" + string.Join(", ", new[] { f.Evidence.ArticleId, FigureWording.Attribution(f), f.AsOf is { } d ? "as of " + d : null }.Where(s => s != null)) + ")")) + ".");
            }

            return string.Join(" ", notes);
        }

        private static CsvTable Participants(NewsDataset dataset)
        {
            var csv = new CsvTable("event", "actor", "role");
            foreach (var e in dataset.Events)
            {
                foreach (var p in e.Participants)
                {
                    csv.Row(e.Id, p.ActorId, VocabularyNames.Of(p.Role));
                }
            }

            return csv;
        }

        private static CsvTable Reports(NewsDataset dataset)
        {
            var csv = new CsvTable("event", "article", "quote", "start", "length", "claimed_by", "via");
            foreach (var e in dataset.Events)
            {
                foreach (var r in e.Reports)
                {
                    csv.Row(e.Id, r.ArticleId, r.Quote, Csv.Number(r.Start), Csv.Number(r.Length), r.ClaimedById, Csv.List(r.ViaIds));
                }
            }

            return csv;
        }

        private static CsvTable Figures(NewsDataset dataset)
        {
            var csv = new CsvTable("id", "measure", "subject", "value", "qualifier", "low", "high", "unit", "as_of", "claimed_by", "via",
                "event", "place", "note", "article", "quote", "start", "length");
            foreach (var f in dataset.Figures)
            {
                csv.Row(f.Id, VocabularyNames.Of(f.Measure), f.SubjectId, f.Value, VocabularyNames.Of(f.Qualifier), Csv.Number(f.Low), Csv.Number(f.High),
                    f.Unit, f.AsOf?.ToString(), f.ClaimedById, Csv.List(f.ViaIds), f.EventId, f.PlaceId, f.Note,
                    f.Evidence.ArticleId, f.Evidence.Quote, Csv.Number(f.Evidence.Start), Csv.Number(f.Evidence.Length));
            }

            return csv;
        }

        private static CsvTable Statements(NewsDataset dataset)
        {
            var csv = new CsvTable("id", "speaker", "text", "date", "event", "article", "quote", "start", "length");
            foreach (var s in dataset.Statements)
            {
                csv.Row(s.Id, s.SpeakerId, s.Text, s.Date?.ToString(), s.EventId, s.Evidence.ArticleId, s.Evidence.Quote,
                    Csv.Number(s.Evidence.Start), Csv.Number(s.Evidence.Length));
            }

            return csv;
        }

        // One row per figure of each series of more than one figure (series numbered from 1 in dataset order), with
        // the kind of the step from the figure before it (empty for the first).
        private static CsvTable Series(NewsDataset dataset)
        {
            var csv = new CsvTable("series", "measure", "subject", "unit", "figure", "value", "low", "high", "as_of", "claimed_by", "article", "step");
            var n = 0;
            foreach (var series in dataset.Series.Where(s => s.Figures.Count > 1))
            {
                n++;
                for (var i = 0; i < series.Figures.Count; i++)
                {
                    var f = series.Figures[i];
                    csv.Row(Csv.Number(n), VocabularyNames.Of(series.Measure), series.SubjectId, series.Unit, f.Id, f.Value, Csv.Number(f.Low), Csv.Number(f.High),
                        f.AsOf?.ToString(), f.ClaimedById, f.Evidence.ArticleId, i == 0 ? null : VocabularyNames.Of(series.Steps[i - 1].Kind));
                }
            }

            return csv;
        }

        private static string Names(NamedEntity entity) => Csv.List(NameList(entity));

        // Names by language as "da=Tokajev".
        internal static IEnumerable<string> NameList(NamedEntity entity) => entity.Names.Select(p => p.Key + "=" + p.Value);

        // "President of kazakhstan (2019-06-12..)".
        internal static string Role(ActorRole role) =>
            role.Title + (role.OfId == null ? string.Empty : " of " + role.OfId)
            + (role.From == null && role.To == null ? string.Empty : " (" + role.From?.ToString() + ".." + role.To?.ToString() + ")");
    }
}
