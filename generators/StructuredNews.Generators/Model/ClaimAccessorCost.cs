using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using StructuredNews.Annotations.Diagnostics;
using StructuredNews.Annotations.Model;

namespace StructuredNews.Generators.Model
{
    /// <summary>How many figures and statements one file declares, and where its dataset section is, if it has one.</summary>
    internal sealed record ClaimCount(string Path, int Claims, SourceSpan? DatasetSection)
    {
        public static ClaimCount Of(AnnotationFile file) => new ClaimCount(file.Path, file.Figures.Count + file.Statements.Count, file.Dataset?.Span);
    }

    /// <summary>
    /// The typed accessors of figures and statements cost compile time in every build (docs/performance.md). Once
    /// they cost about half a second, the generator says so once (SN0070), with the cost and the property that turns
    /// them off, so that nothing changes silently as a dataset grows.
    /// </summary>
    internal static class ClaimAccessorCost
    {
        /// <summary>
        /// Compile time per claim accessor, measured through the compiler server at N = 1,000 synthetic articles:
        /// 5.22 s with 45,000 accessors, 1.80 s without (benchmarks/results/2026-12-01/run16-compile-task-n1000-claims.md).
        /// </summary>
        public const double MicrosecondsPerAccessor = 76;

        /// <summary>The number of accessors that costs about half a second a build.</summary>
        public const int Threshold = 6_500;

        public static EquatableArray<DiagnosticInfo> Diagnose(IEnumerable<ClaimCount> files, GeneratorOptions options)
        {
            var all = files.OrderBy(f => f.Path, StringComparer.Ordinal).ToList();
            var claims = all.Sum(f => f.Claims);
            if (!options.EmitClaimAccessors || claims < Threshold)
            {
                return EquatableArray<DiagnosticInfo>.Empty;
            }

            // Once per project: at the dataset section, else at the start of the first annotation file.
            var at = all.Select(f => f.DatasetSection).FirstOrDefault(s => s != null) ?? SourceSpan.FileStart(all[0].Path);
            var seconds = claims * MicrosecondsPerAccessor / 1_000_000;
            return new[]
            {
                DiagnosticInfo.Create(DiagnosticDescriptors.ClaimAccessorsCost, at, claims.ToString("N0", CultureInfo.InvariantCulture),
                    seconds.ToString("0.0", CultureInfo.InvariantCulture), MicrosecondsPerAccessor.ToString("0", CultureInfo.InvariantCulture)),
            }.ToEquatableArray();
        }
    }
}
