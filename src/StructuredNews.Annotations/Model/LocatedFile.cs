namespace StructuredNews.Annotations.Model
{
    /// <summary>
    /// The outcome of looking for a quote: where it is (<see cref="Start"/>, -1 when it was not found), how often it
    /// occurs where prefix and suffix fit, and a near match if it is absent.
    /// </summary>
    public readonly record struct QuoteMatch(int Start, int Candidates, string? NearMiss)
    {
        /// <summary>Not looked for: the quote's article is unknown or has no text (reported elsewhere, once).</summary>
        public static readonly QuoteMatch NotSearched = new QuoteMatch(-1, -1, null);

        public bool Found => Start >= 0;

        public bool Searched => Candidates >= 0;
    }

    /// <summary>
    /// A file with its own article's text and its quotes located, in the order of <see cref="EvidenceOrder"/>; the
    /// emitter and the quote checks both start from it.
    /// </summary>
    public sealed record LocatedFile(AnnotationFile File, ArticleText? OwnText, EquatableArray<QuoteMatch> Quotes);
}
