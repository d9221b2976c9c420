using System;
using System.Collections.Generic;
using System.Linq;

namespace StructuredNews
{
    /// <summary>
    /// The figures about one measure and subject in one unit, in as-of order, with how each relates to the one before
    /// (<see cref="Steps"/>) and the current estimate (<see cref="Estimate"/>). Rules in docs/reconciliation.md.
    /// </summary>
    public sealed class FigureSeries
    {
        internal FigureSeries(Measure measure, string subjectId, string unit, IEnumerable<Figure> figures)
        {
            Measure = measure;
            SubjectId = subjectId;
            Unit = unit;

            // Dated figures by date, then the undated; on one day by claimant, article and id, so the order is stable.
            Figures = figures
                .OrderBy(f => f.AsOf == null)
                .ThenBy(f => f.AsOf ?? default)
                .ThenBy(f => f.ClaimedById ?? "", StringComparer.Ordinal)
                .ThenBy(f => f.Evidence.ArticleId, StringComparer.Ordinal)
                .ThenBy(f => f.Id, StringComparer.Ordinal)
                .ToArray();
            var steps = new FigureStep[Math.Max(0, Figures.Count - 1)];
            for (var i = 1; i < Figures.Count; i++)
            {
                steps[i - 1] = new FigureStep(this, Figures[i - 1], Figures[i], Classify(Figures[i - 1], Figures[i]));
            }

            Steps = steps;
        }

        /// <summary>The measure the figures share.</summary>
        public Measure Measure { get; }

        /// <summary>Id of the subject the figures share.</summary>
        public string SubjectId { get; }

        /// <summary>The unit the figures share (figures in different units are different series).</summary>
        public string Unit { get; }

        /// <summary>The figures: dated ones by as-of date, then undated ones.</summary>
        public IReadOnlyList<Figure> Figures { get; }

        /// <summary>Each figure after the first with how it relates to the one before.</summary>
        public IReadOnlyList<FigureStep> Steps { get; }

        /// <summary>Whether any step is a contradiction.</summary>
        public bool HasContradiction => Steps.Any(s => s.Kind == StepKind.Contradiction);

        /// <summary>
        /// The current estimate: low, best and high from the figures of the latest as-of date (all figures when none is
        /// dated); <see langword="null"/> when none of them has a bound.
        /// </summary>
        public FigureEstimate? Estimate(EstimateConvention convention = EstimateConvention.Best)
        {
            var latest = Figures.Where(f => f.AsOf != null).Select(f => f.AsOf).DefaultIfEmpty(null).Max();
            var basis = Figures.Where(f => f.AsOf == latest && (f.Low != null || f.High != null)).ToArray();
            if (basis.Length == 0)
            {
                return null;
            }

            var values = basis.Select(ValueOf).OrderBy(v => v).ToArray();
            var best = convention == EstimateConvention.Conservative ? values[0] : values[(values.Length - 1) / 2];
            return new FigureEstimate(basis.Min(f => f.Low ?? ValueOf(f)), best, basis.Max(f => f.High ?? ValueOf(f)), latest, basis, convention);
        }

        /// <inheritdoc/>
        public override string ToString() => Measure + " " + SubjectId + " (" + Unit + ", " + Figures.Count + " figures)";

        /// <summary>
        /// Consistent when the ranges overlap; otherwise a revision when the later has a later as-of date, and a
        /// contradiction when both are of one day or either is undated.
        /// </summary>
        internal static StepKind Classify(Figure earlier, Figure later)
        {
            if (Overlap(earlier, later))
            {
                return StepKind.Consistent;
            }

            return earlier.AsOf is { } from && later.AsOf is { } to && to > from ? StepKind.Revision : StepKind.Contradiction;
        }

        // Bounds are inclusive; a missing bound is open (more than 200: from 200 up).
        private static bool Overlap(Figure a, Figure b) =>
            (a.High == null || b.Low == null || a.High >= b.Low) && (b.High == null || a.Low == null || b.High >= a.Low);

        // A figure's single value: its exact value, the middle of its range, or the bound it has.
        private static decimal ValueOf(Figure f) =>
            f.Low is { } low && f.High is { } high ? (low + high) / 2 : f.Low ?? f.High ?? 0;
    }
}
