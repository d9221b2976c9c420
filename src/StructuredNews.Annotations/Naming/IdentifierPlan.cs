namespace StructuredNews.Annotations.Naming
{
    /// <summary>
    /// Decides, across all files, which ids get a typed accessor: the first declaration of an id (in path order)
    /// wins; a later duplicate id, or a later id whose member name is already taken, is skipped (and reported by
    /// the dataset checks), so the generated code always compiles.
    /// </summary>
    public static class IdentifierPlan
    {
        /// <summary>The accessor class of a kind inside the dataset class (<c>Kazakhstan2022.Actors</c>).</summary>
        // Spelled out: it is asked once per declaration, and formatting the enum made a string each time.
        public static string ClassNameOf(EntityKind kind) => kind switch
        {
            EntityKind.Article => "Articles",
            EntityKind.Actor => "Actors",
            EntityKind.Place => "Places",
            EntityKind.Topic => "Topics",
            EntityKind.Event => "Events",
            EntityKind.Figure => "Figures",
            EntityKind.Statement => "Statements",
            _ => kind + "s",
        };

        /// <summary>
        /// The first declaration of an id (in path order) wins; a later duplicate, or a later id whose member name is
        /// already taken in its accessor class, is skipped. Positions play no part.
        /// </summary>
        public static IdPlan Compute(IEnumerable<FileFacts> files)
        {
            var skipped = new List<SkippedMember>();
            var conflicts = new List<IdConflict>();
            var ordered = files.OrderBy(f => f.RelativePath, StringComparer.Ordinal).ToList();
            // Sized once for every declaration: grown step by step they were much of planning's garbage.
            var count = ordered.Sum(f => f.Ids.Count);
            var ids = new Dictionary<string, (string Path, int Index)>(count, StringComparer.Ordinal);
            var members = new Dictionary<(EntityKind, string), (string Path, int Index)>(count);
            foreach (var file in ordered)
            {
                for (var i = 0; i < file.Ids.Count; i++)
                {
                    var declared = file.Ids[i];
                    if (ids.TryGetValue(declared.Id, out var first))
                    {
                        skipped.Add(new SkippedMember(file.RelativePath, declared.Id));
                        conflicts.Add(new IdConflict(file.RelativePath, i, first.Path, first.Index, MemberTaken: false, ""));
                        continue;
                    }

                    ids.Add(declared.Id, (file.RelativePath, i));
                    var member = Identifiers.MemberName(declared.Id, ClassNameOf(declared.Kind));
                    if (members.TryGetValue((declared.Kind, member), out var owner))
                    {
                        skipped.Add(new SkippedMember(file.RelativePath, declared.Id));
                        conflicts.Add(new IdConflict(file.RelativePath, i, owner.Path, owner.Index, MemberTaken: true, member));
                        continue;
                    }

                    members.Add((declared.Kind, member), (file.RelativePath, i));
                }
            }

            return new IdPlan(skipped.ToEquatableArray(), conflicts.ToEquatableArray());
        }
    }
}
