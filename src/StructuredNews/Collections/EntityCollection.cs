using System;
using System.Collections;
using System.Collections.Generic;

namespace StructuredNews
{
    /// <summary>The entities of one kind in declaration order, with O(1) lookup by id.</summary>
    public class EntityCollection<T> : IReadOnlyList<T>
        where T : Entity
    {
        private readonly T[] items;
        private readonly Dictionary<string, T> byId;

        internal EntityCollection(IEnumerable<T> items)
        {
            var capacity = items is ICollection<T> collection ? collection.Count : 0;
            var list = new List<T>(capacity);
            byId = new Dictionary<string, T>(capacity, StringComparer.Ordinal);
            foreach (var item in items)
            {
                // The generator reports duplicate ids; if one is downgraded from an error, the first wins.
                if (!byId.ContainsKey(item.Id))
                {
                    byId.Add(item.Id, item);
                    list.Add(item);
                }
            }

            this.items = list.ToArray();
        }

        /// <summary>The number of entities.</summary>
        public int Count => items.Length;

        /// <summary>The entity at a position in declaration order.</summary>
        public T this[int index] => items[index];

        /// <summary>The entity with an id; throws <see cref="KeyNotFoundException"/> when there is none.</summary>
        public T this[string id] =>
            byId.TryGetValue(id, out var item) ? item : throw new KeyNotFoundException("No " + typeof(T).Name.ToLowerInvariant() + " has the id '" + id + "'.");

        /// <summary>The entity with an id, or <see langword="null"/>.</summary>
        public T? Find(string id) => byId.TryGetValue(id, out var item) ? item : null;

        /// <summary>Looks up an entity by id.</summary>
        public bool TryGet(string id, out T item)
        {
            if (byId.TryGetValue(id, out var found))
            {
                item = found;
                return true;
            }

            item = null!;
            return false;
        }

        /// <summary>Whether an entity has the id.</summary>
        public bool Contains(string id) => byId.ContainsKey(id);

        /// <inheritdoc/>
        public IEnumerator<T> GetEnumerator() => ((IEnumerable<T>)items).GetEnumerator();

        IEnumerator IEnumerable.GetEnumerator() => items.GetEnumerator();
    }
}
