using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace StructuredNews.Export
{
    /// <summary>
    /// A dataset as plain data: one record per entity, with the fields of the JSON export (<see cref="JsonExporter"/>)
    /// and nothing else. Entities of the runtime link back to their dataset, so serializers that walk object graphs
    /// loop on them; these records hold ids for references, ISO dates (<c>2022-01-05</c>) as strings, vocabulary
    /// values as the YAML spells them (<c>killed</c>, <c>government_body</c>), and bounds without trailing zeros.
    /// <c>JsonSerializer.Serialize(DatasetView.Of(dataset))</c> works with any options; with
    /// <see cref="CreateJsonOptions"/> it writes the JSON export's objects (camelCase keys, the same values), minus
    /// what the export derives from the entities (<c>schemaVersion</c>, <c>conflicts</c>).
    /// </summary>
    /// <param name="Dataset">The dataset's id and title.</param>
    /// <param name="Articles">The articles, in dataset order.</param>
    /// <param name="Actors">The actors, in dataset order.</param>
    /// <param name="Places">The places, in dataset order.</param>
    /// <param name="Topics">The topics, in dataset order.</param>
    /// <param name="Events">The events, in dataset order (chronological).</param>
    /// <param name="Figures">The figures, in dataset order.</param>
    /// <param name="Statements">The statements, in dataset order.</param>
    public sealed record DatasetView(
        DatasetRecord Dataset,
        IReadOnlyList<ArticleRecord> Articles,
        IReadOnlyList<ActorRecord> Actors,
        IReadOnlyList<PlaceRecord> Places,
        IReadOnlyList<TopicRecord> Topics,
        IReadOnlyList<EventRecord> Events,
        IReadOnlyList<FigureRecord> Figures,
        IReadOnlyList<StatementRecord> Statements)
    {
        /// <summary>The whole dataset as plain records.</summary>
        public static DatasetView Of(NewsDataset dataset)
        {
            if (dataset == null)
            {
                throw new ArgumentNullException(nameof(dataset));
            }

            return new DatasetView(
                new DatasetRecord(dataset.Id, dataset.Title),
                dataset.Articles.Select(ArticleRecord.Of).ToList(),
                dataset.Actors.Select(ActorRecord.Of).ToList(),
                dataset.Places.Select(PlaceRecord.Of).ToList(),
                dataset.Topics.Select(TopicRecord.Of).ToList(),
                dataset.Events.Select(EventRecord.Of).ToList(),
                dataset.Figures.Select(FigureRecord.Of).ToList(),
                dataset.Statements.Select(StatementRecord.Of).ToList());
        }

        /// <summary>
        /// New serializer options that write these records as the JSON export writes its objects: camelCase keys,
        /// <c>null</c> written, indented, non-ASCII text unescaped.
        /// </summary>
        public static JsonSerializerOptions CreateJsonOptions() => new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            DictionaryKeyPolicy = null,
            WriteIndented = true,
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        };

        internal static string? Date(NewsDate? date) => date?.ToString();

        // 8 and 8.0 in the YAML both export as 8.
        internal static decimal? Number(decimal? value) => value is { } number ? number / 1.0000000000000000000000000000m : null;

        internal static IReadOnlyDictionary<string, string> Names(NamedEntity entity) =>
            entity.Names.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
    }

    /// <summary>A dataset's id and title.</summary>
    /// <param name="Id">The dataset's id.</param>
    /// <param name="Title">The dataset's title.</param>
    public sealed record DatasetRecord(string Id, string Title);

    /// <summary>An article (without its text: <see cref="TextSha256"/> identifies it).</summary>
    /// <param name="Id">The article's id.</param>
    /// <param name="Seed">The file name of its text.</param>
    /// <param name="Language">BCP 47 language tag.</param>
    /// <param name="Title">The headline.</param>
    /// <param name="Publisher">The outlet, or <see langword="null"/>.</param>
    /// <param name="Published">Publication date (ISO), or <see langword="null"/>.</param>
    /// <param name="TextSha256">SHA-256 of the text's UTF-8 bytes, lower-case hex.</param>
    /// <param name="Url">Where it was published, or <see langword="null"/>.</param>
    /// <param name="PublishedSource">How the publication date is known (<c>stated</c>, <c>inferred</c>, ...), or <see langword="null"/>.</param>
    public sealed record ArticleRecord(string Id, string Seed, string Language, string Title, string? Publisher, string? Published, string TextSha256, string? Url, string? PublishedSource)
    {
        /// <summary>The record of an article.</summary>
        public static ArticleRecord Of(Article article) =>
            new ArticleRecord(article.Id, article.Seed, article.Language, article.Title, article.Publisher, DatasetView.Date(article.Published),
                article.TextSha256, article.Url, article.PublishedSource is { } source ? VocabularyNames.Of(source) : null);
    }

    /// <summary>An actor.</summary>
    /// <param name="Id">The actor's id.</param>
    /// <param name="Kind">Its kind as the YAML spells it (<c>person</c>, <c>government_body</c>, ...).</param>
    /// <param name="Name">Canonical name.</param>
    /// <param name="Names">Names by language tag.</param>
    /// <param name="Aliases">Other spellings.</param>
    /// <param name="Roles">Roles the articles give the actor.</param>
    /// <param name="Description">Free text, or <see langword="null"/>.</param>
    public sealed record ActorRecord(string Id, string Kind, string Name, IReadOnlyDictionary<string, string> Names, IReadOnlyList<string> Aliases,
        IReadOnlyList<RoleRecord> Roles, string? Description)
    {
        /// <summary>The record of an actor.</summary>
        public static ActorRecord Of(Actor actor) =>
            new ActorRecord(actor.Id, VocabularyNames.Of(actor.Kind), actor.Name, DatasetView.Names(actor), actor.Aliases.ToList(),
                actor.Roles.Select(r => new RoleRecord(r.Title, r.OfId, DatasetView.Date(r.From), DatasetView.Date(r.To))).ToList(), actor.Description);
    }

    /// <summary>A role of an actor.</summary>
    /// <param name="Title">The role (<c>President</c>).</param>
    /// <param name="Of">Id of the actor or place the role is of, or <see langword="null"/>.</param>
    /// <param name="From">First day held (ISO), or <see langword="null"/>.</param>
    /// <param name="To">Last day held (ISO), or <see langword="null"/>.</param>
    public sealed record RoleRecord(string Title, string? Of, string? From, string? To);

    /// <summary>A place.</summary>
    /// <param name="Id">The place's id.</param>
    /// <param name="Kind">Its kind (<c>city</c>, <c>region</c>, ...).</param>
    /// <param name="Name">Canonical name.</param>
    /// <param name="Aliases">Other spellings.</param>
    /// <param name="Within">Id of the place that contains it, or <see langword="null"/>.</param>
    /// <param name="Lat">Latitude, or <see langword="null"/>.</param>
    /// <param name="Lon">Longitude, or <see langword="null"/>.</param>
    /// <param name="Names">Names by language tag.</param>
    public sealed record PlaceRecord(string Id, string Kind, string Name, IReadOnlyList<string> Aliases, string? Within, double? Lat, double? Lon,
        IReadOnlyDictionary<string, string> Names)
    {
        /// <summary>The record of a place.</summary>
        public static PlaceRecord Of(Place place) =>
            new PlaceRecord(place.Id, VocabularyNames.Of(place.Kind), place.Name, place.Aliases.ToList(), place.WithinId,
                Finite(place.Latitude), Finite(place.Longitude), DatasetView.Names(place));

        private static double? Finite(double? value) => value is { } v && !double.IsNaN(v) && !double.IsInfinity(v) ? v : null;
    }

    /// <summary>A topic (what a figure can be about besides actors and places: a price, a law).</summary>
    /// <param name="Id">The topic's id.</param>
    /// <param name="Name">Canonical name.</param>
    /// <param name="Names">Names by language tag.</param>
    /// <param name="Aliases">Other spellings.</param>
    /// <param name="Description">Free text, or <see langword="null"/>.</param>
    public sealed record TopicRecord(string Id, string Name, IReadOnlyDictionary<string, string> Names, IReadOnlyList<string> Aliases, string? Description)
    {
        /// <summary>The record of a topic.</summary>
        public static TopicRecord Of(Topic topic) =>
            new TopicRecord(topic.Id, topic.Name, DatasetView.Names(topic), topic.Aliases.ToList(), topic.Description);
    }

    /// <summary>An event.</summary>
    /// <param name="Id">The event's id.</param>
    /// <param name="Type">ACLED event type as the YAML spells it (<c>riots</c>).</param>
    /// <param name="SubType">ACLED sub-event type (<c>violent_demonstration</c>).</param>
    /// <param name="Summary">One sentence.</param>
    /// <param name="Start">First day (ISO).</param>
    /// <param name="End">Last day (ISO) of an event over several days, else <see langword="null"/>.</param>
    /// <param name="Precision">How precise the dates are (<c>day</c>, <c>approximate</c>, <c>week</c>, <c>month</c>).</param>
    /// <param name="Place">Id of the place, or <see langword="null"/>.</param>
    /// <param name="Participants">Actors and their roles.</param>
    /// <param name="Causes">Ids of the events that caused it.</param>
    /// <param name="Reports">Each report of the event by an article, with its quote.</param>
    public sealed record EventRecord(string Id, string Type, string SubType, string Summary, string Start, string? End, string Precision, string? Place,
        IReadOnlyList<ParticipantRecord> Participants, IReadOnlyList<string> Causes, IReadOnlyList<ReportRecord> Reports)
    {
        /// <summary>The record of an event.</summary>
        public static EventRecord Of(Event @event) =>
            new EventRecord(@event.Id, VocabularyNames.Of(@event.Type), VocabularyNames.Of(@event.SubType), @event.Summary, @event.Start.ToString(),
                @event.End == @event.Start ? null : @event.End.ToString(), VocabularyNames.Of(@event.Precision), @event.PlaceId,
                @event.Participants.Select(p => new ParticipantRecord(p.ActorId, VocabularyNames.Of(p.Role))).ToList(),
                @event.CauseIds.ToList(),
                @event.Reports.Select(r => new ReportRecord(r.ArticleId, r.Quote, r.Start, r.Length, r.ClaimedById, r.ViaIds.ToList())).ToList());
    }

    /// <summary>An actor taking part in an event.</summary>
    /// <param name="Actor">The actor's id.</param>
    /// <param name="Role"><c>initiator</c>, <c>target</c> or <c>other</c>.</param>
    public sealed record ParticipantRecord(string Actor, string Role);

    /// <summary>Where an article reports an event, and on whose word.</summary>
    /// <param name="Article">The article's id.</param>
    /// <param name="Quote">The quote, verbatim.</param>
    /// <param name="Start">Offset of the quote in the article's text (UTF-16 code units).</param>
    /// <param name="Length">Length of the quote (UTF-16 code units).</param>
    /// <param name="ClaimedBy">Id of the actor the article attributes the report to, or <see langword="null"/>.</param>
    /// <param name="Via">Ids of the actors that relayed it, nearest the source first.</param>
    public sealed record ReportRecord(string Article, string Quote, int Start, int Length, string? ClaimedBy, IReadOnlyList<string> Via);

    /// <summary>A numeric claim.</summary>
    /// <param name="Id">The figure's id.</param>
    /// <param name="Measure">What is counted (<c>killed</c>, <c>price</c>, ...).</param>
    /// <param name="Subject">Id of the actor, place or topic it is about.</param>
    /// <param name="Value">The value as written in the article.</param>
    /// <param name="Low">Lower bound, or <see langword="null"/>.</param>
    /// <param name="High">Upper bound, or <see langword="null"/>.</param>
    /// <param name="Qualifier">How the value is qualified (<c>exact</c>, <c>at_least</c>, ...).</param>
    /// <param name="Unit">The unit (<c>people</c>).</param>
    /// <param name="AsOf">The day the figure describes (ISO), or <see langword="null"/>.</param>
    /// <param name="ClaimedBy">Id of the actor who made the claim, or <see langword="null"/>.</param>
    /// <param name="Via">Ids of the actors that relayed it, nearest the source first.</param>
    /// <param name="Event">Id of the event it belongs to, or <see langword="null"/>.</param>
    /// <param name="Place">Id of the place it concerns, or <see langword="null"/>.</param>
    /// <param name="Evidence">The quote it rests on.</param>
    /// <param name="Note">The annotator's note, or <see langword="null"/>.</param>
    public sealed record FigureRecord(string Id, string Measure, string Subject, string Value, decimal? Low, decimal? High, string Qualifier, string Unit,
        string? AsOf, string? ClaimedBy, IReadOnlyList<string> Via, string? Event, string? Place, EvidenceRecord Evidence, string? Note)
    {
        /// <summary>The record of a figure.</summary>
        public static FigureRecord Of(Figure figure) =>
            new FigureRecord(figure.Id, VocabularyNames.Of(figure.Measure), figure.SubjectId, figure.Value, DatasetView.Number(figure.Low), DatasetView.Number(figure.High),
                VocabularyNames.Of(figure.Qualifier), figure.Unit, DatasetView.Date(figure.AsOf), figure.ClaimedById, figure.ViaIds.ToList(), figure.EventId, figure.PlaceId,
                EvidenceRecord.Of(figure.Evidence), figure.Note);
    }

    /// <summary>A statement: what an actor said.</summary>
    /// <param name="Id">The statement's id.</param>
    /// <param name="Speaker">Id of the actor who said it.</param>
    /// <param name="Text">What was said.</param>
    /// <param name="Date">When (ISO), or <see langword="null"/>.</param>
    /// <param name="Event">Id of the event it is about, or <see langword="null"/>.</param>
    /// <param name="Evidence">The quote it rests on.</param>
    public sealed record StatementRecord(string Id, string Speaker, string Text, string? Date, string? Event, EvidenceRecord Evidence)
    {
        /// <summary>The record of a statement.</summary>
        public static StatementRecord Of(Statement statement) =>
            new StatementRecord(statement.Id, statement.SpeakerId, statement.Text, DatasetView.Date(statement.Date), statement.EventId, EvidenceRecord.Of(statement.Evidence));
    }

    /// <summary>A quote in an article that a claim rests on.</summary>
    /// <param name="Article">The article's id.</param>
    /// <param name="Quote">The quote, verbatim.</param>
    /// <param name="Start">Offset of the quote in the article's text (UTF-16 code units).</param>
    /// <param name="Length">Length of the quote (UTF-16 code units).</param>
    public sealed record EvidenceRecord(string Article, string Quote, int Start, int Length)
    {
        /// <summary>The record of a piece of evidence.</summary>
        public static EvidenceRecord Of(Evidence evidence) => new EvidenceRecord(evidence.ArticleId, evidence.Quote, evidence.Start, evidence.Length);
    }
}
