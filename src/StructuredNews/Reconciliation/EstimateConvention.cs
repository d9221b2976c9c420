namespace StructuredNews
{
    /// <summary>Which figure an estimate's <see cref="FigureEstimate.Best"/> takes.</summary>
    public enum EstimateConvention
    {
        /// <summary>UCDP's best estimate: the median of the figures' values (the lower middle one of an even count).</summary>
        Best,

        /// <summary>ACLED's conservative convention: the lowest credible figure.</summary>
        Conservative,
    }
}
