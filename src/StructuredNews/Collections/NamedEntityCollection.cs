using System;
using System.Collections.Generic;

namespace StructuredNews
{
    /// <summary>Actors, places or topics, resolvable by any of their names or aliases.</summary>
    public sealed class NamedEntityCollection<T> : EntityCollection<T>
        where T : NamedEntity
    {
        private readonly NameIndex<T> byName;

        internal NamedEntityCollection(IEnumerable<T> items)
            : base(items)
        {
            var index = new Dictionary<string, List<T>>(StringComparer.Ordinal);
            foreach (var item in this)
            {
                AddKey(index, NameKey.Fold(item.Id), item);
                foreach (var name in item.AllNames())
                {
                    AddKey(index, NameKey.Fold(name), item);
                }
            }

            byName = new NameIndex<T>(index, index.Count);
        }

        private static void AddKey(Dictionary<string, List<T>> index, string key, T item)
        {
            if (key.Length == 0)
            {
                return;
            }

            if (!index.TryGetValue(key, out var list))
            {
                index.Add(key, list = new List<T>(1));
            }

            if (!list.Contains(item))
            {
                list.Add(item);
            }
        }

        /// <summary>
        /// The entity a name, alias or id refers to, ignoring case, accents and punctuation; when several match,
        /// the first declared. <see langword="null"/> when none does. Does not allocate.
        /// </summary>
        public T? Resolve(string name) => byName.FindFirst(name);

        /// <summary>Every entity a name, alias or id may refer to, in declaration order.</summary>
        public IReadOnlyList<T> ResolveAll(string name) => byName.Find(name) ?? Array.Empty<T>();
    }
}
