using System.Collections.Immutable;

namespace StructuredNews.Annotations.Validation
{
    /// <summary>A number found in an article text: its characters and where they are.</summary>
    public readonly struct NumberToken
    {
        public NumberToken(int start, int length, string text)
        {
            Start = start;
            Length = length;
            Text = text;
        }

        public int Start { get; }

        public int Length { get; }

        public string Text { get; }

        public int End => Start + Length;
    }

    /// <summary>
    /// Finds the numbers in an article text that the completeness check wants accounted for: digit groups
    /// ("1,000", "0,72", "155th", "80%") and number words of the article's language ("eight", "dozens",
    /// "otte", "tusindvis", "millioner"). "one" and the Danish "en"/"et" are left out: in running text they are
    /// mostly pronouns and articles, not counts.
    /// </summary>
    public static class NumberScanner
    {
        private static readonly ImmutableHashSet<string> English = ImmutableHashSet.Create(StringComparer.OrdinalIgnoreCase,
            "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen",
            "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy",
            "eighty", "ninety", "hundred", "hundreds", "thousand", "thousands", "million", "millions", "billion", "billions",
            "dozen", "dozens", "half", "double", "doubled", "doubling", "tripled", "quadrupled");

        private static readonly ImmutableHashSet<string> Danish = ImmutableHashSet.Create(StringComparer.OrdinalIgnoreCase,
            "to", "tre", "fire", "fem", "seks", "syv", "otte", "ni", "ti", "elleve", "tolv", "tretten", "fjorten", "femten",
            "seksten", "sytten", "atten", "nitten", "tyve", "tredive", "fyrre", "halvtreds", "tres", "halvfjerds", "firs",
            "halvfems", "hundrede", "hundreder", "hundredvis", "tusind", "tusinder", "tusindvis", "million", "millioner",
            "milliard", "milliarder", "dusin", "dusinvis", "snesevis", "halv", "halve", "halvdelen", "fordoblet", "fordoblede",
            "fordobling", "fordoblingen");

        // The words by length: a word of the text is compared in place with the words of its length only, and becomes
        // a string only when it is one of them.
        private static readonly ImmutableArray<ImmutableArray<string>> EnglishByLength = ByLength(English);

        private static readonly ImmutableArray<ImmutableArray<string>> DanishByLength = ByLength(Danish);

        public static IReadOnlyList<NumberToken> Scan(string text, string language)
        {
            var words = WordsOf(language);
            var tokens = new List<NumberToken>();
            var i = 0;
            while (i < text.Length)
            {
                var c = text[i];
                if (char.IsDigit(c))
                {
                    var end = DigitGroupEnd(text, i);
                    tokens.Add(new NumberToken(i, end - i, text.Substring(i, end - i)));
                    i = end;
                }
                else if (char.IsLetter(c))
                {
                    var end = i;
                    while (end < text.Length && char.IsLetter(text[end]))
                    {
                        end++;
                    }

                    if (IsNumberWord(words, text, i, end - i))
                    {
                        tokens.Add(new NumberToken(i, end - i, text.Substring(i, end - i)));
                    }

                    i = end;
                }
                else
                {
                    i++;
                }
            }

            return tokens;
        }

        private static ImmutableArray<ImmutableArray<string>> WordsOf(string language)
        {
            var primary = language.Split('-')[0];
            return string.Equals(primary, "da", StringComparison.OrdinalIgnoreCase) || string.Equals(primary, "no", StringComparison.OrdinalIgnoreCase) || string.Equals(primary, "nb", StringComparison.OrdinalIgnoreCase)
                ? DanishByLength
                : string.Equals(primary, "en", StringComparison.OrdinalIgnoreCase) ? EnglishByLength : ImmutableArray<ImmutableArray<string>>.Empty;
        }

        private static ImmutableArray<ImmutableArray<string>> ByLength(ImmutableHashSet<string> words) =>
            Enumerable.Range(0, words.Max(w => w.Length) + 1).Select(length => words.Where(w => w.Length == length).ToImmutableArray()).ToImmutableArray();

        // The same test as the sets' own (OrdinalIgnoreCase), on the text in place.
        private static bool IsNumberWord(ImmutableArray<ImmutableArray<string>> words, string text, int start, int length)
        {
            if (length >= words.Length)
            {
                return false;
            }

            foreach (var word in words[length])
            {
                if (string.Compare(text, start, word, 0, length, StringComparison.OrdinalIgnoreCase) == 0)
                {
                    return true;
                }
            }

            return false;
        }

        // Digits with inner ',' or '.' separators ("1,000", "0,72"), then an ordinal suffix or '%' if present.
        private static int DigitGroupEnd(string text, int start)
        {
            var end = start;
            while (end < text.Length && char.IsDigit(text[end]))
            {
                end++;
                if (end + 1 < text.Length && (text[end] == ',' || text[end] == '.') && char.IsDigit(text[end + 1]))
                {
                    end++;
                }
            }

            foreach (var suffix in new[] { "st", "nd", "rd", "th", "%" })
            {
                if (string.CompareOrdinal(text, end, suffix, 0, suffix.Length) == 0 && (end + suffix.Length == text.Length || !char.IsLetter(text[end + suffix.Length])))
                {
                    return end + suffix.Length;
                }
            }

            return end;
        }
    }
}
