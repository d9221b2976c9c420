using System.Text;

namespace StructuredNews.Annotations.Validation
{
    /// <summary>Finds evidence quotes in article texts, like a W3C TextQuoteSelector with an occurrence index.</summary>
    public static class QuoteLocator
    {
        /// <summary>
        /// Each of a file's quotes located in its article's text, in <see cref="EvidenceOrder"/>: once, for both the
        /// emitter's positions and the evidence check.
        /// </summary>
        public static LocatedFile LocateQuotesOf(AnnotationFile file, ArticleTextTable texts) =>
            new LocatedFile(
                file,
                file.Article != null ? texts.Find(file.Article.Id.Id) : null,
                EvidenceOrder.Of(file)
                    .Select(e => e.Article != null && texts.Find(e.Article.Id) is { Text: { } text } ? Locate(text, e.Selector) : QuoteMatch.NotSearched)
                    .ToEquatableArray());

        public static QuoteMatch Locate(string text, QuoteSelector evidence)
        {
            var candidates = new List<int>();
            for (var at = text.IndexOf(evidence.Quote, StringComparison.Ordinal); at >= 0; at = text.IndexOf(evidence.Quote, at + 1, StringComparison.Ordinal))
            {
                if (Fits(text, at, evidence))
                {
                    candidates.Add(at);
                }
            }

            if (evidence.Occurrence is { } n)
            {
                return n <= candidates.Count ? new QuoteMatch(candidates[n - 1], candidates.Count, null) : new QuoteMatch(-1, candidates.Count, null);
            }

            if (candidates.Count == 1)
            {
                return new QuoteMatch(candidates[0], 1, null);
            }

            // A near miss only helps when the quote itself is absent, not when the prefix or suffix ruled it out.
            var verbatimElsewhere = text.IndexOf(evidence.Quote, StringComparison.Ordinal) >= 0;
            return new QuoteMatch(-1, candidates.Count, candidates.Count == 0 && !verbatimElsewhere ? NearMiss(text, evidence.Quote) : null);
        }

        private static bool Fits(string text, int at, QuoteSelector evidence)
        {
            if (evidence.Prefix is { } prefix && (at < prefix.Length || string.CompareOrdinal(text, at - prefix.Length, prefix, 0, prefix.Length) != 0))
            {
                return false;
            }

            var end = at + evidence.Quote.Length;
            return evidence.Suffix is not { } suffix ||
                (end + suffix.Length <= text.Length && string.CompareOrdinal(text, end, suffix, 0, suffix.Length) == 0);
        }

        /// <summary>
        /// The passage that matches when whitespace, quote marks, dashes, case, Unicode normalisation (composed or
        /// decomposed accents), soft hyphens and zero-width characters are ignored.
        /// </summary>
        private static string? NearMiss(string text, string quote)
        {
            var (foldedText, map) = Fold(text);
            var (foldedQuote, _) = Fold(quote);
            if (foldedQuote.Length == 0)
            {
                return null;
            }

            var at = foldedText.IndexOf(foldedQuote, StringComparison.Ordinal);
            if (at < 0)
            {
                return null;
            }

            var start = map[at];
            var end = map[at + foldedQuote.Length - 1] + 1;
            return text.Substring(start, end - start);
        }

        private static (string Folded, List<int> Map) Fold(string text)
        {
            var builder = new StringBuilder(text.Length);
            var map = new List<int>(text.Length);
            var lastWasSpace = false;
            for (var i = 0; i < text.Length; i++)
            {
                var c = text[i];
                if (char.IsWhiteSpace(c))
                {
                    if (!lastWasSpace && builder.Length > 0)
                    {
                        builder.Append(' ');
                        map.Add(i);
                    }

                    lastWasSpace = true;
                    continue;
                }

                if (c is '\u00AD' or '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF')
                {
                    continue; // soft hyphen, zero-width characters: invisible in the text
                }

                lastWasSpace = false;
                var folded = c switch
                {
                    '“' or '”' or '„' or '«' or '»' or '"' or '‟' => "\"",
                    '‘' or '’' or '‚' or '\'' or '`' or '´' or '‛' => "'",
                    '–' or '—' or '‐' or '‑' or '−' => "-",
                    _ when char.IsSurrogate(c) => c.ToString(),
                    _ => c.ToString().Normalize(NormalizationForm.FormD).ToLowerInvariant(),
                };
                foreach (var f in folded)
                {
                    builder.Append(f);
                    map.Add(i);
                }
            }

            return (builder.ToString(), map);
        }
    }
}
