using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using StructuredNews.Generators.Diagnostics;
using StructuredNews.Generators.Model;

namespace StructuredNews.Generators.Validation
{
    /// <summary>
    /// Completeness of an article's annotation: every number in its text lies inside some figure's evidence or an
    /// ignored passage (SN0022), and every actor or place named in it is referenced by an annotation of that
    /// article (SN0023).
    /// </summary>
    internal static class CoverageChecker
    {
        public static IEnumerable<DiagnosticInfo> Check(ImmutableArray<AnnotationFile> files, ArticleTextTable texts)
        {
            // Gathered once for all articles, so the check stays linear in the size of the dataset.
            var figureEvidence = files.SelectMany(f => f.Figures).Select(f => f.Evidence).Where(e => e.Article != null)
                .ToLookup(e => e.Article!.Id, StringComparer.Ordinal);
            var references = ReferencesByArticle(files);
            var names = new NameFinder(NamedEntities(files));
            foreach (var file in files)
            {
                if (file.Article is not { } article || texts.Find(article.Id.Id) is not { Text: { } text } articleText)
                {
                    continue;
                }

                var ignored = new List<(int Start, int End)>();
                foreach (var ignore in file.Ignores)
                {
                    var spans = Occurrences(text, ignore.Text).Where(span => IsWord(text, span)).ToList();
                    if (spans.Count == 0 || ignore.Occurrence > spans.Count)
                    {
                        yield return DiagnosticInfo.Create(DiagnosticDescriptors.QuoteNotFound, ignore.Span, article.Id.Id,
                            spans.Count == 0 ? " (an ignored passage must be copied from the text)" : " that often (it occurs " + spans.Count.ToString(CultureInfo.InvariantCulture) + " times)");
                        continue;
                    }

                    ignored.AddRange(ignore.Occurrence is { } n ? new[] { spans[n - 1] } : spans);
                }

                var evidence = figureEvidence[article.Id.Id]
                    .Select(e => QuoteLocator.Locate(text, e) is { Found: true } match ? (match.Start, match.Start + e.Quote.Length) : (-1, -1))
                    .Where(span => span.Item1 >= 0)
                    .ToList();
                var covered = evidence.Concat(ignored).ToList();

                foreach (var number in NumberScanner.Scan(text, article.Language))
                {
                    if (!covered.Any(span => span.Item1 <= number.Start && number.End <= span.Item2))
                    {
                        yield return DiagnosticInfo.Create(DiagnosticDescriptors.UncoveredNumber, article.Id.Span,
                            number.Text, article.Id.Id, Position(text, number.Start, articleText.Seed), Context(text, number.Start, number.Length));
                    }
                }

                var referenced = references.TryGetValue(article.Id.Id, out var ids) ? ids : new HashSet<string>(StringComparer.Ordinal);
                var reported = new HashSet<string>(StringComparer.Ordinal);
                foreach (var mention in names.Find(text))
                {
                    if (!referenced.Contains(mention.Id) && !ignored.Any(span => span.Start <= mention.Start && mention.End <= span.End) && reported.Add(mention.Id))
                    {
                        yield return DiagnosticInfo.Create(DiagnosticDescriptors.UnreferencedName, article.Id.Span,
                            mention.Name, mention.Id, article.Id.Id, Position(text, mention.Start, articleText.Seed));
                    }
                }
            }
        }

        // Every id an article's annotations reference: what its figures, statements and event reports point at.
        private static Dictionary<string, HashSet<string>> ReferencesByArticle(ImmutableArray<AnnotationFile> files)
        {
            var byArticle = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
            void Add(string? articleId, Ref? r)
            {
                if (articleId == null || r == null)
                {
                    return;
                }

                if (!byArticle.TryGetValue(articleId, out var ids))
                {
                    byArticle.Add(articleId, ids = new HashSet<string>(StringComparer.Ordinal));
                }

                ids.Add(r.Id);
            }

            foreach (var file in files)
            {
                foreach (var figure in file.Figures)
                {
                    var article = figure.Evidence.Article?.Id;
                    Add(article, figure.Subject);
                    Add(article, figure.ClaimedBy);
                    Add(article, figure.Place);
                    foreach (var via in figure.Via)
                    {
                        Add(article, via);
                    }
                }

                foreach (var statement in file.Statements)
                {
                    Add(statement.Evidence.Article?.Id, statement.Speaker);
                }

                foreach (var e in file.Events)
                {
                    foreach (var report in e.Reports)
                    {
                        var article = report.Article?.Id;
                        Add(article, e.Place);
                        Add(article, report.ClaimedBy);
                        foreach (var participant in e.Participants)
                        {
                            Add(article, participant.Actor);
                        }

                        foreach (var via in report.Via)
                        {
                            Add(article, via);
                        }
                    }
                }
            }

            return byArticle;
        }

        private static IEnumerable<(string Id, IEnumerable<string> Names)> NamedEntities(ImmutableArray<AnnotationFile> files) =>
            files.SelectMany(f => f.Actors.Select(a => (a.Id.Id, Names: NamesOf(a.Name, a.Names, a.Aliases)))
                .Concat(f.Places.Select(p => (p.Id.Id, Names: NamesOf(p.Name, p.Names, p.Aliases)))));

        private static IEnumerable<string> NamesOf(string name, EquatableArray<LocalizedName> names, EquatableArray<string> aliases) =>
            new[] { name }.Concat(names.Select(n => n.Name)).Concat(aliases).Where(n => n.Length > 0).Distinct(StringComparer.Ordinal);

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
