namespace StructuredNews
{
    /// <summary>A news article and its full text.</summary>
    public sealed class Article : Entity
    {
        /// <summary>Creates an article.</summary>
        public Article(string id, string seed, string language, string title, string? publisher, NewsDate? published,
            DateSource? publishedSource, string? url, string text, string textSha256)
            : base(id)
        {
            Seed = seed;
            Language = language;
            Title = title;
            Publisher = publisher;
            Published = published;
            PublishedSource = publishedSource;
            Url = url;
            Text = text;
            TextSha256 = textSha256;
        }

        /// <summary>File name of the article text the annotations were checked against.</summary>
        public string Seed { get; }

        /// <summary>BCP 47 language tag of the text.</summary>
        public string Language { get; }

        /// <summary>The headline, or a descriptive title where the text has none.</summary>
        public string Title { get; }

        /// <summary>The outlet, when known.</summary>
        public string? Publisher { get; }

        /// <summary>The publication date, when stated or safely inferred.</summary>
        public NewsDate? Published { get; }

        /// <summary>Whether <see cref="Published"/> is stated in the text or inferred.</summary>
        public DateSource? PublishedSource { get; }

        /// <summary>Where the article was published, when known.</summary>
        public string? Url { get; }

        /// <summary>The full text; every <see cref="Evidence"/> offset indexes into it.</summary>
        public string Text { get; }

        /// <summary>SHA-256 of the text's UTF-8 bytes, lowercase hex.</summary>
        public string TextSha256 { get; }

        /// <inheritdoc/>
        public override string ToString() => Title;
    }
}
