namespace StructuredNews.Annotations.Model
{
    /// <summary>What an <see cref="Anchor"/> points at in a file's <see cref="FileOutline"/>.</summary>
    public enum AnchorKind
    {
        /// <summary>The file's <c>dataset</c> section.</summary>
        DatasetSection,

        /// <summary>The <see cref="Anchor.Index"/>th declared id of the file.</summary>
        Declaration,

        /// <summary>The <see cref="Anchor.Item"/>th target of the <see cref="Anchor.Index"/>th <c>within</c> link.</summary>
        Within,

        /// <summary>The <see cref="Anchor.Item"/>th target of the <see cref="Anchor.Index"/>th <c>causes</c> link.</summary>
        Cause,

        /// <summary>The <see cref="Anchor.Index"/>th name by language or alias of the file's actors, places and topics.</summary>
        Spelling,

        /// <summary>The unit of the <see cref="Anchor.Index"/>th figure of the file.</summary>
        Unit,
    }

    /// <summary>A place in a file named without its position, so that findings stay equal while edits only move lines.</summary>
    public readonly record struct Anchor(string RelativePath, AnchorKind Kind, int Index, int Item = 0);

    /// <summary>A message argument: text, followed by the position of <see cref="At"/> when it is set (<c>file.yaml(3,5)</c>).</summary>
    public readonly record struct MessageArgument(string Text, Anchor? At = null)
    {
        public static implicit operator MessageArgument(string text) => new MessageArgument(text);
    }

    /// <summary>
    /// A problem a dataset check found, without positions: the diagnostic id, where it is, a related place, and the
    /// message arguments. Reported only after it is put at its place (<see cref="FileOutline.SpanOf"/>).
    /// </summary>
    public sealed record Finding(string DiagnosticId, Anchor At, Anchor? Related, EquatableArray<MessageArgument> Arguments);

    /// <summary>
    /// Everything the dataset checks look at: each file's facts (in ordinal path order), the identifier plan and
    /// which spellings the article texts use. Position-free and text-free, so the checks across files re-run only
    /// when facts change, or the set of spellings the texts use.
    /// </summary>
    public sealed record DatasetFacts(EquatableArray<FileFacts> Files, IdPlan Plan, SpellingUse Spellings)
    {
        /// <summary>The facts of every file in ordinal path order, with the plan made from them and the spellings used.</summary>
        public static DatasetFacts Of(IEnumerable<FileFacts> files, IdPlan plan, SpellingUse spellings) =>
            new DatasetFacts(files.OrderBy(f => f.RelativePath, StringComparer.Ordinal).ToEquatableArray(), plan, spellings);
    }
}
