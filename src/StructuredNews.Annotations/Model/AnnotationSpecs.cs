namespace StructuredNews.Annotations.Model
{
    // The parser's output: one immutable, value-equal record per annotation, with the spans diagnostics need.
    // Dates are kept as validated ISO strings; enum values are already parsed.

    /// <summary>An id or a reference to one, with where it was written.</summary>
    public sealed record Ref(string Id, SourceSpan Span);

    /// <summary>A name in one language, with where it was written.</summary>
    public sealed record LocalizedName(string Language, string Name, SourceSpan Span);

    /// <summary>A spelling (an alias), with where it was written.</summary>
    public sealed record Spelling(string Text, SourceSpan Span);

    public sealed record DatasetSpec(string Id, string Title, SourceSpan Span);

    public sealed record ArticleSpec(
        Ref Id, string Seed, SourceSpan SeedSpan, string Language, string Title, string? Publisher,
        string? Published, DateSource? PublishedSource, string? Url);

    /// <summary>A quote; in an event's reports also who the article credits for it (<see cref="ClaimedBy"/>, <see cref="Via"/>).</summary>
    public sealed record EvidenceSpec(
        Ref? Article, string Quote, string? Prefix, string? Suffix, int? Occurrence, SourceSpan Span, Ref? ClaimedBy, EquatableArray<Ref> Via)
    {
        public QuoteSelector Selector => new QuoteSelector(Quote, Prefix, Suffix, Occurrence);
    }

    /// <summary>
    /// What picks a passage out of an article text, like a W3C TextQuoteSelector plus an occurrence index. A struct:
    /// one is made for every quote each time it is located, and the coverage model keeps them in arrays.
    /// </summary>
    public readonly record struct QuoteSelector(string Quote, string? Prefix, string? Suffix, int? Occurrence);

    public sealed record RoleSpec(string Title, Ref? Of, string? From, string? To);

    /// <summary>
    /// Every name an actor, place or topic goes by: the canonical name, names by language and aliases (each of which
    /// an article text uses), and search aliases (kept for name resolution although no article text uses them).
    /// </summary>
    public sealed record NamesSpec(string Name, EquatableArray<LocalizedName> Names, EquatableArray<Spelling> Aliases, EquatableArray<Spelling> SearchAliases)
    {
        /// <summary>The aliases the runtime resolves: the aliases, then the search aliases.</summary>
        public IEnumerable<string> AllAliases => Aliases.Concat(SearchAliases).Select(a => a.Text);

        /// <summary>Every name, each once, in order: the canonical name, the names by language, every alias.</summary>
        public EquatableArray<string> All() =>
            new[] { Name }.Concat(Names.Select(n => n.Name)).Concat(AllAliases).Where(n => n.Length > 0).Distinct(StringComparer.Ordinal).ToEquatableArray();
    }

    public sealed record ActorSpec(Ref Id, ActorKind Kind, NamesSpec Naming, EquatableArray<RoleSpec> Roles, string? Description)
    {
        public string Name => Naming.Name;
    }

    public sealed record PlaceSpec(Ref Id, PlaceKind Kind, NamesSpec Naming, Ref? Within, double? Latitude, double? Longitude)
    {
        public string Name => Naming.Name;
    }

    public sealed record TopicSpec(Ref Id, NamesSpec Naming, string? Description)
    {
        public string Name => Naming.Name;
    }

    public sealed record ParticipantSpec(Ref Actor, ParticipantRole Role);

    public sealed record EventSpec(
        Ref Id, EventType Type, EventSubType SubType, SourceSpan SubTypeSpan, string Summary, string Start, string? End,
        SourceSpan DatesSpan, DatePrecision Precision, Ref? Place, EquatableArray<ParticipantSpec> Participants,
        EquatableArray<Ref> Causes, EquatableArray<EvidenceSpec> Reports);

    public sealed record FigureSpec(
        Ref Id, Measure Measure, Ref Subject, string Value, Qualifier Qualifier,
        decimal? Low, decimal? High, string Unit, string? AsOf, Ref? ClaimedBy, EquatableArray<Ref> Via, Ref? Event,
        Ref? Place, string? Note, EvidenceSpec Evidence, FigureSpans Spans);

    /// <summary>Where a figure's values were written, for the checks that point at them.</summary>
    public sealed record FigureSpans(SourceSpan Value, SourceSpan Qualifier, SourceSpan Unit, SourceSpan? Low, SourceSpan? High, SourceSpan? AsOf);

    public sealed record StatementSpec(
        Ref Id, Ref Speaker, string Text, SourceSpan TextSpan, string? Date, SourceSpan? DateSpan, Ref? Event, EvidenceSpec Evidence);

    public sealed record IgnoreSpec(string Text, string Reason, int? Occurrence, SourceSpan Span);

    /// <summary>
    /// Everything parsed from one annotation file. <see cref="RelativePath"/> (forward slashes, relative to the
    /// project) names the generated source; <see cref="Path"/> is where diagnostics point.
    /// </summary>
    public sealed record AnnotationFile(
        string Path,
        string RelativePath,
        DatasetSpec? Dataset,
        ArticleSpec? Article,
        EquatableArray<ActorSpec> Actors,
        EquatableArray<PlaceSpec> Places,
        EquatableArray<TopicSpec> Topics,
        EquatableArray<EventSpec> Events,
        EquatableArray<FigureSpec> Figures,
        EquatableArray<StatementSpec> Statements,
        EquatableArray<IgnoreSpec> Ignores,
        EquatableArray<DiagnosticInfo> Diagnostics);
}
