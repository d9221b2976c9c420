using System.Runtime.CompilerServices;

namespace StructuredNews.Annotations.Validation
{
    /// <summary>
    /// Finds whole-word occurrences of many names in a text in one pass: names are indexed by their first word,
    /// and only the words of the text are looked up, so the cost grows with the text, not with the number of names.
    /// Matching is ordinal (case-sensitive), as in the articles. Words are looked up by a hash of their chars, so
    /// that the text's words need not become strings; a candidate is then compared with the text itself.
    /// </summary>
    public sealed class NameFinder
    {
        // Built once per name table and shared by every article's check (the table compares by value, the cache by identity).
        private static readonly ConditionalWeakTable<NameTable, NameFinder> ByTable = new ConditionalWeakTable<NameTable, NameFinder>();

        private readonly Dictionary<int, List<(string Id, string Name, int FirstWordLength)>> byFirstWord = new Dictionary<int, List<(string, string, int)>>();
        private readonly List<(string Id, string Name)> other = new List<(string, string)>();

        /// <summary>The finder over the names of a table, built once.</summary>
        public static NameFinder For(NameTable names) =>
            ByTable.GetValue(names, table => new NameFinder(table.Entries.Select(e => (e.Id, (IEnumerable<string>)e.Names))));

        public NameFinder(IEnumerable<(string Id, IEnumerable<string> Names)> entities)
        {
            foreach (var (id, names) in entities)
            {
                foreach (var name in names)
                {
                    var first = WordLength(name, 0);
                    if (first == 0)
                    {
                        other.Add((id, name)); // starts with punctuation: searched for directly
                        continue;
                    }

                    var word = WordHash(name, 0, first);
                    if (!byFirstWord.TryGetValue(word, out var list))
                    {
                        byFirstWord.Add(word, list = new List<(string, string, int)>());
                    }

                    list.Add((id, name, first));
                }
            }
        }

        /// <summary>Every whole-word mention, in text order.</summary>
        public IEnumerable<(string Id, string Name, int Start, int End)> Find(string text)
        {
            var found = new List<(string Id, string Name, int Start, int End)>();
            for (var i = 0; i < text.Length; i++)
            {
                if (!char.IsLetterOrDigit(text[i]) || (i > 0 && char.IsLetterOrDigit(text[i - 1])))
                {
                    continue;
                }

                var length = WordLength(text, i);
                if (byFirstWord.TryGetValue(WordHash(text, i, length), out var candidates))
                {
                    // Names with another first word may share the hash: the name must match here and its first word
                    // be the whole word of the text.
                    foreach (var (id, name, firstWordLength) in candidates)
                    {
                        if (firstWordLength == length && string.CompareOrdinal(text, i, name, 0, name.Length) == 0 && EndsWord(text, i + name.Length, name))
                        {
                            found.Add((id, name, i, i + name.Length));
                        }
                    }
                }

                i += length - 1;
            }

            foreach (var (id, name) in other)
            {
                for (var at = text.IndexOf(name, StringComparison.Ordinal); at >= 0; at = text.IndexOf(name, at + 1, StringComparison.Ordinal))
                {
                    if (EndsWord(text, at + name.Length, name))
                    {
                        found.Add((id, name, at, at + name.Length));
                    }
                }
            }

            return found.OrderBy(m => m.Start).ThenBy(m => m.Id, StringComparer.Ordinal);
        }

        private static int WordHash(string text, int start, int length)
        {
            var hash = -2128831035;
            for (var i = start; i < start + length; i++)
            {
                hash = unchecked((hash ^ text[i]) * 16777619);
            }

            return hash;
        }

        private static int WordLength(string text, int start)
        {
            var end = start;
            while (end < text.Length && char.IsLetterOrDigit(text[end]))
            {
                end++;
            }

            return end - start;
        }

        // A name ending in a letter or digit must not run on into the next word.
        private static bool EndsWord(string text, int end, string name) =>
            end >= text.Length || name.Length == 0 || !char.IsLetterOrDigit(name[name.Length - 1]) || !char.IsLetterOrDigit(text[end]);
    }
}
