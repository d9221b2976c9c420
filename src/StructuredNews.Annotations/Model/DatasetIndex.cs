namespace StructuredNews.Annotations.Model
{
    /// <summary>
    /// What a file's checks may look up about the rest of the dataset: every declared id and its kind (the first
    /// declaration, in path order, wins), and each article's language and publication date. It compares by value and holds no positions, so it stays equal while edits
    /// only move lines, and the file checks of other files stay cached.
    /// </summary>
    public sealed class DatasetIndex : IEquatable<DatasetIndex>
    {
        private readonly EquatableLookup<EntityKind> kinds;
        private readonly EquatableLookup<ArticleFacts> articles;

        private DatasetIndex(EquatableLookup<EntityKind> kinds, EquatableLookup<ArticleFacts> articles)
        {
            this.kinds = kinds;
            this.articles = articles;
        }

        public static DatasetIndex Build(IEnumerable<FileFacts> files)
        {
            var ordered = files.OrderBy(f => f.RelativePath, StringComparer.Ordinal).ToList();
            var seen = new Dictionary<string, EntityKind>(StringComparer.Ordinal);
            foreach (var declared in ordered.SelectMany(f => f.Ids))
            {
                if (!seen.ContainsKey(declared.Id))
                {
                    seen.Add(declared.Id, declared.Kind);
                }
            }

            var articles = new Dictionary<string, ArticleFacts>(StringComparer.Ordinal);
            foreach (var article in ordered.Select(f => f.Article))
            {
                if (article != null && !articles.ContainsKey(article.Id))
                {
                    articles.Add(article.Id, article);
                }
            }

            return new DatasetIndex(new EquatableLookup<EntityKind>(seen), new EquatableLookup<ArticleFacts>(articles));
        }

        public EntityKind? KindOf(string id) => kinds.TryGetValue(id, out var kind) ? kind : null;

        /// <summary>The ids of some kinds, in ordinal order (for "did you mean" suggestions).</summary>
        public IEnumerable<string> IdsOf(IReadOnlyCollection<EntityKind> allowed) => kinds.Entries.Where(e => allowed.Contains(e.Value)).Select(e => e.Key);

        /// <summary>An article's language and publication date, by its id.</summary>
        public ArticleFacts? ArticleOf(string id) => articles.TryGetValue(id, out var article) ? article : null;

        public bool Equals(DatasetIndex? other) => other != null && kinds.Equals(other.kinds) && articles.Equals(other.articles);

        public override bool Equals(object? obj) => Equals(obj as DatasetIndex);

        public override int GetHashCode() => kinds.GetHashCode();
    }
}
