namespace StructuredNews.Annotations.Model
{
    /// <summary>
    /// What one file contributes to the values built across files (the dataset index, the identifier plan, the
    /// dataset checks), without positions: equal before and after an edit that only moves lines or changes text
    /// that no other file depends on, so that the steps across files stay cached.
    /// </summary>
    public sealed record FileFacts(
        string RelativePath,
        EquatableArray<DeclaredId> Ids,
        bool HasDataset,
        EquatableArray<LinkIds> Within,
        EquatableArray<LinkIds> Causes,
        ArticleFacts? Article,
        EquatableArray<DatedId> EventStarts,
        EquatableArray<SpellingFact> Spellings,
        EquatableArray<string> Units)
    {
        public static FileFacts Of(AnnotationFile file) => FileOutline.Of(file).Facts();
    }

    /// <summary>What other files' checks need of an article: its language and publication date.</summary>
    public sealed record ArticleFacts(string Id, string Language, string? Published);

    /// <summary>An id with a date (an event and its start).</summary>
    public readonly record struct DatedId(string Id, string Date);

    /// <summary>A name by language or (<see cref="IsAlias"/>) an alias of an actor, place or topic, without its position.</summary>
    public readonly record struct SpellingFact(string EntityId, string Text, bool IsAlias);

    /// <summary>An entity and the ids it points to through one kind of link (<c>within</c>, <c>causes</c>), without positions.</summary>
    public sealed record LinkIds(string From, EquatableArray<string> To);

    /// <summary>An entity and the ids it points to through one kind of link, where they are written.</summary>
    public sealed record Link(Ref From, EquatableArray<Ref> To);

    /// <summary>
    /// What the dataset checks may point at in one file: its declarations, its dataset section and its links, with
    /// their positions. Findings made without positions (<see cref="Anchor"/>) are put at their places through it.
    /// </summary>
    public sealed record FileOutline(
        FileDeclarations Declarations,
        DatasetSpec? Dataset,
        EquatableArray<Link> Within,
        EquatableArray<Link> Causes,
        ArticleFacts? Article,
        EquatableArray<DatedId> EventStarts,
        EquatableArray<(string EntityId, Spelling Spelling, bool IsAlias)> Spellings,
        EquatableArray<Spelling> Units)
    {
        public string RelativePath => Declarations.RelativePath;

        public static FileOutline Of(AnnotationFile file) => new FileOutline(
            FileDeclarations.Of(file),
            file.Dataset,
            file.Places.Where(p => p.Within != null).Select(p => new Link(p.Id, new[] { p.Within! }.ToEquatableArray())).ToEquatableArray(),
            file.Events.Where(e => e.Causes.Count > 0).Select(e => new Link(e.Id, e.Causes)).ToEquatableArray(),
            file.Article is { } a ? new ArticleFacts(a.Id.Id, a.Language, a.Published) : null,
            file.Events.Select(e => new DatedId(e.Id.Id, e.Start)).ToEquatableArray(),
            SpellingsOf(file.Actors.Select(a => (a.Id, a.Naming)).Concat(file.Places.Select(p => (p.Id, p.Naming))).Concat(file.Topics.Select(t => (t.Id, t.Naming)))),
            file.Figures.Select(f => new Spelling(f.Unit, f.Spans.Unit)).ToEquatableArray());

        /// <summary>The outline without positions.</summary>
        public FileFacts Facts() => new FileFacts(RelativePath, Declarations.Ids(), Dataset != null, IdsOf(Within), IdsOf(Causes), Article, EventStarts,
            Spellings.Select(s => new SpellingFact(s.EntityId, s.Spelling.Text, s.IsAlias)).ToEquatableArray(), Units.Select(u => u.Text).ToEquatableArray());

        /// <summary>Where an anchor into this file points.</summary>
        public SourceSpan SpanOf(Anchor anchor) => anchor.Kind switch
        {
            AnchorKind.DatasetSection => Dataset!.Span,
            AnchorKind.Declaration => Declarations.Declarations[anchor.Index].Id.Span,
            AnchorKind.Within => Within[anchor.Index].To[anchor.Item].Span,
            AnchorKind.Cause => Causes[anchor.Index].To[anchor.Item].Span,
            AnchorKind.Spelling => Spellings[anchor.Index].Spelling.Span,
            AnchorKind.Unit => Units[anchor.Index].Span,
            _ => SourceSpan.FileStart(Declarations.RelativePath),
        };

        // The names by language and the aliases an article text should contain (search aliases need not).
        private static EquatableArray<(string EntityId, Spelling Spelling, bool IsAlias)> SpellingsOf(IEnumerable<(Ref Id, NamesSpec Naming)> entities) =>
            entities.SelectMany(e => e.Naming.Names.Select(n => (e.Id.Id, new Spelling(n.Name, n.Span), false)).Concat(e.Naming.Aliases.Select(a => (e.Id.Id, a, true)))).ToEquatableArray();

        private static EquatableArray<LinkIds> IdsOf(EquatableArray<Link> links) =>
            links.Select(l => new LinkIds(l.From.Id, l.To.Select(t => t.Id).ToEquatableArray())).ToEquatableArray();
    }
}
