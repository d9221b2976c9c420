using System.Collections.Immutable;
using System.Threading;
using StructuredNews.Annotations.Naming;

namespace StructuredNews.Annotations.Validation
{
    /// <summary>
    /// Every check of <see cref="CheckCatalog"/> over a whole dataset in one call, for use outside the incremental
    /// pipeline (<c>sn validate</c>, tests). It builds the same inputs as the generator's steps, from the same
    /// functions, so it reports what a build reports, at the same places.
    /// </summary>
    public static class DatasetValidator
    {
        public static EquatableArray<DiagnosticInfo> Validate(ImmutableArray<AnnotationFile> files, ArticleTextTable texts, CancellationToken cancellationToken)
        {
            var ordered = files.OrderBy(f => f.RelativePath, StringComparer.Ordinal).ToImmutableArray();
            var outlines = ordered.Select(FileOutline.Of).ToImmutableArray();
            var facts = outlines.Select(o => o.Facts()).ToImmutableArray();
            var index = DatasetIndex.Build(facts);
            var annotations = ArticleAnnotations.Join(ordered.Select(f => (f.RelativePath, ArticleAnnotations.ContributionsOf(f))));
            var names = NameTable.Build(ordered.Select(NameTable.Of));
            var sought = SoughtSpellings.Of(facts);

            // Each file's checks are independent of the others': run on every core, in file order, then sorted.
            var perFile = ordered.AsParallel().AsOrdered().WithCancellation(cancellationToken).Select(file =>
            {
                var found = new List<DiagnosticInfo>(CheckCatalog.CheckFile(new FileInDataset(file, index)));
                found.AddRange(CheckCatalog.CheckQuotes(QuoteLocator.LocateQuotesOf(file, texts)));
                EquatableArray<string>? spellings = null;
                if (AnnotatedArticle.Of(file, texts, annotations, names) is { } article)
                {
                    found.AddRange(CheckCatalog.CheckArticle(article));
                    spellings = SpellingSearch.FoundIn(article.Text.Text, sought);
                }

                return (Diagnostics: found, Spellings: spellings);
            }).ToList();
            var diagnostics = perFile.SelectMany(f => f.Diagnostics).ToList();
            var spellingsFound = perFile.Where(f => f.Spellings != null).Select(f => f.Spellings!.Value).ToList();

            var dataset = DatasetFacts.Of(facts, IdentifierPlan.Compute(facts), SpellingUse.Join(spellingsFound));
            diagnostics.AddRange(CheckCatalog.Locate(CheckCatalog.FindInDataset(dataset), outlines));

            return Sorted(diagnostics);
        }

        /// <summary>Diagnostics in a stable order: by file, position, id, then message arguments.</summary>
        public static EquatableArray<DiagnosticInfo> Sorted(IEnumerable<DiagnosticInfo> diagnostics) =>
            diagnostics
                .Distinct()
                .OrderBy(d => d.Span.Path, StringComparer.Ordinal)
                .ThenBy(d => d.Span.Start)
                .ThenBy(d => d.Id, StringComparer.Ordinal)
                .ThenBy(d => string.Join("\u0000", d.Arguments), StringComparer.Ordinal)
                .ToEquatableArray();
    }
}
