using System;
using System.Collections;
using System.Collections.Generic;
using System.Threading;

namespace StructuredNews
{
    /// <summary>The entities of one kind in declaration order, with O(1) lookup by id.</summary>
    public class EntityCollection<T> : IReadOnlyList<T>
        where T : Entity
    {
        private readonly object? gate;
        private Func<IEnumerable<T>>? pending;
        private Contents? contents;

        internal EntityCollection(IEnumerable<T> items) => contents = new Contents(items);

        /// <summary>
        /// A collection whose entities are listed only when first needed: a subclass may answer its own queries
        /// from a cheaper source until then (figures by measure decode only that measure's figures).
        /// </summary>
        private protected EntityCollection(Func<IEnumerable<T>> pending)
        {
            this.pending = pending;
            gate = new object();
        }

        private Contents Filled => Volatile.Read(ref contents) ?? Fill();

        /// <summary>The number of entities.</summary>
        public int Count => Filled.Items.Length;

        /// <summary>The entity at a position in declaration order.</summary>
        public T this[int index] => Filled.Items[index];

        /// <summary>The entity with an id; throws <see cref="KeyNotFoundException"/> when there is none.</summary>
        public T this[string id] =>
            Filled.ById.TryGetValue(id, out var item) ? item : throw new KeyNotFoundException("No " + typeof(T).Name.ToLowerInvariant() + " has the id '" + id + "'.");

        /// <summary>The entity with an id, or <see langword="null"/>.</summary>
        public T? Find(string id) => Filled.ById.TryGetValue(id, out var item) ? item : null;

        /// <summary>Looks up an entity by id.</summary>
        public bool TryGet(string id, out T item)
        {
            if (Filled.ById.TryGetValue(id, out var found))
            {
                item = found;
                return true;
            }

            item = null!;
            return false;
        }

        /// <summary>Whether an entity has the id.</summary>
        public bool Contains(string id) => Filled.ById.ContainsKey(id);

        /// <inheritdoc/>
        public IEnumerator<T> GetEnumerator() => ((IEnumerable<T>)Filled.Items).GetEnumerator();

        IEnumerator IEnumerable.GetEnumerator() => Filled.Items.GetEnumerator();

        private Contents Fill()
        {
            lock (gate!)
            {
                var filled = contents;
                if (filled == null)
                {
                    filled = new Contents(pending!());
                    Volatile.Write(ref contents, filled);
                    pending = null;
                }

                return filled;
            }
        }

        // The entities and their id lookup, published together.
        private sealed class Contents
        {
            public Contents(IEnumerable<T> entities)
            {
                var capacity = entities is ICollection<T> collection ? collection.Count : 0;
                var list = new List<T>(capacity);
                ById = new Dictionary<string, T>(capacity, StringComparer.Ordinal);
                foreach (var item in entities)
                {
                    // The generator reports duplicate ids; if one is downgraded from an error, the first wins.
                    if (!ById.ContainsKey(item.Id))
                    {
                        ById.Add(item.Id, item);
                        list.Add(item);
                    }
                }

                Items = list.ToArray();
            }

            public T[] Items { get; }

            public Dictionary<string, T> ById { get; }
        }
    }
}
