using System;
using System.Collections.Generic;
using System.Linq;

namespace StructuredNews
{
    /// <summary>Figures in declaration order, indexed by measure, subject, claimant and article.</summary>
    public sealed class FigureCollection : EntityCollection<Figure>
    {
        private readonly Dictionary<Measure, Figure[]> byMeasure;
        private readonly Dictionary<string, Figure[]> bySubject;
        private readonly Dictionary<string, Figure[]> byClaimant;
        private readonly Dictionary<string, Figure[]> byArticle;

        internal FigureCollection(IEnumerable<Figure> items)
            : base(items)
        {
            byMeasure = Index(f => f.Measure, EqualityComparer<Measure>.Default);
            bySubject = Index(f => f.SubjectId, StringComparer.Ordinal);
            byClaimant = Index(f => f.ClaimedById, StringComparer.Ordinal);
            byArticle = Index(f => f.Evidence.ArticleId, StringComparer.Ordinal);
        }

        private Dictionary<TKey, Figure[]> Index<TKey>(Func<Figure, TKey?> key, IEqualityComparer<TKey> comparer)
            where TKey : notnull
        {
            var index = new Dictionary<TKey, Figure[]>(comparer);
            foreach (var group in this.Where(f => key(f) != null).GroupBy(f => key(f)!, comparer))
            {
                index.Add(group.Key, group.ToArray());
            }

            return index;
        }

        private static IReadOnlyList<Figure> Get<TKey>(Dictionary<TKey, Figure[]> index, TKey key)
            where TKey : notnull =>
            index.TryGetValue(key, out var figures) ? figures : Array.Empty<Figure>();

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
