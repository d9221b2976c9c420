using System;
using System.Collections.Generic;
using System.Linq;

namespace StructuredNews.Generators.Validation
{
    /// <summary>
    /// Finds whole-word occurrences of many names in a text in one pass: names are indexed by their first word,
    /// and only the words of the text are looked up, so the cost grows with the text, not with the number of names.
    /// Matching is ordinal (case-sensitive), as in the articles.
    /// </summary>
    internal sealed class NameFinder
    {
        private readonly Dictionary<string, List<(string Id, string Name)>> byFirstWord = new Dictionary<string, List<(string, string)>>(StringComparer.Ordinal);
        private readonly List<(string Id, string Name)> other = new List<(string, string)>();

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

                    var word = name.Substring(0, first);
                    if (!byFirstWord.TryGetValue(word, out var list))
                    {
                        byFirstWord.Add(word, list = new List<(string, string)>());
                    }

                    list.Add((id, name));
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
                if (byFirstWord.TryGetValue(text.Substring(i, length), out var candidates))
                {
                    foreach (var (id, name) in candidates)
                    {
                        if (string.CompareOrdinal(text, i, name, 0, name.Length) == 0 && EndsWord(text, i + name.Length, name))
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
