using System.Collections.Generic;
using System.Globalization;
using StructuredNews.Generators.Diagnostics;
using StructuredNews.Generators.Model;

namespace StructuredNews.Generators.Validation
{
    /// <summary>One file's article has its text, and each quote of the file is in its article exactly once.</summary>
    internal static class EvidenceChecker
    {
        public static EquatableArray<DiagnosticInfo> Check(AnnotationFile file, ArticleTextTable texts)
        {
            var diagnostics = new List<DiagnosticInfo>();
            if (file.Article is { } article && texts.Find(article.Id.Id) is { Text: null } missing)
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.SeedTextMissing, article.SeedSpan, missing.Seed, article.Id.Id));
            }

            foreach (var evidence in EvidenceOrder.Of(file))
            {
                if (evidence.Article == null || texts.Find(evidence.Article.Id) is not { Text: { } text })
                {
                    continue; // an unknown article or a missing text is reported once, elsewhere
                }

                var match = QuoteLocator.Locate(text, evidence.Selector);
                if (match.Found)
                {
                    continue;
                }

                if (match.Candidates > 1 || (evidence.Occurrence != null && match.Candidates > 0))
                {
                    diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.AmbiguousQuote, evidence.Span,
                        match.Candidates.ToString(CultureInfo.InvariantCulture), evidence.Article.Id));
                }
                else
                {
                    var hint = match.NearMiss != null
                        ? " (the article has it with different spacing, quote marks or case: \"" + match.NearMiss + "\")"
                        : evidence.Prefix != null || evidence.Suffix != null ? " with the given prefix and suffix" : "";
                    diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.QuoteNotFound, evidence.Span, evidence.Article.Id, hint));
                }
            }

            return diagnostics.ToEquatableArray();
        }
    }
}
