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

            var covered = new Coverage(model.Annotations.FigureQuotes
                .Select(q => QuoteLocator.Locate(text, q) is { Found: true } match ? (Start: match.Start, End: match.Start + q.Quote.Length) : (Start: -1, End: -1))
                .Where(span => span.Start >= 0)
                .Concat(ignored));
            var ignoredOnly = new Coverage(ignored);
            var lines = new LineIndex(text);
            var uncovered = 0;
            foreach (var number in NumberScanner.Scan(text, article.Language))
            {
                if (!covered.Contains(number.Start, number.End) && ++uncovered <= MaxPerKind)
                {
                    diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.UncoveredNumber, article.Id.Span,
                        number.Text, article.Id.Id, lines.Position(number.Start, model.Text.Seed), Context(text, number.Start, number.Length)));
                }
            }

            var referenced = new HashSet<string>(model.Annotations.ReferencedIds, StringComparer.Ordinal);
            var reported = new HashSet<string>(StringComparer.Ordinal);
            var unreferenced = 0;
            foreach (var mention in NameFinder.For(model.Names).Find(text))
            {
                if (!referenced.Contains(mention.Id) && !ignoredOnly.Contains(mention.Start, mention.End) && reported.Add(mention.Id) && ++unreferenced <= MaxPerKind)
                {
                    diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.UnreferencedName, article.Id.Span,
                        mention.Name, mention.Id, article.Id.Id, lines.Position(mention.Start, model.Text.Seed)));
                }
            }

            Summarise(diagnostics, uncovered, DiagnosticDescriptors.UncoveredNumber.Id, "numbers in no figure's evidence", article);
            Summarise(diagnostics, unreferenced, DiagnosticDescriptors.UnreferencedName.Id, "names of entities no annotation references", article);
            return diagnostics;
        }

        // At most this many diagnostics of one id per article; the rest are counted in one SN0042.
        internal const int MaxPerKind = 100;

        private static void Summarise(List<DiagnosticInfo> diagnostics, int found, string id, string what, ArticleSpec article)
        {
            if (found > MaxPerKind)
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.MoreOfTheSame, article.Id.Span, (found - MaxPerKind).ToString(CultureInfo.InvariantCulture),
                    what, article.Id.Id, MaxPerKind.ToString(CultureInfo.InvariantCulture), id));
            }
        }

        /// <summary>Spans of a text, asked whether one of them contains a range, in logarithmic time.</summary>
        private sealed class Coverage
        {
            private readonly (int Start, int End)[] spans;
            private readonly int[] furthestEnd;

            public Coverage(IEnumerable<(int Start, int End)> spans)
            {
                this.spans = spans.OrderBy(s => s.Start).ToArray();
                furthestEnd = new int[this.spans.Length];
                for (var i = 0; i < this.spans.Length; i++)
                {
                    furthestEnd[i] = Math.Max(this.spans[i].End, i > 0 ? furthestEnd[i - 1] : int.MinValue);
                }
            }

            // Some span starts at or before start and ends at or after end: of the spans starting by start, the one
            // reaching furthest decides.
            public bool Contains(int start, int end)
            {
                int low = 0, high = spans.Length - 1, last = -1;
                while (low <= high)
                {
                    var mid = (low + high) / 2;
                    if (spans[mid].Start <= start)
                    {
                        last = mid;
                        low = mid + 1;
                    }
                    else
                    {
                        high = mid - 1;
                    }
                }

                return last >= 0 && furthestEnd[last] >= end;
            }
        }

        /// <summary>Line starts of a text, found once, so that each position costs a binary search.</summary>
        private sealed class LineIndex
        {
            private readonly List<int> starts = new List<int> { 0 };

            public LineIndex(string text)
            {
                for (var i = 0; i < text.Length; i++)
                {
                    if (text[i] == '\n')
                    {
                        starts.Add(i + 1);
                    }
                }
            }

            public string Position(int offset, string seed)
            {
                var line = starts.BinarySearch(offset);
                line = line >= 0 ? line : ~line - 1;
                return seed + "(" + (line + 1).ToString(CultureInfo.InvariantCulture) + "," + (offset - starts[line] + 1).ToString(CultureInfo.InvariantCulture) + ")";
            }
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

        private static string Context(string text, int start, int length)
        {
            var from = Math.Max(0, start - 30);
            var to = Math.Min(text.Length, start + length + 30);
            return "…" + text.Substring(from, to - from).Replace('\n', ' ').Replace('\r', ' ') + "…";
        }
    }
}
