using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using StructuredNews.Generators.Model;

namespace StructuredNews.Generators.Validation
{
    /// <summary>
    /// All of validation in one call, for use outside the incremental pipeline (<c>sn validate</c>, tests). The
    /// generator runs the same checks as separate cached steps: per file (parse, references, evidence, coverage of
    /// its article) and across files (<see cref="GlobalChecker"/>).
    /// </summary>
    internal static class DatasetValidator
    {
        public static EquatableArray<DiagnosticInfo> Validate(ImmutableArray<AnnotationFile> files, ArticleTextTable texts, CancellationToken cancellationToken)
        {
            var ordered = files.OrderBy(f => f.RelativePath, StringComparer.Ordinal).ToImmutableArray();
            var symbols = SymbolTable.Build(ordered.Select(IdentifierPlan.IdsOf));
            var coverage = CoverageChecker.Index(ordered.Select(f => (f.RelativePath, CoverageChecker.ContributionsOf(f))));
            var names = NameTable.Build(ordered.Select(NameTable.Of));
            var diagnostics = new List<DiagnosticInfo>(GlobalChecker.Check(ordered.Select(FileOutline.Of).ToImmutableArray()));
            foreach (var file in ordered)
            {
                cancellationToken.ThrowIfCancellationRequested();
                diagnostics.AddRange(file.Diagnostics);
                diagnostics.AddRange(ReferenceChecker.Check(file, symbols));
                diagnostics.AddRange(EvidenceChecker.Check(QuoteLocator.LocateQuotesOf(file, texts)));
                if (CoverageModelOf(file, texts, coverage, names) is { } model)
                {
                    diagnostics.AddRange(CoverageChecker.Check(model));
                }
            }

            return Sorted(diagnostics);
        }

        /// <summary>The coverage inputs of a file's article, or null when the file has no article.</summary>
        public static CoverageModel? CoverageModelOf(AnnotationFile file, ArticleTextTable texts, EquatableLookup<ArticleCoverage> coverage, NameTable names) =>
            file.Article is { } article && texts.Find(article.Id.Id) is { } text
                ? new CoverageModel(article, file.Ignores, text, coverage.TryGetValue(article.Id.Id, out var slice) ? slice : ArticleCoverage.None, names)
                : null;

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
