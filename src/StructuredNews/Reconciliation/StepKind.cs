namespace StructuredNews
{
    /// <summary>How a figure relates to the one before it in its <see cref="FigureSeries"/>.</summary>
    public enum StepKind
    {
        /// <summary>The two ranges overlap: the figures can both be true.</summary>
        Consistent,

        /// <summary>A later as-of date gives a range that does not overlap the earlier one: the number was updated.</summary>
        Revision,

        /// <summary>The same as-of date, or no date, and ranges that do not overlap: the sources disagree.</summary>
        Contradiction,
    }
}
