namespace StructuredNews.Annotations.Model
{
    /// <summary>
    /// What a file's checks may look up about the rest of the dataset: every declared id and its kind (the first
    /// declaration, in path order, wins). It compares by value and holds no positions, so it stays equal while edits
    /// only move lines, and the file checks of other files stay cached.
    /// </summary>
    public sealed class DatasetIndex : IEquatable<DatasetIndex>
    {
        private readonly EquatableLookup<EntityKind> kinds;

        private DatasetIndex(EquatableLookup<EntityKind> kinds) => this.kinds = kinds;

        public static DatasetIndex Build(IEnumerable<FileFacts> files)
        {
            var seen = new Dictionary<string, EntityKind>(StringComparer.Ordinal);
            foreach (var declared in files.OrderBy(f => f.RelativePath, StringComparer.Ordinal).SelectMany(f => f.Ids))
            {
                if (!seen.ContainsKey(declared.Id))
                {
                    seen.Add(declared.Id, declared.Kind);
                }
            }

            return new DatasetIndex(new EquatableLookup<EntityKind>(seen));
        }

        public EntityKind? KindOf(string id) => kinds.TryGetValue(id, out var kind) ? kind : null;

        /// <summary>The ids of some kinds, in ordinal order (for "did you mean" suggestions).</summary>
        public IEnumerable<string> IdsOf(IReadOnlyCollection<EntityKind> allowed) => kinds.Entries.Where(e => allowed.Contains(e.Value)).Select(e => e.Key);

        public bool Equals(DatasetIndex? other) => other != null && kinds.Equals(other.kinds);

        public override bool Equals(object? obj) => Equals(obj as DatasetIndex);

        public override int GetHashCode() => kinds.GetHashCode();
    }
}
