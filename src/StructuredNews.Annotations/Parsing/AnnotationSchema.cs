using System.Collections.Immutable;

namespace StructuredNews.Annotations.Parsing
{
    /// <summary>The kinds of value a key takes; the parser reads and the editor schema validates by them.</summary>
    public enum FieldKind
    {
        Text,
        Id,
        Reference,
        References,
        Texts,
        Date,
        Number,
        PositiveInteger,
        Enum,
        LanguageNames,
        Mapping,
        Sequence,
    }

    /// <summary>One key of a mapping: its name, whether it is required, what it holds, and what it means.</summary>
    public sealed class FieldSchema
    {
        public FieldSchema(string name, bool required, FieldKind kind, string description, Type? enumType = null, Func<SectionSchema>? nested = null)
        {
            Name = name;
            Required = required;
            Kind = kind;
            Description = description;
            EnumType = enumType;
            this.nested = nested;
        }

        private readonly Func<SectionSchema>? nested;

        public string Name { get; }

        public bool Required { get; }

        public FieldKind Kind { get; }

        public string Description { get; }

        /// <summary>For <see cref="FieldKind.Enum"/>: the runtime enum whose snake_case names are allowed.</summary>
        public Type? EnumType { get; }

        /// <summary>For <see cref="FieldKind.Mapping"/> and <see cref="FieldKind.Sequence"/>: the schema of the mapping or items.</summary>
        public SectionSchema? Nested => nested?.Invoke();
    }

    /// <summary>The keys one kind of mapping accepts; docs/schema.md explains them at length.</summary>
    public sealed class SectionSchema
    {
        public SectionSchema(string description, params FieldSchema[] fields)
        {
            Description = description;
            Fields = fields.ToImmutableArray();
            Keys = fields.Select(f => f.Name).ToImmutableArray();
            Required = fields.Where(f => f.Required).Select(f => f.Name).ToImmutableArray();
        }

        /// <summary>How messages name the mapping ("a figure").</summary>
        public string Description { get; }

        public ImmutableArray<FieldSchema> Fields { get; }

        public ImmutableArray<string> Keys { get; }

        public ImmutableArray<string> Required { get; }

        public FieldSchema? Field(string key) => SlotOf(key) is var slot and >= 0 ? Fields[slot] : null;

        /// <summary>The position of <paramref name="key"/> in <see cref="Keys"/> and <see cref="Fields"/>, or -1 if the schema lacks it.</summary>
        // A section has a dozen keys or so: a scan is as quick as hashing, and the schema stays immutable.
        public int SlotOf(string key) => Keys.IndexOf(key);
    }

    /// <summary>
    /// The one description of the annotation format. The parser checks keys against it, and the JSON Schema for
    /// editors (docs/structurednews.schema.json) is generated from it by a test, so the two cannot drift.
    /// </summary>
    public static class AnnotationSchema
    {
        private static FieldSchema Req(string name, FieldKind kind, string description, Type? enumType = null, Func<SectionSchema>? nested = null) =>
            new FieldSchema(name, true, kind, description, enumType, nested);

        private static FieldSchema Opt(string name, FieldKind kind, string description, Type? enumType = null, Func<SectionSchema>? nested = null) =>
            new FieldSchema(name, false, kind, description, enumType, nested);

        public static readonly SectionSchema Dataset = new SectionSchema("the dataset section",
            Req("id", FieldKind.Id, "The dataset's id."),
            Req("title", FieldKind.Text, "The dataset's title."));

        public static readonly SectionSchema Article = new SectionSchema("an article",
            Req("id", FieldKind.Id, "The article's id."),
            Req("seed", FieldKind.Text, "File name of the article text, passed to the compiler as an article additional file."),
            Req("language", FieldKind.Text, "BCP 47 language tag of the text (en, da, ...)."),
            Req("title", FieldKind.Text, "The headline, or a short descriptive title when the text has none."),
            Opt("publisher", FieldKind.Text, "The outlet, when stated or evident."),
            Opt("published", FieldKind.Date, "Publication date (YYYY-MM-DD)."),
            Opt("published_source", FieldKind.Enum, "Whether the publication date is stated in the text or inferred.", typeof(DateSource)),
            Opt("url", FieldKind.Text, "Where the article was published, when known."));

        private static readonly ImmutableArray<FieldSchema> EvidenceFields = ImmutableArray.Create(

            Opt("article", FieldKind.Reference, "Article id; defaults to the article of the file."),
            Req("quote", FieldKind.Text, "The passage, verbatim."),
            Opt("prefix", FieldKind.Text, "Text that must immediately precede the quote."),
            Opt("suffix", FieldKind.Text, "Text that must immediately follow the quote."),
            Opt("occurrence", FieldKind.PositiveInteger, "Which occurrence (1-based) when the quote occurs more than once."));

        public static readonly SectionSchema Evidence = new SectionSchema("evidence", EvidenceFields.ToArray());

        public static readonly SectionSchema Report = new SectionSchema("a report", EvidenceFields.Concat(new[]
        {
            Opt("claimed_by", FieldKind.Reference, "Actor id: the original source the article credits for the report."),
            Opt("via", FieldKind.References, "Actor ids that relayed the report, from the outlet the article cites back towards the source."),
        }).ToArray());

        public static readonly SectionSchema Role = new SectionSchema("a role",
            Req("title", FieldKind.Text, "The office or position (\"President of Kazakhstan\")."),
            Opt("of", FieldKind.Reference, "Actor or place id the role is held in."),
            Opt("from", FieldKind.Date, "Since when."),
            Opt("to", FieldKind.Date, "Until when."));

        public static readonly SectionSchema Actor = new SectionSchema("an actor",
            Req("id", FieldKind.Id, "The actor's id."),
            Req("kind", FieldKind.Enum, "What kind of actor.", typeof(ActorKind)),
            Req("name", FieldKind.Text, "Canonical (English) name."),
            Opt("names", FieldKind.LanguageNames, "Name by language tag."),
            Opt("aliases", FieldKind.Texts, "Every other spelling that appears in any article."),
            Opt("search_aliases", FieldKind.Texts, "Spellings no article uses that name resolution should still find (a transliteration readers search for)."),
            Opt("roles", FieldKind.Sequence, "Offices and positions held.", nested: () => Role),
            Opt("description", FieldKind.Text, "One line in English."));

        public static readonly SectionSchema Place = new SectionSchema("a place",
            Req("id", FieldKind.Id, "The place's id."),
            Req("kind", FieldKind.Enum, "What kind of place.", typeof(PlaceKind)),
            Req("name", FieldKind.Text, "Canonical (English) name."),
            Opt("names", FieldKind.LanguageNames, "Name by language tag."),
            Opt("aliases", FieldKind.Texts, "Other spellings used in the articles."),
            Opt("search_aliases", FieldKind.Texts, "Spellings no article uses that name resolution should still find (a transliteration readers search for)."),
            Opt("within", FieldKind.Reference, "Id of the place that contains this one."),
            Opt("lat", FieldKind.Number, "Approximate latitude in degrees."),
            Opt("lon", FieldKind.Number, "Approximate longitude in degrees."));

        public static readonly SectionSchema Topic = new SectionSchema("a topic",
            Req("id", FieldKind.Id, "The topic's id."),
            Req("name", FieldKind.Text, "Canonical (English) name."),
            Opt("names", FieldKind.LanguageNames, "Name by language tag."),
            Opt("aliases", FieldKind.Texts, "Other spellings used in the articles."),
            Opt("search_aliases", FieldKind.Texts, "Spellings no article uses that name resolution should still find (a transliteration readers search for)."),
            Opt("description", FieldKind.Text, "One line in English."));

        public static readonly SectionSchema Participant = new SectionSchema("a participant",
            Req("actor", FieldKind.Reference, "Actor id."),
            Req("role", FieldKind.Enum, "The part the actor played.", typeof(ParticipantRole)));

        public static readonly SectionSchema Event = new SectionSchema("an event",
            Req("id", FieldKind.Id, "The event's id."),
            Req("type", FieldKind.Enum, "ACLED event type.", typeof(EventType)),
            Req("sub_type", FieldKind.Enum, "ACLED sub-event type, belonging to the type.", typeof(EventSubType)),
            Req("summary", FieldKind.Text, "What happened, in English."),
            Req("start", FieldKind.Date, "First day."),
            Opt("end", FieldKind.Date, "Last day, when different from start."),
            Req("precision", FieldKind.Enum, "How precisely the dates are known.", typeof(DatePrecision)),
            Opt("place", FieldKind.Reference, "Place id."),
            Opt("participants", FieldKind.Sequence, "Who took part, and how.", nested: () => Participant),
            Opt("causes", FieldKind.References, "Ids of the events that caused this one."),
            Req("reports", FieldKind.Sequence, "Every article that reports the event, each with its own quote.", nested: () => Report));

        public static readonly SectionSchema Figure = new SectionSchema("a figure",
            Req("id", FieldKind.Id, "The figure's id."),
            Req("measure", FieldKind.Enum, "What is counted or measured.", typeof(Measure)),
            Req("subject", FieldKind.Reference, "Id of the actor, place or topic counted or measured."),
            Req("value", FieldKind.Text, "The value exactly as stated."),
            Req("qualifier", FieldKind.Enum, "How the value is qualified.", typeof(Qualifier)),
            Opt("low", FieldKind.Number, "Lowest number the claim allows."),
            Opt("high", FieldKind.Number, "Highest number the claim allows."),
            Req("unit", FieldKind.Text, "people, percent, KZT per litre, ..."),
            Opt("as_of", FieldKind.Date, "The date the figure describes."),
            Opt("claimed_by", FieldKind.Reference, "Actor id: the original source of the claim."),
            Opt("via", FieldKind.References, "Actor ids that relayed the claim, from the reporting outlet back towards the source."),
            Opt("event", FieldKind.Reference, "Event id."),
            Opt("place", FieldKind.Reference, "Place id."),
            Opt("note", FieldKind.Text, "A remark for readers."),
            Req("evidence", FieldKind.Mapping, "The passage the figure is taken from.", nested: () => Evidence));

        public static readonly SectionSchema Statement = new SectionSchema("a statement",
            Req("id", FieldKind.Id, "The statement's id."),
            Req("speaker", FieldKind.Reference, "Actor id."),
            Req("text", FieldKind.Text, "The quoted words, verbatim; inside the evidence quote."),
            Opt("date", FieldKind.Date, "When it was said."),
            Opt("event", FieldKind.Reference, "Event id."),
            Req("evidence", FieldKind.Mapping, "The passage that carries the quote.", nested: () => Evidence));

        public static readonly SectionSchema Ignore = new SectionSchema("an ignore entry",
            Req("text", FieldKind.Text, "A passage of the article whose numbers and names are deliberately not annotated."),
            Req("reason", FieldKind.Text, "Why."),
            Opt("occurrence", FieldKind.PositiveInteger, "Which occurrence; without it every occurrence is ignored."));

        public static readonly SectionSchema File = new SectionSchema("an annotation file",
            Opt("dataset", FieldKind.Mapping, "The dataset's id and title (once per dataset).", nested: () => Dataset),
            Opt("article", FieldKind.Mapping, "The article this file annotates.", nested: () => Article),
            Opt("actors", FieldKind.Sequence, "People, bodies, forces, groups, countries, outlets.", nested: () => Actor),
            Opt("places", FieldKind.Sequence, "Countries, regions, cities, sites.", nested: () => Place),
            Opt("topics", FieldKind.Sequence, "Things counted or priced that are neither actors nor places.", nested: () => Topic),
            Opt("events", FieldKind.Sequence, "What happened, with every article that reports it.", nested: () => Event),
            Opt("figures", FieldKind.Sequence, "Numeric claims.", nested: () => Figure),
            Opt("statements", FieldKind.Sequence, "Direct quotes.", nested: () => Statement),
            Opt("ignore", FieldKind.Sequence, "Passages of this file's article deliberately not annotated.", nested: () => Ignore));
    }
}
