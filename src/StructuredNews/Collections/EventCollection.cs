using System;
using System.Collections.Generic;
using System.Linq;

namespace StructuredNews
{
    /// <summary>
    /// Events in chronological order (by start; on the same day exactly dated events first, then by end and id),
    /// with queries by date, actor, place and article.
    /// </summary>
    public sealed class EventCollection : EntityCollection<Event>
    {
        internal EventCollection(IEnumerable<Event> items)
            : base(items.OrderBy(e => e.Start).ThenBy(e => e.Precision).ThenBy(e => e.End).ThenBy(e => e.Id, StringComparer.Ordinal))
        {
        }

        /// <summary>Events going on at some point on a day.</summary>
        public IEnumerable<Event> On(NewsDate date) => this.Where(e => e.OccursOn(date));

        /// <summary>Events that overlap an inclusive date range.</summary>
        public IEnumerable<Event> Between(NewsDate from, NewsDate to) => this.Where(e => e.Overlaps(from, to));

#if NET6_0_OR_GREATER
        /// <summary>Events going on at some point on a day.</summary>
        public IEnumerable<Event> On(DateOnly date) => On((NewsDate)date);

        /// <summary>Events that overlap an inclusive date range.</summary>
        public IEnumerable<Event> Between(DateOnly from, DateOnly to) => Between((NewsDate)from, (NewsDate)to);
#endif

        /// <summary>Events an actor took part in, in any role or in <paramref name="role"/>.</summary>
        public IEnumerable<Event> Involving(Actor actor, ParticipantRole? role = null) =>
            this.Where(e => e.Participants.Any(p => p.ActorId == actor.Id && (role == null || p.Role == role)));

        /// <summary>Events at a place or, unless <paramref name="includeWithin"/> is false, anywhere within it.</summary>
        public IEnumerable<Event> At(Place place, bool includeWithin = true) =>
            this.Where(e => e.PlaceId == place.Id || (includeWithin && e.Place is { } p && p.IsWithin(place)));

        /// <summary>Events an article reports.</summary>
        public IEnumerable<Event> ReportedBy(Article article) => this.Where(e => e.Reports.Any(r => r.ArticleId == article.Id));
    }
}
