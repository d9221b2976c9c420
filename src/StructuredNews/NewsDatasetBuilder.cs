using System;
using System.Collections.Generic;

namespace StructuredNews
{
    /// <summary>
    /// Collects entities and builds a <see cref="NewsDataset"/>. Generated code fills one per dataset, file by file;
    /// tests and tools may build datasets by hand. References are by id and are not checked here: the generator
    /// checks them at compile time.
    /// </summary>
    public sealed class NewsDatasetBuilder
    {
        private readonly string id;
        private readonly string title;
        private bool built;

        /// <summary>Starts a dataset.</summary>
        public NewsDatasetBuilder(string id, string title)
        {
            this.id = id ?? throw new ArgumentNullException(nameof(id));
            this.title = title ?? throw new ArgumentNullException(nameof(title));
        }

        internal List<Article> Articles { get; } = new List<Article>();
        internal List<Actor> Actors { get; } = new List<Actor>();
        internal List<Place> Places { get; } = new List<Place>();
        internal List<Topic> Topics { get; } = new List<Topic>();
        internal List<Event> Events { get; } = new List<Event>();
        internal List<Figure> Figures { get; } = new List<Figure>();
        internal List<Statement> Statements { get; } = new List<Statement>();

        /// <summary>Adds an article.</summary>
        public NewsDatasetBuilder Add(Article article) => Add(Articles, article);

        /// <summary>Adds an actor.</summary>
        public NewsDatasetBuilder Add(Actor actor) => Add(Actors, actor);

        /// <summary>Adds a place.</summary>
        public NewsDatasetBuilder Add(Place place) => Add(Places, place);

        /// <summary>Adds a topic.</summary>
        public NewsDatasetBuilder Add(Topic topic) => Add(Topics, topic);

        /// <summary>Adds an event.</summary>
        public NewsDatasetBuilder Add(Event @event) => Add(Events, @event);

        /// <summary>Adds a figure.</summary>
        public NewsDatasetBuilder Add(Figure figure) => Add(Figures, figure);

        /// <summary>Adds a statement.</summary>
        public NewsDatasetBuilder Add(Statement statement) => Add(Statements, statement);

        private NewsDatasetBuilder Add<T>(List<T> list, T entity)
            where T : Entity
        {
            if (built)
            {
                throw new InvalidOperationException("The dataset has already been built.");
            }

            list.Add(entity ?? throw new ArgumentNullException(nameof(entity)));
            return this;
        }

        /// <summary>Builds the dataset and its lookups; the builder cannot be used afterwards.</summary>
        public NewsDataset Build()
        {
            if (built)
            {
                throw new InvalidOperationException("The dataset has already been built.");
            }

            built = true;
            var dataset = new NewsDataset(id, title, new Storage.ListSource(this));
            dataset.Materialize(); // so entities the caller still holds are attached at once
            return dataset;
        }
    }
}
