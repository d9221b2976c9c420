using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Linq;
using StructuredNews.Cli.Rendering;
using StructuredNews.Cli.Sources;

namespace StructuredNews.Cli.Commands
{
    /// <summary>
    /// <c>sn show ID</c>: any entity by id with its fields, its evidence (quotes with their article) and every
    /// reference resolved to id and name, then what refers to it (an actor's events, figures and statements).
    /// </summary>
    public static class ShowCommand
    {
        /// <summary>The command, over the dataset the command line selects.</summary>
        public static Command Create(DatasetSelection datasets)
        {
            var id = new Argument<string>("id")
            {
                Description = "The id of an article, actor, place, topic, event, figure or statement (as the list commands print it).",
            };
            var command = new Command(
                "show",
                "Show anything by id: an article, actor, place, topic, event, figure or statement, with all its fields, its "
                + "evidence (each quote with its article) and every reference resolved to 'id (name)' (an event's place, "
                + "participants and reports; a figure's subject, claimant, relay chain, event and article), then what refers "
                + "to it (an actor's events, figures and statements; an article's events, figures and statements). Exits "
                + "with 1 for an unknown id, suggesting the nearest ids.")
            {
                id,
            };
            command.SetAction(parseResult => datasets.Open(parseResult, parseResult.InvocationConfiguration.Error) is not { } source ? ExitCodes.NotFound : Run(
                source.Dataset,
                parseResult.GetRequiredValue(id),
                parseResult.InvocationConfiguration.Output,
                parseResult.InvocationConfiguration.Error));
            return command;
        }

        /// <summary>Writes the entity with <paramref name="id"/>, or explains on <paramref name="error"/> that there is none.</summary>
        public static int Run(NewsDataset dataset, string id, TextWriter output, TextWriter error)
        {
            if (EntityLookup.Find<Entity>(dataset, id, "article, actor, place, topic, event, figure or statement", null, error) is not { } entity)
            {
                return ExitCodes.NotFound;
            }

            output.WriteLine(entity.Id + " (" + Describe.Kind(entity) + ")");
            var fields = new Fields();
            switch (entity)
            {
                case Article article:
                    ArticleFields(dataset, article, fields);
                    break;
                case NamedEntity named:
                    NamedFields(dataset, named, fields);
                    break;
                case Event @event:
                    EventFields(dataset, @event, fields);
                    break;
                case Figure figure:
                    FigureFields(dataset, figure, fields);
                    break;
                case Statement statement:
                    StatementFields(dataset, statement, fields);
                    break;
            }

            fields.WriteTo(output);
            return ExitCodes.Ok;
        }

        private static void ArticleFields(NewsDataset dataset, Article article, Fields fields)
        {
            var contents = dataset.Report(article);
            fields.Add("title", article.Title)
                .Add("language", article.Language)
                .Add("publisher", article.Publisher)
                .Add("published", article.Published is { } published
                    ? published + (article.PublishedSource is { } how ? " (" + VocabularyNames.Of(how) + ")" : string.Empty)
                    : null)
                .Add("url", article.Url)
                .Add("seed", article.Seed)
                .Add("text sha256", article.TextSha256)
                .Add("events", contents.Events.Select(e => Describe.Reference(dataset, e.Id)))
                .Add("figures", contents.Figures.Select(f => Describe.Reference(dataset, f.Id)))
                .Add("statements", contents.Statements.Select(s => Describe.Reference(dataset, s.Id)))
                .Add("text", article.Text.Replace("\r\n", "\n").Split('\n'));
        }

        private static void NamedFields(NewsDataset dataset, NamedEntity entity, Fields fields)
        {
            fields.Add("name", entity.Name)
                .Add("names", entity.Names.OrderBy(n => n.Key, StringComparer.Ordinal).Select(n => n.Key + ": " + n.Value))
                .Add("aliases", entity.Aliases);
            var figures = dataset.Figures.Concerning(entity).Select(f => Describe.Reference(dataset, f.Id));
            switch (entity)
            {
                case Actor actor:
                    fields.Add("roles", actor.Roles.Select(r => Role(dataset, r)))
                        .Add("description", actor.Description)
                        .Add("events", dataset.Events.Involving(actor).Select(e =>
                            Describe.Reference(dataset, e.Id) + ", " + string.Join(", ", e.Participants.Where(p => p.ActorId == actor.Id).Select(p => VocabularyNames.Of(p.Role)))))
                        .Add("figures about", figures)
                        .Add("figures claimed", dataset.Figures.ClaimedBy(actor).Select(f => Describe.Reference(dataset, f.Id)))
                        .Add("figures relayed", dataset.Figures.Where(f => f.ViaIds.Contains(actor.Id)).Select(f => Describe.Reference(dataset, f.Id)))
                        .Add("statements", dataset.Statements.Where(s => s.SpeakerId == actor.Id).Select(s => Describe.Reference(dataset, s.Id)));
                    break;
                case Place place:
                    var within = Within(place).Select(p => p.Id).ToList();
                    fields.Add("within", within.Count == 0 ? null : Describe.Chain(dataset, within))
                        .Add("coordinates", place.Latitude is { } lat && place.Longitude is { } lon
                            ? lat.ToString("R", CultureInfo.InvariantCulture) + ", " + lon.ToString("R", CultureInfo.InvariantCulture)
                            : null)
                        .Add("places within", dataset.Places.Where(p => p.WithinId == place.Id).Select(p => Describe.Reference(dataset, p.Id)))
                        .Add("events", dataset.Events.At(place).Select(e => Describe.Reference(dataset, e.Id)))
                        .Add("figures about", figures)
                        .Add("figures at", dataset.Figures.Where(f => f.PlaceId == place.Id).Select(f => Describe.Reference(dataset, f.Id)));
                    break;
                case Topic topic:
                    fields.Add("description", topic.Description)
                        .Add("figures about", figures);
                    break;
            }
        }

        private static void EventFields(NewsDataset dataset, Event @event, Fields fields)
        {
            fields.Add("type", VocabularyNames.Of(@event.Type))
                .Add("sub type", VocabularyNames.Of(@event.SubType))
                .Add("summary", @event.Summary)
                .Add("date", Display.EventDate(@event))
                .Add("precision", VocabularyNames.Of(@event.Precision))
                .Add("place", @event.PlaceId is { } place ? Describe.Reference(dataset, place) : null)
                .Add("participants", @event.Participants.Select(p => Describe.Reference(dataset, p.ActorId) + ", " + VocabularyNames.Of(p.Role)))
                .Add("causes", @event.CauseIds.Select(c => Describe.Reference(dataset, c)))
                .Add("caused", dataset.Events.Where(e => e.CauseIds.Contains(@event.Id)).Select(e => Describe.Reference(dataset, e.Id)))
                .Add("reports", @event.Reports.Select(r => Evidence(dataset, r) + Attribution(dataset, r.ClaimedById, r.ViaIds, "; ")))
                .Add("figures", dataset.Figures.Where(f => f.EventId == @event.Id).Select(f => Describe.Reference(dataset, f.Id)))
                .Add("statements", dataset.Statements.Where(s => s.EventId == @event.Id).Select(s => Describe.Reference(dataset, s.Id)));
        }

        private static void FigureFields(NewsDataset dataset, Figure figure, Fields fields)
        {
            fields.Add("measure", VocabularyNames.Of(figure.Measure))
                .Add("subject", Describe.Reference(dataset, figure.SubjectId))
                .Add("value", figure.Value)
                .Add("qualifier", VocabularyNames.Of(figure.Qualifier))
                .Add("low..high", figure.Low == null && figure.High == null ? null : Display.Bounds(figure))
                .Add("unit", figure.Unit)
                .Add("as of", figure.AsOf?.ToString())
                .Add("claimed by", figure.ClaimedById is { } claimant ? Describe.Reference(dataset, claimant) : null)
                .Add("via", figure.ViaIds.Count == 0 ? null : Describe.Chain(dataset, figure.ViaIds))
                .Add("event", figure.EventId is { } e ? Describe.Reference(dataset, e) : null)
                .Add("place", figure.PlaceId is { } p ? Describe.Reference(dataset, p) : null)
                .Add("note", figure.Note)
                .Add("evidence", Evidence(dataset, figure.Evidence));
        }

        private static void StatementFields(NewsDataset dataset, Statement statement, Fields fields)
        {
            fields.Add("speaker", Describe.Reference(dataset, statement.SpeakerId))
                .Add("text", statement.Text)
                .Add("date", statement.Date?.ToString())
                .Add("event", statement.EventId is { } e ? Describe.Reference(dataset, e) : null)
                .Add("evidence", Evidence(dataset, statement.Evidence));
        }

        // A quote with the article it is from: art-da (Kaos i Kasakhstan): "Mindst 12 betjente er dræbt".
        private static string Evidence(NewsDataset dataset, Evidence evidence) =>
            Describe.Reference(dataset, evidence.ArticleId) + ": \"" + Display.OneLine(evidence.Quote) + "\"";

        private static string Attribution(NewsDataset dataset, string? claimedBy, IReadOnlyList<string> via, string separator)
        {
            var parts = new List<string>();
            if (claimedBy != null)
            {
                parts.Add("claimed by " + Describe.Reference(dataset, claimedBy));
            }

            if (via.Count > 0)
            {
                parts.Add("via " + Describe.Chain(dataset, via));
            }

            return parts.Count == 0 ? string.Empty : separator + string.Join(" ", parts);
        }

        // President of Kazakhstan; of: kazakhstan (Kazakhstan); 2019-03-20.. (the title usually names what it is of already).
        private static string Role(NewsDataset dataset, ActorRole role) =>
            role.Title
            + (role.OfId is { } of ? "; of: " + Describe.Reference(dataset, of) : string.Empty)
            + (role.From != null || role.To != null ? "; " + role.From?.ToString() + ".." + role.To?.ToString() : string.Empty);

        // The places a place lies in, nearest first (a cycle, which validation forbids, stops the walk).
        private static IEnumerable<Place> Within(Place place)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal) { place.Id };
            for (var current = place.Within; current != null && seen.Add(current.Id); current = current.Within)
            {
                yield return current;
            }
        }

        /// <summary>Labelled fields, the values aligned after the longest label; a field with several values takes a line each.</summary>
        private sealed class Fields
        {
            private readonly List<(string Label, IReadOnlyList<string> Lines)> fields = new List<(string Label, IReadOnlyList<string> Lines)>();

            public Fields Add(string label, string? value) => Add(label, value == null ? Array.Empty<string>() : new[] { value });

            public Fields Add(string label, IEnumerable<string> values)
            {
                fields.Add((label, values.ToList()));
                return this;
            }

            public void WriteTo(TextWriter output)
            {
                var width = fields.Max(f => f.Label.Length);
                foreach (var (label, lines) in fields)
                {
                    var first = true;
                    foreach (var line in lines.Count == 0 ? new[] { Display.None } : lines)
                    {
                        output.WriteLine(("  " + (first ? label : string.Empty).PadRight(width) + "  " + line).TrimEnd());
                        first = false;
                    }
                }
            }
        }
    }
}
