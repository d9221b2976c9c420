using System.Collections.Immutable;
using System.Globalization;

namespace StructuredNews.Annotations.Validation
{
    /// <summary>A number stated in a passage: where it is and what it is worth.</summary>
    public readonly record struct NumberPhrase(int Start, int Length, decimal Value)
    {
        public int End => Start + Length;
    }

    /// <summary>
    /// Reads the numbers a text states, whichever way they are written: digit groups ("1,000", "1.000", "0,72",
    /// "19.5", "80%", "155th"), English and Danish number words ("eight", "twenty-five", "otte", "femogtyve",
    /// "dozen"), each followed by scale words ("19 millioner", "1.2 million", "two thousand"). A separator followed
    /// by exactly three digits groups thousands (in either language); any other separator is the decimal point.
    /// </summary>
    public static class NumberReading
    {
        private static readonly ImmutableDictionary<string, decimal> EnglishWords = ImmutableDictionary.CreateRange(StringComparer.OrdinalIgnoreCase, new[]
        {
            Pair("one", 1), Pair("two", 2), Pair("three", 3), Pair("four", 4), Pair("five", 5), Pair("six", 6), Pair("seven", 7),
            Pair("eight", 8), Pair("nine", 9), Pair("ten", 10), Pair("eleven", 11), Pair("twelve", 12), Pair("thirteen", 13),
            Pair("fourteen", 14), Pair("fifteen", 15), Pair("sixteen", 16), Pair("seventeen", 17), Pair("eighteen", 18),
            Pair("nineteen", 19), Pair("twenty", 20), Pair("thirty", 30), Pair("forty", 40), Pair("fifty", 50), Pair("sixty", 60),
            Pair("seventy", 70), Pair("eighty", 80), Pair("ninety", 90), Pair("dozen", 12),
        });

        // "en"/"et" are mostly articles in running text, but a value written "en" or "et" reads as one.
        private static readonly ImmutableDictionary<string, decimal> DanishWords = ImmutableDictionary.CreateRange(StringComparer.OrdinalIgnoreCase, new[]
        {
            Pair("en", 1), Pair("et", 1), Pair("to", 2), Pair("tre", 3), Pair("fire", 4), Pair("fem", 5), Pair("seks", 6),
            Pair("syv", 7), Pair("otte", 8), Pair("ni", 9), Pair("ti", 10), Pair("elleve", 11), Pair("tolv", 12), Pair("tretten", 13),
            Pair("fjorten", 14), Pair("femten", 15), Pair("seksten", 16), Pair("sytten", 17), Pair("atten", 18), Pair("nitten", 19),
            Pair("tyve", 20), Pair("tredive", 30), Pair("fyrre", 40), Pair("halvtreds", 50), Pair("tres", 60), Pair("halvfjerds", 70),
            Pair("firs", 80), Pair("halvfems", 90), Pair("dusin", 12),
        });

        private static readonly ImmutableDictionary<string, decimal> EnglishScales = ImmutableDictionary.CreateRange(StringComparer.OrdinalIgnoreCase, new[]
        {
            Pair("hundred", 100), Pair("thousand", 1_000), Pair("million", 1_000_000), Pair("millions", 1_000_000), Pair("billion", 1_000_000_000),
        });

        private static readonly ImmutableDictionary<string, decimal> DanishScales = ImmutableDictionary.CreateRange(StringComparer.OrdinalIgnoreCase, new[]
        {
            Pair("hundrede", 100), Pair("tusind", 1_000), Pair("million", 1_000_000), Pair("millioner", 1_000_000), Pair("milliard", 1_000_000_000),
            Pair("milliarder", 1_000_000_000),
        });

        private static readonly ImmutableDictionary<string, decimal> NoWords = ImmutableDictionary<string, decimal>.Empty;

        /// <summary>
        /// The number a whole text states ("1,000", "eight", "19 millioner"), if it states exactly one; words are
        /// read in the <paramref name="language"/> of the text (English and Danish; digits in any language).
        /// </summary>
        public static bool TryRead(string text, string language, out decimal value)
        {
            var trimmed = text.Trim();
            foreach (var phrase in Find(trimmed, language))
            {
                if (phrase.Start == 0 && phrase.Length == trimmed.Length)
                {
                    value = phrase.Value;
                    return true;
                }
            }

            value = 0;
            return false;
        }

        /// <summary>Every number a passage states, longest phrase first where several start at one place.</summary>
        public static IEnumerable<NumberPhrase> Find(string text, string language)
        {
            var (words, scales) = Language(language);
            var tokens = Tokens(text);
            for (var i = 0; i < tokens.Count; i++)
            {
                if (BaseValue(text, tokens[i], words, scales) is not { } value)
                {
                    continue;
                }

                // Scale words after the number, separated by spaces only ("19 millioner", "two hundred thousand").
                var end = i;
                while (end + 1 < tokens.Count && IsSpaceBetween(text, tokens[end], tokens[end + 1]) &&
                    scales.TryGetValue(text.Substring(tokens[end + 1].Start, tokens[end + 1].Length), out var scale))
                {
                    value *= scale;
                    end++;
                }

                yield return new NumberPhrase(tokens[i].Start, tokens[end].Start + tokens[end].Length - tokens[i].Start, value);
            }
        }

        private static (ImmutableDictionary<string, decimal> Words, ImmutableDictionary<string, decimal> Scales) Language(string language) =>
            language.StartsWith("en", StringComparison.OrdinalIgnoreCase) ? (EnglishWords, EnglishScales)
            : language.StartsWith("da", StringComparison.OrdinalIgnoreCase) ? (DanishWords, DanishScales)
            : (NoWords, NoWords);

        private static decimal? BaseValue(string text, (int Start, int Length, bool Digits) token, ImmutableDictionary<string, decimal> words, ImmutableDictionary<string, decimal> scales)
        {
            var word = text.Substring(token.Start, token.Length);
            if (token.Digits)
            {
                return ParseDigits(word);
            }

            if (words.TryGetValue(word, out var value) || scales.TryGetValue(word, out value))
            {
                return value;
            }

            // "twenty-five"; Danish "femogtyve" (five and twenty).
            var hyphen = word.IndexOf('-');
            if (hyphen > 0 && words.TryGetValue(word.Substring(0, hyphen), out var tens) && tens % 10 == 0 && tens >= 20 &&
                words.TryGetValue(word.Substring(hyphen + 1), out var ones) && ones < 10)
            {
                return tens + ones;
            }

            var og = word.IndexOf("og", StringComparison.OrdinalIgnoreCase);
            if (og > 0 && words.TryGetValue(word.Substring(0, og), out var unit) && unit < 10 &&
                words.TryGetValue(word.Substring(og + 2), out var ten) && ten % 10 == 0 && ten >= 20)
            {
                return ten + unit;
            }

            return null;
        }

        private static decimal? ParseDigits(string token)
        {
            // An ordinal or percent sign after the digits says nothing of the value.
            var end = token.Length;
            while (end > 0 && !char.IsDigit(token[end - 1]))
            {
                end--;
            }

            var digits = token.Substring(0, end);
            var separators = digits.Where(c => c is ',' or '.').ToList();
            if (separators.Count == 0)
            {
                return decimal.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var whole) ? whole : null;
            }

            // Thousands: every separator followed by exactly three digits ("1,000", "1.000.000").
            var groups = digits.Split(',', '.');
            if (groups.Skip(1).All(g => g.Length == 3) && groups[0].Length is > 0 and <= 3 && separators.Distinct().Count() == 1)
            {
                return decimal.TryParse(string.Concat(groups), NumberStyles.None, CultureInfo.InvariantCulture, out var grouped) ? grouped : null;
            }

            // Otherwise the last separator is the decimal point, any earlier ones group thousands ("1.234,5").
            var point = digits.LastIndexOfAny(new[] { ',', '.' });
            var integer = string.Concat(digits.Substring(0, point).Split(',', '.'));
            return decimal.TryParse(integer + "." + digits.Substring(point + 1), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number) ? number : null;
        }

        // Words (letters, with inner hyphens) and digit groups (with inner separators and a trailing % or ordinal).
        private static List<(int Start, int Length, bool Digits)> Tokens(string text)
        {
            var tokens = new List<(int, int, bool)>();
            var i = 0;
            while (i < text.Length)
            {
                var c = text[i];
                var start = i;
                if (char.IsDigit(c))
                {
                    while (i < text.Length && (char.IsDigit(text[i]) || (text[i] is ',' or '.' && i + 1 < text.Length && char.IsDigit(text[i + 1]))))
                    {
                        i++;
                    }

                    while (i < text.Length && (char.IsLetter(text[i]) || text[i] == '%'))
                    {
                        i++;
                    }

                    tokens.Add((start, i - start, true));
                }
                else if (char.IsLetter(c))
                {
                    while (i < text.Length && (char.IsLetter(text[i]) || (text[i] == '-' && i + 1 < text.Length && char.IsLetter(text[i + 1]))))
                    {
                        i++;
                    }

                    tokens.Add((start, i - start, false));
                }
                else
                {
                    i++;
                }
            }

            return tokens;
        }

        private static bool IsSpaceBetween(string text, (int Start, int Length, bool Digits) left, (int Start, int Length, bool Digits) right)
        {
            for (var i = left.Start + left.Length; i < right.Start; i++)
            {
                if (!char.IsWhiteSpace(text[i]))
                {
                    return false;
                }
            }

            return right.Start > left.Start + left.Length;
        }

        private static KeyValuePair<string, decimal> Pair(string word, decimal value) => new KeyValuePair<string, decimal>(word, value);
    }
}
