using System.Collections.Generic;
using System.Linq;

namespace StructuredNews
{
    /// <summary>Filters that chain on any sequence of figures: <c>ds.Figures.About(Measure.Killed).ClaimedBy(ministry)</c>.</summary>
    public static class FigureQueries
    {
        /// <summary>Figures of a measure.</summary>
        public static IEnumerable<Figure> About(this IEnumerable<Figure> figures, Measure measure) =>
            figures.Where(f => f.Measure == measure);

        /// <summary>Figures whose subject is an entity.</summary>
        public static IEnumerable<Figure> Concerning(this IEnumerable<Figure> figures, NamedEntity subject) =>
            figures.Where(f => f.SubjectId == subject.Id);

        /// <summary>Figures an actor is the original source of.</summary>
        public static IEnumerable<Figure> ClaimedBy(this IEnumerable<Figure> figures, Actor claimant) =>
            figures.Where(f => f.ClaimedById == claimant.Id);

        /// <summary>Figures an actor relayed.</summary>
        public static IEnumerable<Figure> RelayedBy(this IEnumerable<Figure> figures, Actor relay) =>
            figures.Where(f => f.ViaIds.Contains(relay.Id));

        /// <summary>Figures quoted from an article.</summary>
        public static IEnumerable<Figure> In(this IEnumerable<Figure> figures, Article article) =>
            figures.Where(f => f.Evidence.ArticleId == article.Id);

        /// <summary>Figures that describe a day on or before <paramref name="date"/>, newest first.</summary>
        public static IEnumerable<Figure> AsOf(this IEnumerable<Figure> figures, NewsDate date) =>
            figures.Where(f => f.AsOf is { } d && d <= date).OrderByDescending(f => f.AsOf);
    }
}
