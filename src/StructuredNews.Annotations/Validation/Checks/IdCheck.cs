using StructuredNews.Annotations.Naming;

namespace StructuredNews.Annotations.Validation
{
    /// <summary>
    /// Ids are unique across all files and kinds (SN0008), and no two ids of a kind make the same C# member name
    /// (SN0016): the identifier plan's conflicts, at the later declaration, with the first as related location.
    /// </summary>
    public sealed class IdCheck : IDatasetCheck
    {
        public IEnumerable<Finding> Find(DatasetFacts input)
        {
            if (input.Plan.Conflicts.Count == 0)
            {
                yield break;
            }

            var byPath = new Dictionary<string, FileFacts>(StringComparer.Ordinal);
            foreach (var file in input.Files)
            {
                if (!byPath.ContainsKey(file.RelativePath))
                {
                    byPath.Add(file.RelativePath, file);
                }
            }

            foreach (var conflict in input.Plan.Conflicts)
            {
                var declared = byPath[conflict.RelativePath].Ids[conflict.Index];
                var first = byPath[conflict.FirstPath].Ids[conflict.FirstIndex];
                var at = new Anchor(conflict.RelativePath, AnchorKind.Declaration, conflict.Index);
                var firstAt = new Anchor(conflict.FirstPath, AnchorKind.Declaration, conflict.FirstIndex);
                yield return conflict.MemberTaken
                    ? new Finding(DiagnosticDescriptors.IdentifierCollision.Id, at, firstAt, new MessageArgument[]
                    {
                        declared.Id, IdentifierPlan.ClassNameOf(declared.Kind) + "." + conflict.Member.TrimStart('@'), first.Id,
                    }.ToEquatableArray())
                    : new Finding(DiagnosticDescriptors.DuplicateId.Id, at, firstAt, new MessageArgument[]
                    {
                        declared.Id, new MessageArgument(first.Kind.Describe() + " at ", firstAt),
                    }.ToEquatableArray());
            }
        }
    }
}
