namespace StructuredNews.Annotations.Model
{
    /// <summary>
    /// What the annotations say about one article, as its completeness check needs it: the figure quotes and the ids
    /// referenced there, from one file or joined from all. Positions play no part, so a file's contribution stays
    /// equal while an edit only changes notes or moves lines.
    /// </summary>
    public sealed record ArticleAnnotations(EquatableArray<QuoteSelector> FigureQuotes, EquatableArray<string> ReferencedIds)
    {
        public static readonly ArticleAnnotations None = new ArticleAnnotations(EquatableArray<QuoteSelector>.Empty, EquatableArray<string>.Empty);

        /// <summary>
        /// What one file says about each article it annotates: its figure quotes and the ids it
        /// references there. Positions play no part, so the contribution of a file stays equal while an edit only
        /// changes notes or moves lines, and the index across files stays cached.
        /// </summary>
        public static EquatableLookup<ArticleAnnotations> ContributionsOf(AnnotationFile file)
        {
            var quotes = new Dictionary<string, List<QuoteSelector>>(StringComparer.Ordinal);
            foreach (var figure in file.Figures)
            {
                if (figure.Evidence.Article?.Id is { } article)
                {
                    (quotes.TryGetValue(article, out var list) ? list : quotes[article] = new List<QuoteSelector>()).Add(figure.Evidence.Selector);
                }
            }

            var references = ReferencesByArticle(file);
            return new EquatableLookup<ArticleAnnotations>(quotes.Keys.Concat(references.Keys).Distinct(StringComparer.Ordinal)
                .Select(id => new KeyValuePair<string, ArticleAnnotations>(id, new ArticleAnnotations(
                    quotes.TryGetValue(id, out var q) ? q.ToEquatableArray() : EquatableArray<QuoteSelector>.Empty,
                    references.TryGetValue(id, out var r) ? r.OrderBy(x => x, StringComparer.Ordinal).ToEquatableArray() : EquatableArray<string>.Empty))));
        }

        /// <summary>What is said about every article, joined from the files' contributions (in path order).</summary>
        public static EquatableLookup<ArticleAnnotations> Join(IEnumerable<(string RelativePath, EquatableLookup<ArticleAnnotations> Contributions)> files)
        {
            var quotes = new Dictionary<string, List<QuoteSelector>>(StringComparer.Ordinal);
            var references = new Dictionary<string, SortedSet<string>>(StringComparer.Ordinal);
            foreach (var (_, contributions) in files.OrderBy(f => f.RelativePath, StringComparer.Ordinal))
            {
                foreach (var (articleId, part) in contributions.Entries)
                {
                    (quotes.TryGetValue(articleId, out var q) ? q : quotes[articleId] = new List<QuoteSelector>()).AddRange(part.FigureQuotes);
                    var ids = references.TryGetValue(articleId, out var r) ? r : references[articleId] = new SortedSet<string>(StringComparer.Ordinal);
                    ids.UnionWith(part.ReferencedIds);
                }
            }

            return new EquatableLookup<ArticleAnnotations>(quotes.Select(p =>
                new KeyValuePair<string, ArticleAnnotations>(p.Key, new ArticleAnnotations(p.Value.ToEquatableArray(), references[p.Key].ToEquatableArray()))));
        }

        // Every id an article's annotations reference: what its figures, statements and event reports point at.
        private static Dictionary<string, HashSet<string>> ReferencesByArticle(AnnotationFile file)
        {
            var byArticle = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
            void Add(string? articleId, Ref? r)
            {
                if (articleId == null || r == null)
                {
                    return;
                }

                if (!byArticle.TryGetValue(articleId, out var ids))
                {
                    byArticle.Add(articleId, ids = new HashSet<string>(StringComparer.Ordinal));
                }

                ids.Add(r.Id);
            }

            foreach (var figure in file.Figures)
            {
                var article = figure.Evidence.Article?.Id;
                Add(article, figure.Subject);
                Add(article, figure.ClaimedBy);
                Add(article, figure.Place);
                foreach (var via in figure.Via)
                {
                    Add(article, via);
                }
            }

            foreach (var statement in file.Statements)
            {
                Add(statement.Evidence.Article?.Id, statement.Speaker);
            }

            foreach (var e in file.Events)
            {
                foreach (var report in e.Reports)
                {
                    var article = report.Article?.Id;
                    Add(article, e.Place);
                    Add(article, report.ClaimedBy);
                    foreach (var participant in e.Participants)
                    {
                        Add(article, participant.Actor);
                    }

                    foreach (var via in report.Via)
                    {
                        Add(article, via);
                    }
                }
            }

            return byArticle;
        }
    }

    /// <summary>An actor or place and every name it goes by.</summary>
    public sealed record NamedEntry(string Id, EquatableArray<string> Names);

    /// <summary>The names of all actors and places, compared by value.</summary>
    public sealed class NameTable : IEquatable<NameTable>
    {
        public NameTable(EquatableArray<NamedEntry> entries) => Entries = entries;

        public EquatableArray<NamedEntry> Entries { get; }

        /// <summary>The actors and places one file declares, with their names.</summary>
        public static EquatableArray<NamedEntry> Of(AnnotationFile file) =>
            file.Actors.Select(a => new NamedEntry(a.Id.Id, a.Naming.All()))
                .Concat(file.Places.Select(p => new NamedEntry(p.Id.Id, p.Naming.All())))
                .ToEquatableArray();

        public static NameTable Build(System.Collections.Generic.IEnumerable<EquatableArray<NamedEntry>> files) => new NameTable(files.SelectMany(f => f).ToEquatableArray());

        public bool Equals(NameTable? other) => other != null && Entries.Equals(other.Entries);

        public override bool Equals(object? obj) => Equals(obj as NameTable);

        public override int GetHashCode() => Entries.Count;
    }

    /// <summary>One article with its text and everything annotated about it: the input of the article checks.</summary>
    public sealed record AnnotatedArticle(ArticleSpec Article, EquatableArray<IgnoreSpec> Ignores, ArticleText Text, ArticleAnnotations Annotations, NameTable Names)
    {
        /// <summary>The article a file declares with everything said about it, or null when the file declares none or its text is unknown.</summary>
        public static AnnotatedArticle? Of(AnnotationFile file, ArticleTextTable texts, EquatableLookup<ArticleAnnotations> annotations, NameTable names) =>
            file.Article is { } article && texts.Find(article.Id.Id) is { } text
                ? new AnnotatedArticle(article, file.Ignores, text, annotations.TryGetValue(article.Id.Id, out var said) ? said : ArticleAnnotations.None, names)
                : null;
    }

    /// <summary>One file with the index of the whole dataset: the input of the file checks.</summary>
    public sealed record FileInDataset(AnnotationFile File, DatasetIndex Index);
}
