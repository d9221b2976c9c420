using System.Collections.Generic;

namespace StructuredNews
{
    /// <summary>Everything one article reports: its events, figures and statements.</summary>
    public sealed class ArticleContents
    {
        internal ArticleContents(Article article, IReadOnlyList<Event> events, IReadOnlyList<Figure> figures, IReadOnlyList<Statement> statements)
        {
            Article = article;
            Events = events;
            Figures = figures;
            Statements = statements;
        }

        /// <summary>The article.</summary>
        public Article Article { get; }

        /// <summary>Events the article reports, chronologically.</summary>
        public IReadOnlyList<Event> Events { get; }

        /// <summary>Figures quoted from the article.</summary>
        public IReadOnlyList<Figure> Figures { get; }

        /// <summary>Statements quoted in the article.</summary>
        public IReadOnlyList<Statement> Statements { get; }
    }
}
