using System;
using System.Globalization;

namespace StructuredNews
{
    /// <summary>
    /// A calendar date (no time, no zone). Used instead of <c>DateOnly</c> because the runtime also targets
    /// netstandard2.0; on .NET 8 it converts implicitly to and from <c>DateOnly</c>.
    /// </summary>
    public readonly struct NewsDate : IEquatable<NewsDate>, IComparable<NewsDate>
    {
        private readonly int dayNumber;

        /// <summary>Creates a date; throws when the date does not exist.</summary>
        public NewsDate(int year, int month, int day)
        {
            dayNumber = (int)(new DateTime(year, month, day, 0, 0, 0, DateTimeKind.Unspecified).Ticks / TimeSpan.TicksPerDay);
        }

        private NewsDate(DateTime dateTime) => dayNumber = (int)(dateTime.Ticks / TimeSpan.TicksPerDay);

        private NewsDate(int dayNumber) => this.dayNumber = dayNumber;

        // Days since 0001-01-01, as dataset tables store them (see Storage.TableFormat.DateNumber).
        internal static NewsDate FromDayNumber(int dayNumber) => new NewsDate(dayNumber);

        private DateTime AsDateTime => new DateTime(dayNumber * TimeSpan.TicksPerDay, DateTimeKind.Unspecified);

        /// <summary>The year.</summary>
        public int Year => AsDateTime.Year;

        /// <summary>The month, 1 to 12.</summary>
        public int Month => AsDateTime.Month;

        /// <summary>The day of the month.</summary>
        public int Day => AsDateTime.Day;

        /// <summary>The day of the week.</summary>
        public DayOfWeek DayOfWeek => AsDateTime.DayOfWeek;

        /// <summary>This date plus a number of days.</summary>
        public NewsDate AddDays(int days) => new NewsDate(AsDateTime.AddDays(days));

        /// <summary>Parses an ISO date (<c>yyyy-MM-dd</c>).</summary>
        public static NewsDate Parse(string iso) =>
            TryParse(iso, out var date) ? date : throw new FormatException("Expected an ISO date yyyy-MM-dd, got '" + iso + "'.");

        /// <summary>Parses an ISO date (<c>yyyy-MM-dd</c>) without throwing.</summary>
        public static bool TryParse(string? iso, out NewsDate date)
        {
            if (iso != null && DateTime.TryParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
            {
                date = new NewsDate(parsed);
                return true;
            }

            date = default;
            return false;
        }

        /// <summary>The ISO form, <c>yyyy-MM-dd</c>.</summary>
        public override string ToString() => AsDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

        /// <inheritdoc/>
        public bool Equals(NewsDate other) => dayNumber == other.dayNumber;

        /// <inheritdoc/>
        public override bool Equals(object? obj) => obj is NewsDate other && Equals(other);

        /// <inheritdoc/>
        public override int GetHashCode() => dayNumber;

        /// <inheritdoc/>
        public int CompareTo(NewsDate other) => dayNumber.CompareTo(other.dayNumber);

#pragma warning disable CS1591 // Operators are self-explanatory.
        public static bool operator ==(NewsDate left, NewsDate right) => left.dayNumber == right.dayNumber;
        public static bool operator !=(NewsDate left, NewsDate right) => left.dayNumber != right.dayNumber;
        public static bool operator <(NewsDate left, NewsDate right) => left.dayNumber < right.dayNumber;
        public static bool operator >(NewsDate left, NewsDate right) => left.dayNumber > right.dayNumber;
        public static bool operator <=(NewsDate left, NewsDate right) => left.dayNumber <= right.dayNumber;
        public static bool operator >=(NewsDate left, NewsDate right) => left.dayNumber >= right.dayNumber;
#if NET6_0_OR_GREATER
        public static implicit operator DateOnly(NewsDate date) => DateOnly.FromDayNumber(date.dayNumber);
        public static implicit operator NewsDate(DateOnly date) => new NewsDate(date.Year, date.Month, date.Day);
#endif
#pragma warning restore CS1591
    }
}
