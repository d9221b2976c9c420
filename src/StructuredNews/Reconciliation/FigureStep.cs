namespace StructuredNews
{
    /// <summary>Two consecutive figures of a <see cref="FigureSeries"/> and how the later relates to the earlier.</summary>
    public sealed class FigureStep
    {
        internal FigureStep(FigureSeries series, Figure earlier, Figure later, StepKind kind)
        {
            Series = series;
            Earlier = earlier;
            Later = later;
            Kind = kind;
        }

        /// <summary>The series the step belongs to (its measure, subject and unit).</summary>
        public FigureSeries Series { get; }

        /// <summary>The figure before, in series order.</summary>
        public Figure Earlier { get; }

        /// <summary>The figure after, in series order.</summary>
        public Figure Later { get; }

        /// <summary>Consistent, a revision or a contradiction (rules in docs/reconciliation.md).</summary>
        public StepKind Kind { get; }

        /// <inheritdoc/>
        public override string ToString() => Kind + ": " + Earlier.Id + " -> " + Later.Id;
    }
}
