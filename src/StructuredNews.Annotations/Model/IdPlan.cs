namespace StructuredNews.Annotations.Model
{
    /// <summary>
    /// A declaration that gets no typed accessor: the <paramref name="Index"/>th id of a file repeats an id declared
    /// earlier (<paramref name="MemberTaken"/> false), or its member name is taken by another id of its kind.
    /// </summary>
    public readonly record struct IdConflict(string RelativePath, int Index, string FirstPath, int FirstIndex, bool MemberTaken, string Member);

    /// <summary>An id whose typed accessor is not emitted because its id or member name is taken elsewhere.</summary>
    public sealed record SkippedMember(string RelativePath, string Id);

    /// <summary>
    /// The identifier plan of the whole dataset, without positions: the accessors it skips (for the emitters) and why
    /// (for the dataset checks, which report them).
    /// </summary>
    public sealed record IdPlan(EquatableArray<SkippedMember> Skipped, EquatableArray<IdConflict> Conflicts);
}
