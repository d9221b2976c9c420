using System;
using System.Collections.Generic;
using System.Linq;
using Xunit;

namespace StructuredNews.Tests
{
    /// <summary>Which events <see cref="EventCollection.Between"/> and <see cref="EventCollection.On"/> include, and in what order.</summary>
    public class EventQueryTests
    {
        // Day 1 is 2030-01-01. Chosen so that long events hide short ones that ended earlier, several events share
        // a day, one event has no end, and one ends before it starts (the collection does not validate dates).
        private static readonly EventCollection Events = Build(
            ("month", 1, 31, DatePrecision.Month),
            ("new-year", -1, 1, DatePrecision.Day),
            ("day-5", 5, null, DatePrecision.Day),
            ("day-5-approx", 5, 5, DatePrecision.Approximate),
            ("day-5-to-6", 5, 6, DatePrecision.Day),
            ("short", 10, 12, DatePrecision.Day),
            ("day-12", 12, null, DatePrecision.Day),
            ("week", 11, 17, DatePrecision.Week),
            ("inside-week", 13, 13, DatePrecision.Day),
            ("february", 32, null, DatePrecision.Day),
            ("backwards", 40, 38, DatePrecision.Day));

        [Fact]
        public void EventsKeepTheirChronologicalOrder()
        {
            Assert.Equal(
                new[] { "new-year", "month", "day-5", "day-5-to-6", "day-5-approx", "short", "week", "day-12", "inside-week", "february", "backwards" },
                Events.Select(e => e.Id));
        }

        [Theory]
        [InlineData(1, 1, "new-year month")] // ends on the first day; starts on it
        [InlineData(2, 4, "month")] // spans the whole range
        [InlineData(5, 5, "month day-5 day-5-to-6 day-5-approx")] // same day: exactly dated first, then by end
        [InlineData(6, 9, "month day-5-to-6")] // ends on the range's first day
        [InlineData(7, 9, "month")] // ended the day before
        [InlineData(12, 12, "month short week day-12")] // ends on it, starts on it, inside
        [InlineData(14, 20, "month week")] // a long event hides a short one that ended before the range
        [InlineData(31, 32, "month february")]
        [InlineData(33, 37, "")]
        [InlineData(38, 40, "backwards")] // ends before it starts: overlaps only ranges that hold both days
        [InlineData(39, 40, "")]
        [InlineData(-5, -2, "")]
        [InlineData(100, 200, "")]
        [InlineData(20, 10, "month")] // reversed: what starts by the one and ends after the other, as Event.Overlaps says
        public void BetweenIncludesEveryEventThatOverlapsTheRange(int from, int to, string ids)
        {
            Assert.Equal(Ids(ids), Events.Between(Day(from), Day(to)).Select(e => e.Id));
        }

        [Fact]
        public void BetweenAndOnAgreeWithOverlapsForEveryRange()
        {
            for (var from = -3; from <= 42; from++)
            {
                Assert.Equal(Events.Where(e => e.OccursOn(Day(from))), Events.On(Day(from)));
                for (var to = from - 3; to <= 42; to++)
                {
                    Assert.Equal(Events.Where(e => e.Overlaps(Day(from), Day(to))), Events.Between(Day(from), Day(to)));
                }
            }
        }

        [Fact]
        public void OnIsBetweenOneDay()
        {
            Assert.Equal(Ids("month day-5 day-5-to-6 day-5-approx"), Events.On(Day(5)).Select(e => e.Id));
            Assert.Equal(Ids("month day-5-to-6"), Events.On(Day(6)).Select(e => e.Id));
            Assert.Empty(Events.On(Day(35)));
#if NET8_0_OR_GREATER
            Assert.Equal(Ids("month february"), Events.Between(new DateOnly(2030, 1, 31), new DateOnly(2030, 2, 1)).Select(e => e.Id));
#endif
        }

        [Fact]
        public void NoEventsNoResults()
        {
            var empty = Build();
            Assert.Empty(empty.Between(Day(1), Day(31)));
            Assert.Empty(empty.On(Day(1)));
        }

        [Fact]
        public void BetweenAllocatesOnlyItsResult()
        {
            _ = Events.Between(Day(14), Day(20)).Count(); // warm up (JIT)
            var before = GC.GetAllocatedBytesForCurrentThread();
            var count = 0;
            foreach (var e in Events.Between(Day(1), Day(40)))
            {
                count++;
            }

            var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
            Assert.Equal(11, count);
            Assert.InRange(allocated, 1, 100); // one enumerator, however many events it yields
        }

        private static NewsDate Day(int day) => new NewsDate(2029, 12, 31).AddDays(day);

        private static string[] Ids(string ids) => ids.Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries);

        private static EventCollection Build(params (string Id, int Start, int? End, DatePrecision Precision)[] events)
        {
            var builder = new NewsDatasetBuilder("d", "d");
            foreach (var (id, start, end, precision) in events)
            {
                builder.Add(new Event(id, EventSubType.Other, id, Day(start), end is { } e ? Day(e) : null, precision, null, null, null, Array.Empty<EventReport>()));
            }

            return builder.Build().Events;
        }
    }
}
