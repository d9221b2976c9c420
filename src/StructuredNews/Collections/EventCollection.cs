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
        // Per position in chronological order: the event's start and end, and the latest end of any event up to
        // it. Starts are sorted, and so are the latest ends, so both bounds of a date query are binary searches.
        private readonly NewsDate[] starts;
        private readonly NewsDate[] ends;
        private readonly NewsDate[] latestEnds;

        internal EventCollection(IEnumerable<Event> items)
            : base(items.OrderBy(e => e.Start).ThenBy(e => e.Precision).ThenBy(e => e.End).ThenBy(e => e.Id, StringComparer.Ordinal))
        {
            starts = new NewsDate[Count];
            ends = new NewsDate[Count];
            latestEnds = new NewsDate[Count];
            for (var i = 0; i < Count; i++)
            {
                starts[i] = this[i].Start;
                ends[i] = this[i].End;
                latestEnds[i] = i == 0 || ends[i] > latestEnds[i - 1] ? ends[i] : latestEnds[i - 1];
            }
        }

        /// <summary>Events going on at some point on a day.</summary>
        public IEnumerable<Event> On(NewsDate date) => Between(date, date);

        /// <summary>Events that overlap an inclusive date range.</summary>
        public IEnumerable<Event> Between(NewsDate from, NewsDate to)
        {
            // The events that overlap (start on or before `to`, end on or after `from`; see Event.Overlaps) all lie
            // between the first that could still be going on at `from` and the last that starts by `to`. Inside that
            // window an event can still have ended before `from` while an earlier, longer one had not: the filter.
            var first = FirstIndex(latestEnds, from, after: false);
            var end = FirstIndex(starts, to, after: true);
            for (var i = first; i < end; i++)
            {
                if (ends[i] >= from)
                {
                    yield return this[i];
                }
            }
        }

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

        // The first index of a sorted array whose date is after `date` (after: true) or on or after it; the length
        // when there is none.
        private static int FirstIndex(NewsDate[] sorted, NewsDate date, bool after)
        {
            int low = 0, high = sorted.Length;
            while (low < high)
            {
                var middle = low + ((high - low) >> 1);
                if (sorted[middle] < date || (after && sorted[middle] == date))
                {
                    low = middle + 1;
                }
                else
                {
                    high = middle;
                }
            }

            return low;
        }
    }
}
