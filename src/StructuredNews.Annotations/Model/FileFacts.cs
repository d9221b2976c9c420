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
        EquatableArray<LinkIds> Causes)
    {
        public static FileFacts Of(AnnotationFile file) => FileOutline.Of(file).Facts();
    }

    /// <summary>An entity and the ids it points to through one kind of link (<c>within</c>, <c>causes</c>), without positions.</summary>
    public sealed record LinkIds(string From, EquatableArray<string> To);

    /// <summary>An entity and the ids it points to through one kind of link, where they are written.</summary>
    public sealed record Link(Ref From, EquatableArray<Ref> To);

    /// <summary>
    /// What the dataset checks may point at in one file: its declarations, its dataset section and its links, with
    /// their positions. Findings made without positions (<see cref="Anchor"/>) are put at their places through it.
    /// </summary>
    public sealed record FileOutline(FileDeclarations Declarations, DatasetSpec? Dataset, EquatableArray<Link> Within, EquatableArray<Link> Causes)
    {
        public string RelativePath => Declarations.RelativePath;

        public static FileOutline Of(AnnotationFile file) => new FileOutline(
            FileDeclarations.Of(file),
            file.Dataset,
            file.Places.Where(p => p.Within != null).Select(p => new Link(p.Id, new[] { p.Within! }.ToEquatableArray())).ToEquatableArray(),
            file.Events.Where(e => e.Causes.Count > 0).Select(e => new Link(e.Id, e.Causes)).ToEquatableArray());

        /// <summary>The outline without positions.</summary>
        public FileFacts Facts() => new FileFacts(RelativePath, Declarations.Ids(), Dataset != null, IdsOf(Within), IdsOf(Causes));

        /// <summary>Where an anchor into this file points.</summary>
        public SourceSpan SpanOf(Anchor anchor) => anchor.Kind switch
        {
            AnchorKind.DatasetSection => Dataset!.Span,
            AnchorKind.Declaration => Declarations.Declarations[anchor.Index].Id.Span,
            AnchorKind.Within => Within[anchor.Index].To[anchor.Item].Span,
            AnchorKind.Cause => Causes[anchor.Index].To[anchor.Item].Span,
            _ => SourceSpan.FileStart(Declarations.RelativePath),
        };

        private static EquatableArray<LinkIds> IdsOf(EquatableArray<Link> links) =>
            links.Select(l => new LinkIds(l.From.Id, l.To.Select(t => t.Id).ToEquatableArray())).ToEquatableArray();
    }
}
