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

                var evidence = files.SelectMany(f => f.Figures).Select(f => f.Evidence)
                    .Where(e => e.Article?.Id == article.Id.Id)
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

                var referenced = ReferencedBy(files, article.Id.Id);
                foreach (var (id, names) in NamedEntities(files))
                {
                    if (referenced.Contains(id))
                    {
                        continue;
                    }

                    var mention = names
                        .SelectMany(name => Occurrences(text, name).Where(span => IsWord(text, span)).Select(span => (Name: name, span.Start, span.End)))
                        .Where(m => !ignored.Any(span => span.Start <= m.Start && m.End <= span.End))
                        .OrderBy(m => m.Start)
                        .FirstOrDefault();
                    if (mention.Name != null)
                    {
                        yield return DiagnosticInfo.Create(DiagnosticDescriptors.UnreferencedName, article.Id.Span,
                            mention.Name, id, article.Id.Id, Position(text, mention.Start, articleText.Seed));
                    }
                }
            }
        }

        private static HashSet<string> ReferencedBy(ImmutableArray<AnnotationFile> files, string articleId)
        {
            var ids = new HashSet<string>(StringComparer.Ordinal);
            void Add(Ref? r)
            {
                if (r != null)
                {
                    ids.Add(r.Id);
                }
            }

            foreach (var file in files)
            {
                foreach (var figure in file.Figures.Where(f => f.Evidence.Article?.Id == articleId))
                {
                    Add(figure.Subject);
                    Add(figure.ClaimedBy);
                    Add(figure.Place);
                    foreach (var via in figure.Via)
                    {
                        Add(via);
                    }
                }

                foreach (var statement in file.Statements.Where(s => s.Evidence.Article?.Id == articleId))
                {
                    Add(statement.Speaker);
                }

                foreach (var e in file.Events.Where(e => e.Reports.Any(r => r.Article?.Id == articleId)))
                {
                    Add(e.Place);
                    foreach (var report in e.Reports.Where(r => r.Article?.Id == articleId))
                    {
                        Add(report.ClaimedBy);
                        foreach (var via in report.Via)
                        {
                            Add(via);
                        }
                    }

                    foreach (var participant in e.Participants)
                    {
                        Add(participant.Actor);
                    }
                }
            }

            return ids;
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
