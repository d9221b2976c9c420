using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;

namespace StructuredNews
{
    /// <summary>
    /// Folded name → entities, looked up without allocating: the query is folded while it is hashed and compared
    /// (see <see cref="NameKey"/>). Open addressing over a power-of-two table.
    /// </summary>
    internal sealed class NameIndex<T>
        where T : class
    {
        private readonly Entry[] entries;
        private readonly int mask;

        public NameIndex(IEnumerable<KeyValuePair<string, List<T>>> keys, int count)
        {
            var size = 4;
            while (size < count * 2)
            {
                size <<= 1;
            }

            entries = new Entry[size];
            mask = size - 1;
            foreach (var pair in keys)
            {
                var hash = NameKey.Hash(pair.Key);
                var slot = hash & mask;
                while (entries[slot].Key != null)
                {
                    slot = (slot + 1) & mask;
                }

                entries[slot] = new Entry(pair.Key, hash, new ReadOnlyCollection<T>(pair.Value.ToArray()));
            }
        }

        public IReadOnlyList<T>? Find(string name)
        {
            var hash = NameKey.Hash(name);
            for (var slot = hash & mask; entries[slot].Key is { } key; slot = (slot + 1) & mask)
            {
                if (entries[slot].Hash == hash && NameKey.Matches(name, key))
                {
                    return entries[slot].Matches;
                }
            }

            return null;
        }

        private readonly struct Entry
        {
            public Entry(string key, int hash, IReadOnlyList<T> matches)
            {
                Key = key;
                Hash = hash;
                Matches = matches;
            }

            public string? Key { get; }

            public int Hash { get; }

            public IReadOnlyList<T> Matches { get; }
        }
    }
}
