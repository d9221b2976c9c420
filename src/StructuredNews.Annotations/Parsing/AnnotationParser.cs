using System.Threading;

namespace StructuredNews.Annotations.Parsing
{
    /// <summary>
    /// Turns one annotation file into an <see cref="AnnotationFile"/>: the specs that parsed, and a diagnostic for
    /// everything that did not. Checks that need only this file (ids, enums, dates, bounds) happen here, so they
    /// are cached per file; checks across files live in Validation.
    /// </summary>
    public sealed class AnnotationParser
    {
        private readonly string path;
        private readonly List<DiagnosticInfo> diagnostics = new List<DiagnosticInfo>();
        private readonly CancellationToken cancellationToken;
        private Ref? fileArticle;

        private AnnotationParser(string path, CancellationToken cancellationToken)
        {
            this.path = path;
            this.cancellationToken = cancellationToken;
        }

        public static AnnotationFile Parse(string path, string relativePath, string text, CancellationToken cancellationToken)
        {
            var parser = new AnnotationParser(path, cancellationToken);
            try
            {
                return parser.ParseFile(relativePath, text);
            }
            catch (OperationCanceledException)
            {
                throw;
            }
            catch (Exception e)
            {
                // A bug must not become CS8785 and silently drop the dataset: report it where it happened.
                parser.diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InternalError, SourceSpan.FileStart(path), e.GetType().Name + ": " + e.Message));
                return Empty(path, relativePath, parser.diagnostics);
            }
        }

        private static AnnotationFile Empty(string path, string relativePath, List<DiagnosticInfo> diagnostics) =>
            new AnnotationFile(path, relativePath, null, null,
                EquatableArray<ActorSpec>.Empty, EquatableArray<PlaceSpec>.Empty, EquatableArray<TopicSpec>.Empty,
                EquatableArray<EventSpec>.Empty, EquatableArray<FigureSpec>.Empty, EquatableArray<StatementSpec>.Empty,
                EquatableArray<IgnoreSpec>.Empty, diagnostics.ToEquatableArray());

        private AnnotationFile ParseFile(string relativePath, string text)
        {
            var root = YamlTreeReader.Read(path, text, diagnostics, cancellationToken);
            if (root == null || root is YamlScalar { IsNull: true })
            {
                return Empty(path, relativePath, diagnostics);
            }

            if (root is not YamlMapping mapping)
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.WrongShape, root.Span, root.Describe(),
                    "a mapping of sections (article:, actors:, events:, figures:, ...) at the top of the file"));
                return Empty(path, relativePath, diagnostics);
            }

            var file = new MappingReader(mapping, AnnotationSchema.File, diagnostics);
            var article = Single(file, "article", AnnotationSchema.Article, ParseArticle);
            fileArticle = article?.Id;
            return new AnnotationFile(
                path,
                relativePath,
                Single(file, "dataset", AnnotationSchema.Dataset, ParseDataset),
                article,
                Many(file, "actors", AnnotationSchema.Actor, ParseActor),
                Many(file, "places", AnnotationSchema.Place, ParsePlace),
                Many(file, "topics", AnnotationSchema.Topic, ParseTopic),
                Many(file, "events", AnnotationSchema.Event, ParseEvent),
                Many(file, "figures", AnnotationSchema.Figure, ParseFigure),
                Many(file, "statements", AnnotationSchema.Statement, ParseStatement),
                article == null && file.Has("ignore") ? IgnoreWithoutArticle(file) : Many(file, "ignore", AnnotationSchema.Ignore, ParseIgnore),
                diagnostics.ToEquatableArray());
        }

        private EquatableArray<IgnoreSpec> IgnoreWithoutArticle(MappingReader file)
        {
            file.Report(DiagnosticDescriptors.MissingKey, file.SpanOf("ignore"), "A file with an 'ignore' list", "article");
            return EquatableArray<IgnoreSpec>.Empty;
        }

        private T? Single<T>(MappingReader file, string key, SectionSchema schema, Func<MappingReader, T?> parse)
            where T : class
        {
            var node = file.Node(key);
            if (node == null)
            {
                return null;
            }

            if (node is not YamlMapping mapping)
            {
                file.Report(DiagnosticDescriptors.WrongShape, node.Span, node.Describe(), schema.Description + " (a mapping) under '" + key + "'");
                return null;
            }

            return parse(new MappingReader(mapping, schema, diagnostics));
        }

        private EquatableArray<T> Many<T>(MappingReader file, string key, SectionSchema schema, Func<MappingReader, T?> parse)
            where T : class, IEquatable<T>
        {
            var result = new List<T>();
            foreach (var item in file.Items(key))
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (item is not YamlMapping mapping)
                {
                    file.Report(DiagnosticDescriptors.WrongShape, item.Span, item.Describe(), schema.Description + " (a mapping) in '" + key + "'");
                    continue;
                }

                if (parse(new MappingReader(mapping, schema, diagnostics)) is { } spec)
                {
                    result.Add(spec);
                }
            }

            return result.ToEquatableArray();
        }

        private Ref? Id(MappingReader reader)
        {
            var id = reader.Reference("id");
            if (id != null && Ids.Problem(id.Id) is { } problem)
            {
                var shown = id.Id.Length > 40 ? id.Id.Substring(0, 40) + "…" : id.Id;
                reader.Report(DiagnosticDescriptors.InvalidId, id.Span, shown, problem);
                return null;
            }

            if (id != null && Ids.MixedScript(id.Id) is { } mixed)
            {
                reader.Report(DiagnosticDescriptors.MixedScriptId, id.Span, id.Id, mixed.Script, mixed.Other,
                    mixed.Letter.ToString(), "U+" + ((int)mixed.Letter).ToString("X4", System.Globalization.CultureInfo.InvariantCulture));
            }

            return id;
        }

        private DatasetSpec? ParseDataset(MappingReader r)
        {
            var id = Id(r);
            var title = r.Text("title");
            return id == null || title == null ? null : new DatasetSpec(id.Id, title, id.Span);
        }

        private ArticleSpec? ParseArticle(MappingReader r)
        {
            var id = Id(r);
            var seed = r.Text("seed");
            var language = r.Text("language");
            var title = r.Text("title");
            var published = r.Date("published");
            var source = r.Enum<DateSource>("published_source", "publication date source");
            if (published != null && source == null && !r.Has("published_source"))
            {
                r.Report(DiagnosticDescriptors.MissingKey, r.SpanOf("published"), "An article with 'published'", "published_source");
            }

            if (language != null && !MappingReader.IsLanguageTag(language))
            {
                r.Report(DiagnosticDescriptors.InvalidEnumValue, r.SpanOf("language"), language, "BCP 47 language tag", "tags such as en, da, ru, kk");
                language = null;
            }

            if (id == null || seed == null || language == null || title == null)
            {
                return null;
            }

            return new ArticleSpec(id, seed, r.SpanOf("seed"), language, title, r.Text("publisher"), published, source, r.Text("url"));
        }

        private EvidenceSpec? ParseEvidence(YamlNode? node, string key, MappingReader owner, SectionSchema? schema = null)
        {
            if (node == null)
            {
                return null;
            }

            if (node is not YamlMapping mapping)
            {
                owner.Report(DiagnosticDescriptors.WrongShape, node.Span, node.Describe(), "evidence (a mapping with 'quote') under '" + key + "'");
                return null;
            }

            var r = new MappingReader(mapping, schema ?? AnnotationSchema.Evidence, diagnostics);
            var article = r.Reference("article") ?? fileArticle;
            var quote = r.Text("quote");
            if (article == null && r.Has("quote"))
            {
                r.Report(DiagnosticDescriptors.MissingKey, mapping.Span, "Evidence in a file without an 'article' section", "article");
            }

            if (quote != null && quote.Length == 0)
            {
                r.Report(DiagnosticDescriptors.WrongShape, r.SpanOf("quote"), "an empty quote", "a passage of the article");
                quote = null;
            }

            return quote == null || article == null
                ? null
                : new EvidenceSpec(article, quote, r.Text("prefix"), r.Text("suffix"), r.PositiveInteger("occurrence"), r.SpanOf("quote"),
                    r.Reference("claimed_by"), r.References("via"));
        }

        private ActorSpec? ParseActor(MappingReader r)
        {
            var id = Id(r);
            var kind = r.Enum<ActorKind>("kind", "actor kind");
            var name = r.Text("name");
            var roles = r.Items("roles").Select(item => ParseRole(item, r)).Where(x => x != null).Select(x => x!).ToEquatableArray();
            var naming = Naming(r, name);
            return id == null || kind == null || naming == null
                ? null
                : new ActorSpec(id, kind.Value, naming, roles, r.Text("description"));
        }

        private RoleSpec? ParseRole(YamlNode node, MappingReader owner)
        {
            if (node is not YamlMapping mapping)
            {
                owner.Report(DiagnosticDescriptors.WrongShape, node.Span, node.Describe(), "a role (a mapping with 'title') in 'roles'");
                return null;
            }

            var r = new MappingReader(mapping, AnnotationSchema.Role, diagnostics);
            var title = r.Text("title");
            var from = r.Date("from");
            var to = r.Date("to");
            if (from != null && to != null && string.CompareOrdinal(from, to) > 0)
            {
                r.Report(DiagnosticDescriptors.DatesOutOfOrder, r.SpanOf("to"), "to", to, "from", from);
            }

            return title == null ? null : new RoleSpec(title, r.Reference("of"), from, to);
        }

        private PlaceSpec? ParsePlace(MappingReader r)
        {
            var id = Id(r);
            var kind = r.Enum<PlaceKind>("kind", "place kind");
            var name = r.Text("name");
            var naming = Naming(r, name);
            var within = r.Reference("within");
            var lat = r.Coordinate("lat", 90);
            var lon = r.Coordinate("lon", 180);
            if ((lat == null) != (lon == null) && (r.Has("lat") || r.Has("lon")))
            {
                r.Report(DiagnosticDescriptors.MissingKey, r.Mapping.Span, "A place with coordinates", lat == null ? "lat" : "lon");
            }

            return id == null || kind == null || naming == null
                ? null
                : new PlaceSpec(id, kind.Value, naming, within, lat, lon);
        }

        private TopicSpec? ParseTopic(MappingReader r)
        {
            var id = Id(r);
            var name = r.Text("name");
            var naming = Naming(r, name);
            return id == null || naming == null ? null : new TopicSpec(id, naming, r.Text("description"));
        }

        private static NamesSpec? Naming(MappingReader r, string? name)
        {
            var names = r.Names("names");
            var aliases = r.Spellings("aliases");
            var searchAliases = r.Spellings("search_aliases");
            return name == null ? null : new NamesSpec(name, names, aliases, searchAliases);
        }

        private EventSpec? ParseEvent(MappingReader r)
        {
            var id = Id(r);
            var type = r.Enum<EventType>("type", "event type");
            var subType = r.Enum<EventSubType>("sub_type", "event sub-type");
            if (type != null && subType != null && EventTaxonomy.TypeOf(subType.Value) != type.Value)
            {
                var allowed = Vocabulary<EventSubType>.Names.Where(n => Vocabulary<EventSubType>.TryParse(n, out var s) && EventTaxonomy.TypeOf(s) == type.Value);
                r.Report(DiagnosticDescriptors.SubTypeMismatch, r.SpanOf("sub_type"), Vocabulary<EventSubType>.NameOf(subType.Value),
                    Vocabulary<EventType>.NameOf(EventTaxonomy.TypeOf(subType.Value)), Vocabulary<EventType>.NameOf(type.Value), string.Join(", ", allowed));
                subType = null;
            }

            var summary = r.Text("summary");
            var start = r.Date("start");
            var end = r.Date("end");
            if (start != null && end != null && string.CompareOrdinal(start, end) > 0)
            {
                r.Report(DiagnosticDescriptors.DatesOutOfOrder, r.SpanOf("end"), "end", end, "start", start);
                end = null;
            }

            var precision = r.Enum<DatePrecision>("precision", "date precision");
            var participants = r.Items("participants").Select(item => ParseParticipant(item, r)).Where(x => x != null).Select(x => x!).ToEquatableArray();
            var causes = r.References("causes");
            var reports = r.Items("reports").Select(item => ParseEvidence(item, "reports", r, AnnotationSchema.Report)).Where(x => x != null).Select(x => x!).ToEquatableArray();
            if (r.Has("reports") && r.Node("reports") is YamlSequence { Items.Count: 0 } empty)
            {
                r.Report(DiagnosticDescriptors.MissingKey, empty.Span, "An event", "reports (at least one report)");
            }

            if (id == null || type == null || subType == null || summary == null || start == null || precision == null)
            {
                return null;
            }

            return new EventSpec(id, type.Value, subType.Value, r.SpanOf("sub_type"), summary, start, end, r.SpanOf("start"),
                precision.Value, r.Reference("place"), participants, causes, reports);
        }

        private ParticipantSpec? ParseParticipant(YamlNode node, MappingReader owner)
        {
            if (node is not YamlMapping mapping)
            {
                owner.Report(DiagnosticDescriptors.WrongShape, node.Span, node.Describe(), "a participant (a mapping with 'actor' and 'role')");
                return null;
            }

            var r = new MappingReader(mapping, AnnotationSchema.Participant, diagnostics);
            var actor = r.Reference("actor");
            var role = r.Enum<ParticipantRole>("role", "participant role");
            return actor == null || role == null ? null : new ParticipantSpec(actor, role.Value);
        }

        private FigureSpec? ParseFigure(MappingReader r)
        {
            var id = Id(r);
            var measure = r.Enum<Measure>("measure", "measure");
            var subject = r.Reference("subject");
            var value = r.Text("value");
            var qualifier = r.Enum<Qualifier>("qualifier", "qualifier");
            var low = r.Decimal("low");
            var high = r.Decimal("high");
            var unit = r.Text("unit");
            var asOf = r.Date("as_of");
            var evidence = ParseEvidence(r.Node("evidence"), "evidence", r);

            // A bound that is not a number is reported where it is written; the figure is not built, so that the
            // bounds check does not report it a second time as missing.
            var badBound = (r.Has("low") && low == null) || (r.Has("high") && high == null);
            if (id == null || measure == null || subject == null || value == null || qualifier == null || unit == null || evidence == null || badBound)
            {
                return null;
            }

            return new FigureSpec(id, measure.Value, subject, value, qualifier.Value, low, high, unit, asOf,
                r.Reference("claimed_by"), r.References("via"), r.Reference("event"), r.Reference("place"), r.Text("note"), evidence,
                new FigureSpans(r.SpanOf("value"), r.SpanOf("qualifier"), r.SpanOf("unit"), r.OptionalSpanOf("low"), r.OptionalSpanOf("high"), asOf == null ? null : r.SpanOf("as_of")));
        }

        private StatementSpec? ParseStatement(MappingReader r)
        {
            var id = Id(r);
            var speaker = r.Reference("speaker");
            var text = r.Text("text");
            var evidence = ParseEvidence(r.Node("evidence"), "evidence", r);
            if (text != null && evidence != null && evidence.Quote.IndexOf(text, StringComparison.Ordinal) < 0)
            {
                r.Report(DiagnosticDescriptors.StatementTextNotInQuote, r.SpanOf("text"));
            }

            if (id == null || speaker == null || text == null || evidence == null)
            {
                return null;
            }

            var date = r.Date("date");
            return new StatementSpec(id, speaker, text, r.SpanOf("text"), date, date == null ? null : r.SpanOf("date"), r.Reference("event"), evidence);
        }

        private IgnoreSpec? ParseIgnore(MappingReader r)
        {
            var text = r.Text("text");
            var reason = r.Text("reason");
            var occurrence = r.PositiveInteger("occurrence");
            return text == null || reason == null ? null : new IgnoreSpec(text, reason, occurrence, r.SpanOf("text"));
        }
    }
}
