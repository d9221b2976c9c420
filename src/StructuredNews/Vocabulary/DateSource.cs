namespace StructuredNews
{
    /// <summary>Where an article's publication date comes from.</summary>
    public enum DateSource
    {
        /// <summary>The text carries the date.</summary>
        Stated,
        /// <summary>The date was deduced from the text (weekdays, events it reports).</summary>
        Inferred,
    }
}
