using System.Collections.Immutable;
using System.Globalization;

namespace StructuredNews.Annotations.Validation
{
    /// <summary>
    /// Completeness of an article's annotation: every number in its text lies inside some figure's evidence or an
    /// ignored passage (SN0022), and every actor or place named in it is referenced by an annotation of that
    /// article (SN0023).
    /// </summary>
    public sealed class CoverageCheck : IArticleCheck
    {
        public IEnumerable<DiagnosticInfo> Check(AnnotatedArticle model)
        {
            var diagnostics = new List<DiagnosticInfo>();
            var article = model.Article;
            if (model.Text.Text is not { } text)
            {
                return diagnostics;
            }

            var ignored = new List<(int Start, int End)>();
            foreach (var ignore in model.Ignores)
            {
                var spans = Occurrences(text, ignore.Text).Where(span => IsWord(text, span)).ToList();
                if (spans.Count == 0 || ignore.Occurrence > spans.Count)
                {
                    diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.QuoteNotFound, ignore.Span, article.Id.Id,
                        spans.Count == 0 ? " (an ignored passage must be copied from the text)" : " that often (it occurs " + spans.Count.ToString(CultureInfo.InvariantCulture) + " times)"));
                    continue;
                }

                ignored.AddRange(ignore.Occurrence is { } n ? new[] { spans[n - 1] } : spans);
            }

            var covered = model.Annotations.FigureQuotes
                .Select(q => QuoteLocator.Locate(text, q) is { Found: true } match ? (Start: match.Start, End: match.Start + q.Quote.Length) : (Start: -1, End: -1))
                .Where(span => span.Start >= 0)
                .Concat(ignored)
                .ToList();
            foreach (var number in NumberScanner.Scan(text, article.Language))
            {
                if (!covered.Any(span => span.Start <= number.Start && number.End <= span.End))
                {
                    diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.UncoveredNumber, article.Id.Span,
                        number.Text, article.Id.Id, Position(text, number.Start, model.Text.Seed), Context(text, number.Start, number.Length)));
                }
            }

            var referenced = new HashSet<string>(model.Annotations.ReferencedIds, StringComparer.Ordinal);
            var reported = new HashSet<string>(StringComparer.Ordinal);
            foreach (var mention in NameFinder.For(model.Names).Find(text))
            {
                if (!referenced.Contains(mention.Id) && !ignored.Any(span => span.Start <= mention.Start && mention.End <= span.End) && reported.Add(mention.Id))
                {
                    diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.UnreferencedName, article.Id.Span,
                        mention.Name, mention.Id, article.Id.Id, Position(text, mention.Start, model.Text.Seed)));
                }
            }

            return diagnostics;
        }

        private static IEnumerable<(int Start, int End)> Occurrences(string text, string passage)
        {
            if (passage.Length == 0)
            {
                yield break;
            }

            for (var at = text.IndexOf(passage, StringComparison.Ordinal); at >= 0; at = text.IndexOf(passage, at + 1, StringComparison.Ordinal))
            {
                yield return (at, at + passage.Length);
            }
        }

        // A passage that starts (ends) with a letter or digit must not continue a word there: "to" is not in "stormet".
        private static bool IsWord(string text, (int Start, int End) span) =>
            (span.Start == 0 || !char.IsLetterOrDigit(text[span.Start]) || !char.IsLetterOrDigit(text[span.Start - 1])) &&
            (span.End == text.Length || !char.IsLetterOrDigit(text[span.End - 1]) || !char.IsLetterOrDigit(text[span.End]));

        private static string Position(string text, int offset, string seed)
        {
            var line = 1;
            var lineStart = 0;
            for (var i = 0; i < offset; i++)
            {
                if (text[i] == '\n')
                {
                    line++;
                    lineStart = i + 1;
                }
            }

            return seed + "(" + line.ToString(CultureInfo.InvariantCulture) + "," + (offset - lineStart + 1).ToString(CultureInfo.InvariantCulture) + ")";
        }

        private static string Context(string text, int start, int length)
        {
            var from = Math.Max(0, start - 30);
            var to = Math.Min(text.Length, start + length + 30);
            return "…" + text.Substring(from, to - from).Replace('\n', ' ').Replace('\r', ' ') + "…";
        }
    }
}
