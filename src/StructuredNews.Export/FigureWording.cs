namespace StructuredNews.Export
{
    /// <summary>
    /// How a figure reads in text, as the exports' notes and the <c>sn</c> tool write it: the value with its
    /// qualifier (<c>at least 12</c>) and who claimed and relayed it (<c>interior-ministry via sputnik &gt; tass</c>).
    /// </summary>
    public static class FigureWording
    {
        /// <summary>
        /// A figure's value as a reader would say it: the value as stated, preceded by the qualifier when the
        /// qualifier is a word the value does not already carry (<c>at least 12</c>, <c>about 19 millioner</c>).
        /// </summary>
        public static string QualifiedValue(Figure figure)
        {
            string? prefix = figure.Qualifier switch
            {
                Qualifier.About => "about",
                Qualifier.MoreThan => "more than",
                Qualifier.AtLeast => "at least",
                Qualifier.FewerThan => "fewer than",
                Qualifier.AtMost => "at most",
                _ => null, // exact, and the vague qualifiers ("dozens") that are the value itself
            };
            return prefix == null ? figure.Value : prefix + " " + figure.Value;
        }

        /// <summary>
        /// Who made a claim and who relayed it: <c>interior-ministry via sputnik &gt; tass</c>, <c>via tass</c>, or
        /// <see langword="null"/> when neither is known.
        /// </summary>
        public static string? Attribution(string? claimedById, System.Collections.Generic.IReadOnlyList<string> viaIds)
        {
            var via = viaIds.Count == 0 ? null : "via " + string.Join(" > ", viaIds);
            if (claimedById == null)
            {
                return via;
            }

            return via == null ? claimedById : claimedById + " " + via;
        }

        /// <summary>As <see cref="Attribution(string?, System.Collections.Generic.IReadOnlyList{string})"/>, for a figure.</summary>
        public static string? Attribution(Figure figure) => Attribution(figure.ClaimedById, figure.ViaIds);
    }
}
