namespace StructuredNews
{
    /// <summary>How precisely an event's dates are known (ACLED's time precision, plus <see cref="Approximate"/>).</summary>
    public enum DatePrecision
    {
        /// <summary>The exact day is known.</summary>
        Day,
        /// <summary>Known to within a few days (e.g. "at the weekend").</summary>
        Approximate,
        /// <summary>Known to within a week.</summary>
        Week,
        /// <summary>Known to within a month.</summary>
        Month,
    }
}
