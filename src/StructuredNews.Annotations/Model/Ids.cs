namespace StructuredNews.Annotations.Model
{
    /// <summary>What an id may look like: it names an entity in every file, in the generated API and in exports.</summary>
    public static class Ids
    {
        /// <summary>The longest id allowed.</summary>
        public const int MaxLength = 200;

        /// <summary>What is wrong with an id, said so that it can be fixed; null for a valid one.</summary>
        public static string? Problem(string id) =>
            IsValid(id) ? null
            : id.Length > MaxLength ? "it has " + id.Length.ToString(System.Globalization.CultureInfo.InvariantCulture) + " characters, and the limit is " + MaxLength.ToString(System.Globalization.CultureInfo.InvariantCulture) + ". Shorten it"
            : "start with a letter and use only letters, digits, '-' and '_'";

        /// <summary>
        /// When an id mixes Latin, Greek and Cyrillic letters (a Cyrillic 'а' in "аlmaty" looks like Latin 'a' but
        /// makes another id): the first letter outside the script most of its letters are in, that letter's script
        /// and the main one; null otherwise.
        /// </summary>
        public static (char Letter, string Script, string Other)? MixedScript(string id)
        {
            var counts = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var c in id)
            {
                if (ScriptOf(c) is { } script)
                {
                    counts[script] = counts.TryGetValue(script, out var n) ? n + 1 : 1;
                }
            }

            if (counts.Count < 2)
            {
                return null;
            }

            var main = counts.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).First().Key;
            var odd = id.First(c => ScriptOf(c) is { } script && script != main);
            return (odd, ScriptOf(odd)!, main);
        }

        private static string? ScriptOf(char c) =>
            c is >= 'A' and <= 'Z' or >= 'a' and <= 'z' or >= '\u00C0' and <= '\u024F' ? "Latin"
            : c is >= '\u0370' and <= '\u03FF' ? "Greek"
            : c is >= '\u0400' and <= '\u04FF' ? "Cyrillic"
            : null;

        /// <summary>An id starts with a letter and continues with letters, digits, '-' and '_'.</summary>
        public static bool IsValid(string id)
        {
            if (id.Length == 0 || id.Length > MaxLength || !char.IsLetter(id[0]))
            {
                return false;
            }

            foreach (var c in id)
            {
                if (!(char.IsLetterOrDigit(c) || c == '-' || c == '_') || char.IsSurrogate(c))
                {
                    return false;
                }
            }

            return true;
        }
    }
}
