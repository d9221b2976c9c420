using System.Globalization;

namespace StructuredNews.Annotations.Validation
{
    /// <summary>
    /// One file's article has its text (SN0013), and each quote of the file is in its article exactly once (SN0012,
    /// SN0014; located by <see cref="QuoteLocator.LocateQuotesOf"/>).
    /// </summary>
    public sealed class EvidenceCheck : IQuoteCheck
    {
        public IEnumerable<DiagnosticInfo> Check(LocatedFile located)
        {
            var diagnostics = new List<DiagnosticInfo>();
            var file = located.File;
            if (file.Article is { } article && located.OwnText is { Text: null } missing)
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.SeedTextMissing, article.SeedSpan, missing.Seed, article.Id.Id));
            }

            foreach (var (evidence, match) in EvidenceOrder.Of(file).Zip(located.Quotes, (evidence, match) => (evidence, match)))
            {
                if (!match.Searched || match.Found)
                {
                    continue; // an unknown article or a missing text is reported once, elsewhere
                }

                if (match.Candidates > 1 || (evidence.Occurrence != null && match.Candidates > 0))
                {
                    diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.AmbiguousQuote, evidence.Span,
                        match.Candidates.ToString(CultureInfo.InvariantCulture), evidence.Article!.Id));
                }
                else
                {
                    var hint = match.NearMiss != null
                        ? " (the article has it with different spacing, quote marks or case: \"" + match.NearMiss + "\")"
                        : evidence.Prefix != null || evidence.Suffix != null ? " with the given prefix and suffix" : "";
                    diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.QuoteNotFound, evidence.Span, evidence.Article!.Id, hint));
                }
            }

            return diagnostics;
        }
    }
}
