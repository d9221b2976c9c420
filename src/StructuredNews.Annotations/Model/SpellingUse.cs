namespace StructuredNews.Annotations.Model
{
    /// <summary>
    /// The spellings (names by language and aliases) of all actors, places and topics, lower-cased, distinct and
    /// in ordinal order: what each article text is searched for. A class, so that the finder built over it is
    /// built once and shared by every article (see Validation/SpellingSearch).
    /// </summary>
    public sealed record SoughtSpellings(EquatableArray<string> LowerCased)
    {
        public static SoughtSpellings Of(IEnumerable<FileFacts> files) => new SoughtSpellings(files
            .SelectMany(f => f.Spellings)
            .Select(s => s.Text.ToLowerInvariant())
            .Distinct(StringComparer.Ordinal)
            .OrderBy(s => s, StringComparer.Ordinal)
            .ToEquatableArray());
    }

    /// <summary>
    /// Which sought spellings the article texts use, joined from each article's search: it changes only when that
    /// set changes, so an edit of one text re-reads that text alone and the dataset checks stay cached.
    /// </summary>
    public sealed record SpellingUse(int ArticlesRead, EquatableArray<string> Found)
    {
        public static SpellingUse Join(IEnumerable<EquatableArray<string>> foundPerArticle)
        {
            var articles = 0;
            var found = new SortedSet<string>(StringComparer.Ordinal);
            foreach (var article in foundPerArticle)
            {
                articles++;
                found.UnionWith(article);
            }

            return new SpellingUse(articles, found.ToEquatableArray());
        }
    }
}
