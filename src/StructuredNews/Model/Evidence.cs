using System;

namespace StructuredNews
{
    /// <summary>A verbatim passage of an article that supports a claim, with its position in the article text.</summary>
    public class Evidence
    {
        private readonly Func<string, string?>? articleText;
        private string? quote;

        /// <summary>Creates evidence; the generator has already checked that the quote is at this position.</summary>
        public Evidence(string articleId, string quote, int start, int length)
        {
            ArticleId = articleId;
            this.quote = quote ?? throw new ArgumentNullException(nameof(quote));
            Start = start;
            Length = length;
        }

        /// <summary>
        /// Evidence whose quote is cut from its article's text when first read: a generated dataset stores quotes as
        /// positions, and loading figures or events should not have to load every article text.
        /// </summary>
        internal Evidence(string articleId, int start, int length, Func<string, string?> articleText)
        {
            ArticleId = articleId;
            Start = start;
            Length = length;
            this.articleText = articleText;
        }

        /// <summary>Id of the article quoted.</summary>
        public string ArticleId { get; }

        /// <summary>The passage, exactly as in the article.</summary>
        public string Quote => quote ??= Cut();

        /// <summary>Offset of the passage in <see cref="StructuredNews.Article.Text"/>, in UTF-16 code units.</summary>
        public int Start { get; }

        /// <summary>Length of the passage in UTF-16 code units.</summary>
        public int Length { get; }

        /// <inheritdoc/>
        public override string ToString() => ArticleId + ": \"" + Quote + "\"";

        // Racing threads cut equal strings; either may win.
        private string Cut()
        {
            var text = articleText!(ArticleId) ?? throw new InvalidOperationException("Corrupt dataset: the text of article '" + ArticleId + "' is missing.");
            return text.Substring(Start, Length);
        }
    }
}
