namespace StructuredNews.Generators.Model
{
    // The parser's output: one immutable, value-equal record per annotation, with the spans diagnostics need.
    // Dates are kept as validated ISO strings; enum values are already parsed.

    /// <summary>An id or a reference to one, with where it was written.</summary>
    internal sealed record Ref(string Id, SourceSpan Span);

    internal sealed record LocalizedName(string Language, string Name);

    internal sealed record DatasetSpec(string Id, string Title, SourceSpan Span);

    internal sealed record ArticleSpec(
        Ref Id, string Seed, SourceSpan SeedSpan, string Language, string Title, string? Publisher,
        string? Published, DateSource? PublishedSource, string? Url);

    /// <summary>A quote; in an event's reports also who the article credits for it (<see cref="ClaimedBy"/>, <see cref="Via"/>).</summary>
    internal sealed record EvidenceSpec(
        Ref? Article, string Quote, string? Prefix, string? Suffix, int? Occurrence, SourceSpan Span, Ref? ClaimedBy, EquatableArray<Ref> Via)
    {
        public QuoteSelector Selector => new QuoteSelector(Quote, Prefix, Suffix, Occurrence);
    }

    /// <summary>
    /// What picks a passage out of an article text, like a W3C TextQuoteSelector plus an occurrence index. A struct:
    /// one is made for every quote each time it is located, and the coverage model keeps them in arrays.
    /// </summary>
    internal readonly record struct QuoteSelector(string Quote, string? Prefix, string? Suffix, int? Occurrence);

    internal sealed record RoleSpec(string Title, Ref? Of, string? From, string? To);

    internal sealed record ActorSpec(
        Ref Id, ActorKind Kind, string Name, EquatableArray<LocalizedName> Names, EquatableArray<string> Aliases,
        EquatableArray<RoleSpec> Roles, string? Description);

    internal sealed record PlaceSpec(
        Ref Id, PlaceKind Kind, string Name, EquatableArray<LocalizedName> Names, EquatableArray<string> Aliases,
        Ref? Within, double? Latitude, double? Longitude);

    internal sealed record TopicSpec(
        Ref Id, string Name, EquatableArray<LocalizedName> Names, EquatableArray<string> Aliases, string? Description);

    internal sealed record ParticipantSpec(Ref Actor, ParticipantRole Role);

    internal sealed record EventSpec(
        Ref Id, EventType Type, EventSubType SubType, SourceSpan SubTypeSpan, string Summary, string Start, string? End,
        SourceSpan DatesSpan, DatePrecision Precision, Ref? Place, EquatableArray<ParticipantSpec> Participants,
        EquatableArray<Ref> Causes, EquatableArray<EvidenceSpec> Reports);

    internal sealed record FigureSpec(
        Ref Id, Measure Measure, Ref Subject, string Value, Qualifier Qualifier, SourceSpan QualifierSpan,
        decimal? Low, decimal? High, string Unit, string? AsOf, Ref? ClaimedBy, EquatableArray<Ref> Via, Ref? Event,
        Ref? Place, string? Note, EvidenceSpec Evidence);

    internal sealed record StatementSpec(
        Ref Id, Ref Speaker, string Text, SourceSpan TextSpan, string? Date, Ref? Event, EvidenceSpec Evidence);

    internal sealed record IgnoreSpec(string Text, string Reason, int? Occurrence, SourceSpan Span);

    /// <summary>
    /// Everything parsed from one annotation file. <see cref="RelativePath"/> (forward slashes, relative to the
    /// project) names the generated source; <see cref="Path"/> is where diagnostics point.
    /// </summary>
    internal sealed record AnnotationFile(
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

    /// <summary>An article text passed as an additional file, keyed by its file name.</summary>
    internal sealed record SeedText(string FileName, string Path, string Text);

    /// <summary>The MSBuild settings the generator reads.</summary>
    internal sealed record GeneratorOptions(string Namespace, string ClassName, string? ProjectDirectory, bool EmitXmlDocs, bool EmitClaimAccessors);
}
