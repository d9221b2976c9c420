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
    /// What the coverage check of one article needs: the figure quotes and the ids referenced there, from one file
    /// (<see cref="CoverageChecker.ContributionsOf"/>) or joined from all (<see cref="CoverageChecker.Index"/>).
    /// </summary>
    internal sealed record ArticleCoverage(EquatableArray<QuoteSelector> FigureQuotes, EquatableArray<string> ReferencedIds)
    {
        public static readonly ArticleCoverage None = new ArticleCoverage(EquatableArray<QuoteSelector>.Empty, EquatableArray<string>.Empty);
    }

    /// <summary>An actor or place and every name it goes by.</summary>
    internal sealed record NamedEntry(string Id, EquatableArray<string> Names);

    /// <summary>
    /// The names of all actors and places, compared by value; the <see cref="NameFinder"/> over them is built once and
    /// shared by every article's check.
    /// </summary>
    internal sealed class NameTable : IEquatable<NameTable>
    {
        private readonly EquatableArray<NamedEntry> entries;
        private readonly Lazy<NameFinder> finder;

        public NameTable(EquatableArray<NamedEntry> entries)
        {
            this.entries = entries;
            finder = new Lazy<NameFinder>(() => new NameFinder(entries.Select(e => (e.Id, (IEnumerable<string>)e.Names))));
        }

        public NameFinder Finder => finder.Value;

        public static EquatableArray<NamedEntry> Of(AnnotationFile file) =>
            file.Actors.Select(a => new NamedEntry(a.Id.Id, NamesOf(a.Name, a.Names, a.Aliases)))
                .Concat(file.Places.Select(p => new NamedEntry(p.Id.Id, NamesOf(p.Name, p.Names, p.Aliases))))
                .ToEquatableArray();

        public static NameTable Build(IEnumerable<EquatableArray<NamedEntry>> files) => new NameTable(files.SelectMany(f => f).ToEquatableArray());

        public bool Equals(NameTable? other) => other != null && entries.Equals(other.entries);

        public override bool Equals(object? obj) => Equals(obj as NameTable);

        public override int GetHashCode() => entries.Count;

        private static EquatableArray<string> NamesOf(string name, EquatableArray<LocalizedName> names, EquatableArray<string> aliases) =>
            new[] { name }.Concat(names.Select(n => n.Name)).Concat(aliases).Where(n => n.Length > 0).Distinct(StringComparer.Ordinal).ToEquatableArray();
    }

    /// <summary>Everything the coverage check of one article looks at; equal inputs keep the check cached.</summary>
    internal sealed record CoverageModel(ArticleSpec Article, EquatableArray<IgnoreSpec> Ignores, ArticleText Text, ArticleCoverage Coverage, NameTable Names);

    /// <summary>
    /// Completeness of an article's annotation: every number in its text lies inside some figure's evidence or an
    /// ignored passage (SN0022), and every actor or place named in it is referenced by an annotation of that
    /// article (SN0023).
    /// </summary>
    internal static class CoverageChecker
    {
        /// <summary>
        /// What one file contributes to the coverage of each article it annotates: its figure quotes and the ids it
        /// references there. Positions play no part, so the contribution of a file stays equal while an edit only
        /// changes notes or moves lines, and the index across files stays cached.
        /// </summary>
        public static EquatableLookup<ArticleCoverage> ContributionsOf(AnnotationFile file)
        {
            var quotes = new Dictionary<string, List<QuoteSelector>>(StringComparer.Ordinal);
            foreach (var figure in file.Figures)
            {
                if (figure.Evidence.Article?.Id is { } article)
                {
                    (quotes.TryGetValue(article, out var list) ? list : quotes[article] = new List<QuoteSelector>()).Add(figure.Evidence.Selector);
                }
            }

            var references = ReferencesByArticle(file);
            return new EquatableLookup<ArticleCoverage>(quotes.Keys.Concat(references.Keys).Distinct(StringComparer.Ordinal)
                .Select(id => new KeyValuePair<string, ArticleCoverage>(id, new ArticleCoverage(
                    quotes.TryGetValue(id, out var q) ? q.ToEquatableArray() : EquatableArray<QuoteSelector>.Empty,
                    references.TryGetValue(id, out var r) ? r.OrderBy(x => x, StringComparer.Ordinal).ToEquatableArray() : EquatableArray<string>.Empty))));
        }

        /// <summary>The figure quotes and references of every article, joined from the files' contributions (in path order).</summary>
        public static EquatableLookup<ArticleCoverage> Index(IEnumerable<(string RelativePath, EquatableLookup<ArticleCoverage> Contributions)> files)
        {
            var quotes = new Dictionary<string, List<QuoteSelector>>(StringComparer.Ordinal);
            var references = new Dictionary<string, SortedSet<string>>(StringComparer.Ordinal);
            foreach (var (_, contributions) in files.OrderBy(f => f.RelativePath, StringComparer.Ordinal))
            {
                foreach (var (articleId, part) in contributions.Entries)
                {
                    (quotes.TryGetValue(articleId, out var q) ? q : quotes[articleId] = new List<QuoteSelector>()).AddRange(part.FigureQuotes);
                    var ids = references.TryGetValue(articleId, out var r) ? r : references[articleId] = new SortedSet<string>(StringComparer.Ordinal);
                    ids.UnionWith(part.ReferencedIds);
                }
            }

            return new EquatableLookup<ArticleCoverage>(quotes.Select(p =>
                new KeyValuePair<string, ArticleCoverage>(p.Key, new ArticleCoverage(p.Value.ToEquatableArray(), references[p.Key].ToEquatableArray()))));
        }

        public static EquatableArray<DiagnosticInfo> Check(CoverageModel model)
        {
            var diagnostics = new List<DiagnosticInfo>();
            var article = model.Article;
            if (model.Text.Text is not { } text)
            {
                return diagnostics.ToEquatableArray();
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

            var covered = model.Coverage.FigureQuotes
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

            var referenced = new HashSet<string>(model.Coverage.ReferencedIds, StringComparer.Ordinal);
            var reported = new HashSet<string>(StringComparer.Ordinal);
            foreach (var mention in model.Names.Finder.Find(text))
            {
                if (!referenced.Contains(mention.Id) && !ignored.Any(span => span.Start <= mention.Start && mention.End <= span.End) && reported.Add(mention.Id))
                {
                    diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.UnreferencedName, article.Id.Span,
                        mention.Name, mention.Id, article.Id.Id, Position(text, mention.Start, model.Text.Seed)));
                }
            }

            return diagnostics.ToEquatableArray();
        }

        // Every id an article's annotations reference: what its figures, statements and event reports point at.
        private static Dictionary<string, HashSet<string>> ReferencesByArticle(AnnotationFile file)
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

            return byArticle;
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
