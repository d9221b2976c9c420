namespace StructuredNews
{
    /// <summary>How a figure's value is qualified in the text.</summary>
    public enum Qualifier
    {
        /// <summary>Stated as an exact number.</summary>
        Exact,
        /// <summary>"about", "around", "omkring".</summary>
        About,
        /// <summary>"more than", "over", "mere end".</summary>
        MoreThan,
        /// <summary>"at least", "mindst".</summary>
        AtLeast,
        /// <summary>"fewer than", "under".</summary>
        FewerThan,
        /// <summary>"at most", "up to".</summary>
        AtMost,
        /// <summary>"dozens".</summary>
        Dozens,
        /// <summary>"hundreds".</summary>
        Hundreds,
        /// <summary>"thousands", "tusindvis".</summary>
        Thousands,
        /// <summary>"several", "flere".</summary>
        Several,
        /// <summary>"many", "numerous", "mange".</summary>
        Many,
    }
}
