using System.Collections.Immutable;

namespace StructuredNews.Annotations.Validation
{
    /// <summary>
    /// Every check, listed once, by scope (see <see cref="IFileCheck"/> and its siblings). The generator's pipeline
    /// runs each scope's list as one step per input; <see cref="DatasetValidator"/> runs the same lists in one call.
    /// A new check is a class in Checks/, a line here, its descriptor and its docs entry.
    /// </summary>
    public static class CheckCatalog
    {
        public static ImmutableArray<IFileCheck> FileChecks { get; } = ImmutableArray.Create<IFileCheck>(
            new ReferenceCheck(),
            new ValueInQuoteCheck(),
            new BoundsCheck(),
            new QualifierWordingCheck(),
            new PublicationDateCheck());

        public static ImmutableArray<IQuoteCheck> QuoteChecks { get; } = ImmutableArray.Create<IQuoteCheck>(
            new EvidenceCheck(),
            new TextEncodingCheck());

        public static ImmutableArray<IArticleCheck> ArticleChecks { get; } = ImmutableArray.Create<IArticleCheck>(
            new CoverageCheck());

        public static ImmutableArray<IDatasetCheck> DatasetChecks { get; } = ImmutableArray.Create<IDatasetCheck>(
            new DatasetSectionCheck(),
            new IdCheck(),
            new CycleCheck(),
            new CausalOrderCheck(),
            new SpellingInTextsCheck(),
            new UnitCheck());

        /// <summary>The diagnostics of one file: its parse diagnostics and those of every file check.</summary>
        public static EquatableArray<DiagnosticInfo> CheckFile(FileInDataset input) =>
            input.File.Diagnostics.Concat(Run(input.File.Path, FileChecks, check => check.Check(input))).ToEquatableArray();

        public static EquatableArray<DiagnosticInfo> CheckQuotes(LocatedFile input) =>
            Run(input.File.Path, QuoteChecks, check => check.Check(input)).ToEquatableArray();

        public static EquatableArray<DiagnosticInfo> CheckArticle(AnnotatedArticle input) =>
            Run(input.Article.Id.Span.Path, ArticleChecks, check => check.Check(input)).ToEquatableArray();

        /// <summary>What the dataset checks find, without positions (a failing check is found as SN0999).</summary>
        public static EquatableArray<Finding> FindInDataset(DatasetFacts input)
        {
            var findings = new List<Finding>();
            foreach (var check in DatasetChecks)
            {
                try
                {
                    findings.AddRange(check.Find(input));
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    findings.Add(new Finding(DiagnosticDescriptors.InternalError.Id, new Anchor("", AnchorKind.DatasetSection, 0), null,
                        ImmutableArray.Create<MessageArgument>(e.GetType().Name + ": " + e.Message).ToEquatableArray()));
                }
            }

            return findings.ToEquatableArray();
        }

        /// <summary>
        /// Puts findings at their places in the files' outlines. Nothing to do in a valid dataset, so this step costs
        /// nothing while the findings are empty, however often the outlines change.
        /// </summary>
        public static EquatableArray<DiagnosticInfo> Locate(EquatableArray<Finding> findings, IEnumerable<FileOutline> outlines)
        {
            if (findings.Count == 0)
            {
                return EquatableArray<DiagnosticInfo>.Empty;
            }

            // The first outline of a path (a file passed twice is reported by the source output).
            var byPath = new Dictionary<string, FileOutline>(StringComparer.Ordinal);
            foreach (var outline in outlines)
            {
                if (!byPath.ContainsKey(outline.RelativePath))
                {
                    byPath.Add(outline.RelativePath, outline);
                }
            }

            SourceSpan SpanOf(Anchor anchor) => byPath.TryGetValue(anchor.RelativePath, out var outline) ? outline.SpanOf(anchor) : SourceSpan.FileStart(anchor.RelativePath);

            return findings.Select(finding => new DiagnosticInfo(
                    finding.DiagnosticId,
                    SpanOf(finding.At),
                    finding.Arguments.Select(a => a.At is { } at ? a.Text + Messages.Where(SpanOf(at)) : a.Text).ToEquatableArray(),
                    finding.Related is { } related ? ImmutableArray.Create(SpanOf(related)).ToEquatableArray() : EquatableArray<SourceSpan>.Empty))
                .ToEquatableArray();
        }

        // A bug in a check must not throw into the compiler (CS8785 would drop the dataset silently): it becomes SN0999.
        private static IEnumerable<DiagnosticInfo> Run<TCheck>(string path, ImmutableArray<TCheck> checks, Func<TCheck, IEnumerable<DiagnosticInfo>> run)
        {
            var diagnostics = new List<DiagnosticInfo>();
            foreach (var check in checks)
            {
                try
                {
                    diagnostics.AddRange(run(check));
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InternalError, SourceSpan.FileStart(path), e.GetType().Name + ": " + e.Message));
                }
            }

            return diagnostics;
        }
    }
}
