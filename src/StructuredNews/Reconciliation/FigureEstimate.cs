using System.Collections.Generic;

namespace StructuredNews
{
    /// <summary>
    /// The current estimate of a measure and subject, in the shape conflict researchers use (UCDP's low, best and
    /// high): from the figures of the latest as-of date in a <see cref="FigureSeries"/> (rules in docs/reconciliation.md).
    /// </summary>
    public sealed class FigureEstimate
    {
        internal FigureEstimate(decimal low, decimal best, decimal high, NewsDate? asOf, IReadOnlyList<Figure> figures, EstimateConvention convention)
        {
            Low = low;
            Best = best;
            High = high;
            AsOf = asOf;
            Figures = figures;
            Convention = convention;
        }

        /// <summary>The lowest bound any of the figures gives (a figure without a lower bound counts with its value).</summary>
        public decimal Low { get; }

        /// <summary>The best estimate under <see cref="Convention"/>.</summary>
        public decimal Best { get; }

        /// <summary>The highest bound any of the figures gives (a figure without an upper bound counts with its value).</summary>
        public decimal High { get; }

        /// <summary>The as-of date the figures share, or <see langword="null"/> when the series has no dated figure.</summary>
        public NewsDate? AsOf { get; }

        /// <summary>The figures the estimate rests on.</summary>
        public IReadOnlyList<Figure> Figures { get; }

        /// <summary>How <see cref="Best"/> was chosen.</summary>
        public EstimateConvention Convention { get; }

        /// <inheritdoc/>
        public override string ToString() => Low + " / " + Best + " / " + High + (AsOf is { } asOf ? " as of " + asOf : "");
    }
}
