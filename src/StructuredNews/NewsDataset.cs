using System;
using System.Collections.Generic;
using System.Linq;
using StructuredNews.Storage;

namespace StructuredNews
{
    /// <summary>
    /// A compiled dataset: articles, actors, places, topics, events, figures and statements, with lookups.
    /// Generated datasets expose one as a static property (e.g. <c>Kazakhstan2022.Dataset</c>); it is immutable.
    /// </summary>
    public sealed class NewsDataset
    {
        private readonly Lazy<EntityCollection<Article>> articles;
        private readonly Lazy<NamedEntityCollection<Actor>> actors;
        private readonly Lazy<NamedEntityCollection<Place>> places;
        private readonly Lazy<NamedEntityCollection<Topic>> topics;
        private readonly Lazy<EventCollection> events;
        private readonly Lazy<FigureCollection> figures;
        private readonly Lazy<EntityCollection<Statement>> statements;
        private readonly Lazy<IReadOnlyList<FigureSeries>> series;

        // Each kind is materialised on first use, so a query about actors never decodes the figures.
        internal NewsDataset(string id, string title, EntitySource source)
        {
            Id = id;
            Title = title;
            articles = Collection(() => new EntityCollection<Article>(source.Articles()));
            actors = Collection(() => new NamedEntityCollection<Actor>(source.Actors()));
            places = Collection(() => new NamedEntityCollection<Place>(source.Places()));
            topics = Collection(() => new NamedEntityCollection<Topic>(source.Topics()));
            events = Collection(() => new EventCollection(source.Events()));
            figures = new Lazy<FigureCollection>(() => source.Figures(this));
            statements = Collection(() => new EntityCollection<Statement>(source.Statements()));
            series = new Lazy<IReadOnlyList<FigureSeries>>(BuildSeries);
        }

        /// <summary>
        /// A dataset over the tables generated code holds (one per annotation file, in <see cref="Storage.TableFormat"/>):
        /// <paramref name="tables"/> returns table 0 to <paramref name="count"/> - 1. Entities are decoded kind by
        /// kind on first use, straight from the tables.
        /// </summary>
        [System.ComponentModel.EditorBrowsable(System.ComponentModel.EditorBrowsableState.Never)]
        public static NewsDataset FromTables(string id, string title, int count, Storage.TableData tables)
        {
            if (count < 0)
            {
                throw new ArgumentOutOfRangeException(nameof(count));
            }

            return new NewsDataset(id, title, new Storage.TableSource(count, tables ?? throw new ArgumentNullException(nameof(tables))));
        }

        internal void Materialize()
        {
            _ = articles.Value;
            _ = actors.Value;
            _ = places.Value;
            _ = topics.Value;
            _ = events.Value;
            _ = figures.Value;
            _ = statements.Value;
        }

        // The annotation only repeats Lazy<T>'s, so that trimmed apps build without warnings (no constructor is used).
#if NET
        private Lazy<TCollection> Collection<[System.Diagnostics.CodeAnalysis.DynamicallyAccessedMembers(System.Diagnostics.CodeAnalysis.DynamicallyAccessedMemberTypes.PublicParameterlessConstructor)] TCollection>(Func<TCollection> create)
#else
        private Lazy<TCollection> Collection<TCollection>(Func<TCollection> create)
#endif
            where TCollection : IEnumerable<Entity> =>
            new Lazy<TCollection>(() =>
            {
                var collection = create();
                foreach (var entity in collection)
                {
                    entity.Attach(this);
                }

                return collection;
            });

        /// <summary>The dataset's id.</summary>
        public string Id { get; }

        /// <summary>The dataset's title.</summary>
        public string Title { get; }

        /// <summary>The annotated articles.</summary>
        public EntityCollection<Article> Articles => articles.Value;

        /// <summary>People, bodies, forces, groups, countries and outlets.</summary>
        public NamedEntityCollection<Actor> Actors => actors.Value;

        /// <summary>Countries, regions, cities and sites.</summary>
        public NamedEntityCollection<Place> Places => places.Value;

        /// <summary>Things counted or priced that are neither actors nor places.</summary>
        public NamedEntityCollection<Topic> Topics => topics.Value;

        /// <summary>Events, chronologically.</summary>
        public EventCollection Events => events.Value;

        /// <summary>Numeric claims.</summary>
        public FigureCollection Figures => figures.Value;

        /// <summary>Direct quotes.</summary>
        public EntityCollection<Statement> Statements => statements.Value;

        /// <summary>Groups of figures about the same measure and subject whose bounds are not all equal.</summary>
        /// <remarks>
        /// Mixes contradictions with updates and agreeing ranges: use <see cref="Contradictions"/>, or <see cref="Series"/>
        /// with the kind of each step.
        /// </remarks>
        [Obsolete("Conflicts mixes contradictions with revisions and agreeing ranges. Use Contradictions, or Series and the Kind of each step.")]
        public IReadOnlyList<FigureConflict> Conflicts => FindConflicts();

        /// <summary>
        /// The figures of each measure, subject and unit as a series in as-of order, each step classified as consistent,
        /// a revision or a contradiction (docs/reconciliation.md); ordered by measure, subject id and unit.
        /// </summary>
        public IReadOnlyList<FigureSeries> Series => series.Value;

        /// <summary>Every step between figures that contradict each other, in series order.</summary>
        public IEnumerable<FigureStep> Contradictions => Series.SelectMany(s => s.Steps).Where(s => s.Kind == StepKind.Contradiction);

        /// <summary>The series of a measure and subject, one per unit (usually one).</summary>
        public IEnumerable<FigureSeries> SeriesOf(Measure measure, string subjectId) =>
            Series.Where(s => s.Measure == measure && string.Equals(s.SubjectId, subjectId, StringComparison.Ordinal));

        /// <summary>Every entity, of any kind, in the order articles, actors, places, topics, events, figures, statements.</summary>
        public IEnumerable<Entity> All =>
            Articles.Cast<Entity>().Concat(Actors).Concat(Places).Concat(Topics).Concat(Events).Concat(Figures).Concat(Statements);

        /// <summary>The actor, place or topic with an id, or <see langword="null"/>.</summary>
        public NamedEntity? FindNamed(string id) =>
            (NamedEntity?)Actors.Find(id) ?? (NamedEntity?)Places.Find(id) ?? Topics.Find(id);

        /// <summary>The entity of any kind with an id, or <see langword="null"/>.</summary>
        public Entity? Find(string id) =>
            (Entity?)FindNamed(id) ?? (Entity?)Articles.Find(id) ?? (Entity?)Events.Find(id) ?? (Entity?)Figures.Find(id) ?? Statements.Find(id);

        /// <summary>The actor, place or topic a name or alias refers to (actors first, then places, then topics).</summary>
        public NamedEntity? Resolve(string name) =>
            (NamedEntity?)Actors.Resolve(name) ?? (NamedEntity?)Places.Resolve(name) ?? Topics.Resolve(name);

        /// <summary>Every actor, place and topic a name or alias may refer to.</summary>
        public IReadOnlyList<NamedEntity> ResolveAll(string name) =>
            Actors.ResolveAll(name).Cast<NamedEntity>().Concat(Places.ResolveAll(name)).Concat(Topics.ResolveAll(name)).ToArray();

        /// <summary>Everything an article reports.</summary>
        public ArticleContents Report(Article article) =>
            new ArticleContents(
                article,
                Events.ReportedBy(article).ToArray(),
                Figures.In(article),
                Statements.Where(s => s.Evidence.ArticleId == article.Id).ToArray());

        private IReadOnlyList<FigureSeries> BuildSeries() =>
            Figures
                .GroupBy(f => (f.Measure, f.SubjectId, f.Unit))
                .OrderBy(g => g.Key.Measure)
                .ThenBy(g => g.Key.SubjectId, StringComparer.Ordinal)
                .ThenBy(g => g.Key.Unit, StringComparer.Ordinal)
                .Select(g => new FigureSeries(g.Key.Measure, g.Key.SubjectId, g.Key.Unit, g))
                .ToArray();

        private IReadOnlyList<FigureConflict> FindConflicts()
        {
            var result = new List<FigureConflict>();
            var groups = Figures
                .GroupBy(f => (f.Measure, f.SubjectId))
                .OrderBy(g => g.Key.Measure)
                .ThenBy(g => g.Key.SubjectId, StringComparer.Ordinal);
            foreach (var group in groups)
            {
                var figures = group.OrderBy(f => f.AsOf == null).ThenBy(f => f.AsOf ?? default).ThenBy(f => f.Id, StringComparer.Ordinal).ToArray();
                if (figures.Any(f => !f.AgreesWith(figures[0])))
                {
                    result.Add(new FigureConflict(group.Key.Measure, group.Key.SubjectId, figures));
                }
            }

            return result;
        }
    }
}
