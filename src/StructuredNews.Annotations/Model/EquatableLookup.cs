namespace StructuredNews.Annotations.Model
{
    /// <summary>
    /// A read-only map from ids to values that compares by value (its entries, in ordinal key order): what a step
    /// across files hands to per-file steps, so that they stay cached while the map's contents stay the same.
    /// </summary>
    public sealed class EquatableLookup<TValue> : IEquatable<EquatableLookup<TValue>>
    {
        private readonly Dictionary<string, TValue> byKey;

        public EquatableLookup(IEnumerable<KeyValuePair<string, TValue>> items)
        {
            Entries = items.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => (p.Key, p.Value)).ToEquatableArray();
            byKey = new Dictionary<string, TValue>(Entries.Count, StringComparer.Ordinal);
            foreach (var (key, value) in Entries)
            {
                byKey[key] = value;
            }
        }

        /// <summary>The entries in ordinal key order.</summary>
        public EquatableArray<(string Key, TValue Value)> Entries { get; }

        public bool TryGetValue(string key, out TValue value) => byKey.TryGetValue(key, out value!);

        public bool Equals(EquatableLookup<TValue>? other) => other != null && Entries.Equals(other.Entries);

        public override bool Equals(object? obj) => Equals(obj as EquatableLookup<TValue>);

        public override int GetHashCode() => Entries.Count;
    }
}
