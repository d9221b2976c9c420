using System;

namespace StructuredNews
{
    /// <summary>Anything with a dataset-wide id: articles, actors, places, topics, events, figures, statements.</summary>
    public abstract class Entity
    {
        private NewsDataset? dataset;

        /// <summary>Creates an entity with its id.</summary>
        protected Entity(string id) => Id = id ?? throw new ArgumentNullException(nameof(id));

        /// <summary>The id, unique across all entities of the dataset.</summary>
        public string Id { get; }

        /// <summary>The dataset this entity belongs to; references to other entities resolve through it.</summary>
        public NewsDataset Dataset =>
            dataset ?? throw new InvalidOperationException("Entity '" + Id + "' has not been added to a dataset yet.");

        // Set once by NewsDatasetBuilder.Build; entities are immutable after that.
        internal void Attach(NewsDataset owner) => dataset = owner;

        /// <inheritdoc/>
        public override string ToString() => Id;
    }
}
