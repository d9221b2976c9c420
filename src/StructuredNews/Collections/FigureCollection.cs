using System;
using System.Collections.Generic;
using StructuredNews.Storage;

namespace StructuredNews
{
    /// <summary>
    /// Figures in declaration order, indexed by measure, subject, claimant and article. Each index is built on its
    /// first use, so a first query pays only for the index it needs; in a generated dataset, figures of one
    /// measure are found and decoded without decoding the others.
    /// </summary>
    public sealed class FigureCollection : EntityCollection<Figure>
    {
        private static readonly int MeasureCount = Enum.GetValues(typeof(Measure)).Length;

        // Decoded on demand from a generated dataset's tables; null for a dataset a builder made.
        private readonly FigureTable? table;

        // Each index is filled on its first query. Two threads may fill the same one at once; both find the same
        // figure instances, so either result will do.
        private readonly Figure[]?[] byMeasure = new Figure[]?[MeasureCount];
        private Dictionary<string, Figure[]>? bySubject;
        private Dictionary<string, Figure[]>? byClaimant;
        private Dictionary<string, Figure[]>? byArticle;

        internal FigureCollection(IEnumerable<Figure> items)
            : base(items)
        {
        }

        internal FigureCollection(FigureTable table)
            : base(table.All) => this.table = table;

        private Dictionary<string, Figure[]> Index(Func<Figure, string?> key)
        {
            var groups = new Dictionary<string, List<Figure>>(StringComparer.Ordinal);
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

            var index = new Dictionary<string, Figure[]>(groups.Count, StringComparer.Ordinal);
            foreach (var group in groups)
            {
                index.Add(group.Key, group.Value.ToArray());
            }

            return index;
        }

        private IReadOnlyList<Figure> Get(ref Dictionary<string, Figure[]>? index, Func<Figure, string?> key, string value) =>
            (index ??= Index(key)).TryGetValue(value, out var figures) ? figures : Array.Empty<Figure>();

        private Figure[] Measured(Measure measure)
        {
            if (table != null)
            {
                return table.Measured(measure);
            }

            var figures = new List<Figure>();
            foreach (var figure in this)
            {
                if (figure.Measure == measure)
                {
                    figures.Add(figure);
                }
            }

            return figures.ToArray();
        }

        /// <summary>Figures of a measure.</summary>
        public IReadOnlyList<Figure> About(Measure measure) =>
            (uint)measure < (uint)MeasureCount ? byMeasure[(int)measure] ??= Measured(measure) : Array.Empty<Figure>();

        /// <summary>Figures whose subject is an entity.</summary>
        public IReadOnlyList<Figure> Concerning(NamedEntity subject) => Get(ref bySubject, f => f.SubjectId, subject.Id);

        /// <summary>Figures an actor is the original source of.</summary>
        public IReadOnlyList<Figure> ClaimedBy(Actor claimant) => Get(ref byClaimant, f => f.ClaimedById, claimant.Id);

        /// <summary>Figures quoted from an article.</summary>
        public IReadOnlyList<Figure> In(Article article) => Get(ref byArticle, f => f.Evidence.ArticleId, article.Id);
    }
}
