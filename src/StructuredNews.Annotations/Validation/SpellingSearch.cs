using System.Runtime.CompilerServices;

namespace StructuredNews.Annotations.Validation
{
    /// <summary>Which of the dataset's spellings an article text uses: whole words, any case, one pass over the text.</summary>
    public static class SpellingSearch
    {
        // One finder per set of spellings, shared by every article's search (the set compares by value, the cache by identity).
        private static readonly ConditionalWeakTable<SoughtSpellings, NameFinder> Finders = new ConditionalWeakTable<SoughtSpellings, NameFinder>();

        public static EquatableArray<string> FoundIn(string? text, SoughtSpellings sought)
        {
            if (text == null || sought.LowerCased.Count == 0)
            {
                return EquatableArray<string>.Empty;
            }

            var finder = Finders.GetValue(sought, s => new NameFinder(s.LowerCased.Select(spelling => (spelling, (IEnumerable<string>)new[] { spelling }))));
            return finder.Find(text.ToLowerInvariant()).Select(m => m.Id).Distinct(StringComparer.Ordinal).OrderBy(s => s, StringComparer.Ordinal).ToEquatableArray();
        }
    }
}
