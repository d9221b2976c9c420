using System;
using System.Collections.Generic;

namespace StructuredNews
{
    /// <summary>
    /// Figures in declaration order, indexed by measure, subject, claimant and article. Each index is built on its
    /// first use, so a first query pays only for the index it needs.
    /// </summary>
    public sealed class FigureCollection : EntityCollection<Figure>
    {
        private readonly Lazy<Dictionary<Measure, Figure[]>> byMeasure;
        private readonly Lazy<Dictionary<string, Figure[]>> bySubject;
        private readonly Lazy<Dictionary<string, Figure[]>> byClaimant;
        private readonly Lazy<Dictionary<string, Figure[]>> byArticle;

        internal FigureCollection(IEnumerable<Figure> items)
            : base(items)
        {
            byMeasure = new Lazy<Dictionary<Measure, Figure[]>>(() => Index(f => f.Measure, EqualityComparer<Measure>.Default));
            bySubject = new Lazy<Dictionary<string, Figure[]>>(() => Index(f => f.SubjectId, StringComparer.Ordinal));
            byClaimant = new Lazy<Dictionary<string, Figure[]>>(() => Index(f => f.ClaimedById, StringComparer.Ordinal));
            byArticle = new Lazy<Dictionary<string, Figure[]>>(() => Index(f => f.Evidence.ArticleId, StringComparer.Ordinal));
        }

        private Dictionary<TKey, Figure[]> Index<TKey>(Func<Figure, TKey?> key, IEqualityComparer<TKey> comparer)
            where TKey : notnull
        {
            var groups = new Dictionary<TKey, List<Figure>>(comparer);
            for (var i = 0; i < Count; i++)
            {
                var figure = this[i];
                if (key(figure) is { } k)
                {
                    if (!groups.TryGetValue(k, out var group))
                    {
                        groups.Add(k, group = new List<Figure>());
                    }

                    group.Add(figure);
                }
            }

            var index = new Dictionary<TKey, Figure[]>(groups.Count, comparer);
            foreach (var group in groups)
            {
                index.Add(group.Key, group.Value.ToArray());
            }

            return index;
        }

        private static IReadOnlyList<Figure> Get<TKey>(Lazy<Dictionary<TKey, Figure[]>> index, TKey key)
            where TKey : notnull =>
            index.Value.TryGetValue(key, out var figures) ? figures : Array.Empty<Figure>();

        /// <summary>Figures of a measure.</summary>
        public IReadOnlyList<Figure> About(Measure measure) => Get(byMeasure, measure);

        /// <summary>Figures whose subject is an entity.</summary>
        public IReadOnlyList<Figure> Concerning(NamedEntity subject) => Get(bySubject, subject.Id);

        /// <summary>Figures an actor is the original source of.</summary>
        public IReadOnlyList<Figure> ClaimedBy(Actor claimant) => Get(byClaimant, claimant.Id);

        /// <summary>Figures quoted from an article.</summary>
        public IReadOnlyList<Figure> In(Article article) => Get(byArticle, article.Id);
    }
}
