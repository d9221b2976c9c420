namespace StructuredNews.Annotations.Validation
{
    /// <summary>Where a figure's value is in its evidence quote, as written or as the same number written another way.</summary>
    public static class ValueLocator
    {
        /// <summary>
        /// The value's place in the quote: first where it is written as in the annotation (whole words, any case),
        /// else where the quote states the same number ("8" for "eight", "1000" for "1,000"), words read in
        /// <paramref name="language"/>. Null when the quote has neither.
        /// </summary>
        public static (int Start, int Length)? Find(string value, string quote, string language)
        {
            var written = value.Trim();
            if (written.Length == 0)
            {
                return null;
            }

            for (var at = quote.IndexOf(written, StringComparison.OrdinalIgnoreCase); at >= 0; at = quote.IndexOf(written, at + 1, StringComparison.OrdinalIgnoreCase))
            {
                if (IsWordBoundary(quote, at - 1, written[0]) && IsWordBoundary(quote, at + written.Length, written[written.Length - 1]))
                {
                    return (at, written.Length);
                }
            }

            if (NumberReading.TryRead(written, language, out var number))
            {
                foreach (var phrase in NumberReading.Find(quote, language))
                {
                    if (phrase.Value == number)
                    {
                        return (phrase.Start, phrase.Length);
                    }
                }
            }

            return null;
        }

        // A value that starts or ends with a letter or digit must not be part of a longer word ("8" in "18").
        private static bool IsWordBoundary(string text, int index, char edge) =>
            !char.IsLetterOrDigit(edge) || index < 0 || index >= text.Length || !char.IsLetterOrDigit(text[index]);
    }
}
