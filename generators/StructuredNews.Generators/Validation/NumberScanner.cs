using System;
using System.Collections.Generic;
using System.Collections.Immutable;

namespace StructuredNews.Generators.Validation
{
    /// <summary>A number found in an article text: its characters and where they are.</summary>
    internal readonly struct NumberToken
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
    internal static class NumberScanner
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

                    var word = text.Substring(i, end - i);
                    if (words.Contains(word))
                    {
                        tokens.Add(new NumberToken(i, end - i, word));
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

        private static ImmutableHashSet<string> WordsOf(string language)
        {
            var primary = language.Split('-')[0];
            return string.Equals(primary, "da", StringComparison.OrdinalIgnoreCase) || string.Equals(primary, "no", StringComparison.OrdinalIgnoreCase) || string.Equals(primary, "nb", StringComparison.OrdinalIgnoreCase)
                ? Danish
                : string.Equals(primary, "en", StringComparison.OrdinalIgnoreCase) ? English : ImmutableHashSet<string>.Empty;
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
