namespace StructuredNews
{
    /// <summary>A verbatim passage of an article that supports a claim, with its position in the article text.</summary>
    public class Evidence
    {
        /// <summary>Creates evidence; the generator has already checked that the quote is at this position.</summary>
        public Evidence(string articleId, string quote, int start, int length)
        {
            ArticleId = articleId;
            Quote = quote;
            Start = start;
            Length = length;
        }

        /// <summary>Id of the article quoted.</summary>
        public string ArticleId { get; }

        /// <summary>The passage, exactly as in the article.</summary>
        public string Quote { get; }

        /// <summary>Offset of the passage in <see cref="StructuredNews.Article.Text"/>, in UTF-16 code units.</summary>
        public int Start { get; }

        /// <summary>Length of the passage in UTF-16 code units.</summary>
        public int Length { get; }

        /// <inheritdoc/>
        public override string ToString() => ArticleId + ": \"" + Quote + "\"";
    }
}
