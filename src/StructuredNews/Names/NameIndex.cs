using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;

namespace StructuredNews
{
    /// <summary>What every <see cref="NameIndex{T}"/> on a thread shares.</summary>
    internal static class NameIndex
    {
        // Shared by every index on a thread and grown to the longest key of any; a query whose key is longer than
        // the buffer matches no key, so it is never folded to the end. Not in NameIndex<T>: a generic class's
        // thread statics are reached through a runtime helper, which cost a third of a lookup.
        [ThreadStatic]
        private static char[]? buffer;

        /// <summary>This thread's buffer for folded queries, at least <paramref name="length"/> chars long.</summary>
        public static char[] Buffer(int length)
        {
            var current = buffer;
            if (current == null || current.Length < length)
            {
                buffer = current = new char[Math.Max(length, 64)];
            }

            return current;
        }
    }

    /// <summary>
    /// Folded name → entities, looked up without allocating: the query is folded once into a per-thread buffer
    /// (see <see cref="NameKey.FoldInto"/>), hashed, and compared with the stored keys. Open addressing over a
    /// power-of-two table.
    /// </summary>
    internal sealed class NameIndex<T>
        where T : class
    {
        private readonly Entry[] entries;
        private readonly int mask;
        private readonly int longestKey;

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
                var key = NameIndex.Buffer(pair.Key.Length);
                pair.Key.CopyTo(0, key, 0, pair.Key.Length);
                var hash = NameKey.Hash(key, pair.Key.Length);
                var slot = hash & mask;
                while (entries[slot].Key != null)
                {
                    slot = (slot + 1) & mask;
                }

                entries[slot] = new Entry(pair.Key, hash, new ReadOnlyCollection<T>(pair.Value.ToArray()));
                longestKey = Math.Max(longestKey, pair.Key.Length);
            }
        }

        /// <summary>The entities whose key <paramref name="name"/> folds to, or <see langword="null"/>.</summary>
        public IReadOnlyList<T>? Find(string name)
        {
            var slot = Lookup(name);
            return slot < 0 ? null : entries[slot].Matches;
        }

        /// <summary>The first of <see cref="Find"/>, or <see langword="null"/>.</summary>
        public T? FindFirst(string name)
        {
            var slot = Lookup(name);
            return slot < 0 ? null : entries[slot].First;
        }

        private int Lookup(string name)
        {
            var key = NameIndex.Buffer(longestKey);
            var length = NameKey.FoldInto(name, key);
            if (length <= 0)
            {
                return -1; // longer than any key, or no letters at all: keys are never empty
            }

            var hash = NameKey.Hash(key, length);
            for (var slot = hash & mask; entries[slot].Key is { } candidate; slot = (slot + 1) & mask)
            {
                if (entries[slot].Hash == hash && Equal(candidate, key, length))
                {
                    return slot;
                }
            }

            return -1;
        }

        private static bool Equal(string candidate, char[] key, int length)
        {
            if (candidate.Length != length)
            {
                return false;
            }

#if NETCOREAPP
            return candidate.AsSpan().SequenceEqual(new ReadOnlySpan<char>(key, 0, length));
#else
            for (var i = 0; i < length; i++)
            {
                if (candidate[i] != key[i])
                {
                    return false;
                }
            }

            return true;
#endif
        }

        private readonly struct Entry
        {
            public Entry(string key, int hash, IReadOnlyList<T> matches)
            {
                Key = key;
                Hash = hash;
                Matches = matches;
                First = matches[0];
            }

            public string? Key { get; }

            public int Hash { get; }

            public IReadOnlyList<T> Matches { get; }

            // Matches[0], held apart so that resolving one entity makes no interface calls.
            public T First { get; }
        }
    }
}
