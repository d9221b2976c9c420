using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using StructuredNews.Export;

namespace StructuredNews.Cli.Rendering
{
    /// <summary>How dates, numbers and claims read in the human-readable output.</summary>
    public static class Display
    {
        /// <summary>Printed in a cell whose value is absent.</summary>
        public const string None = "-";

        /// <summary>
        /// An event's dates: <c>2022-01-05</c>; a range <c>2022-01-05..2022-01-07</c>; then a marker when the
        /// precision is not <c>day</c>: <c>~</c> approximate, <c> (week)</c>, <c> (month)</c>.
        /// </summary>
        public static string EventDate(Event @event)
        {
            var dates = @event.End == @event.Start ? @event.Start.ToString() : @event.Start + ".." + @event.End;
            return dates + PrecisionMarker(@event.Precision);
        }

        /// <summary>The suffix that marks a date precision coarser than a day.</summary>
        public static string PrecisionMarker(DatePrecision precision) =>
            precision switch
            {
                DatePrecision.Day => string.Empty,
                DatePrecision.Approximate => "~",
                _ => " (" + VocabularyNames.Of(precision) + ")",
            };

        /// <summary>An optional date, or <see cref="None"/>.</summary>
        public static string Date(NewsDate? date) => date?.ToString() ?? None;

        /// <summary>A decimal without trailing zeros, invariant culture (<c>8</c>, <c>2.5</c>, <c>-12</c>).</summary>
        public static string Number(decimal value) => value.ToString("0.############################", CultureInfo.InvariantCulture);

        /// <summary>
        /// The bounds a figure implies: <c>8</c> when low equals high, <c>10..20</c>, <c>12..</c> (no upper bound),
        /// <c>..20</c> (no lower bound), <see cref="None"/> when neither is set.
        /// </summary>
        public static string Bounds(Figure figure)
        {
            if (figure.Low is { } low && figure.High is { } high)
            {
                return low == high ? Number(low) : Number(low) + ".." + Number(high);
            }

            if (figure.Low is { } onlyLow)
            {
                return Number(onlyLow) + "..";
            }

            if (figure.High is { } onlyHigh)
            {
                return ".." + Number(onlyHigh);
            }

            return None;
        }

        /// <summary>A figure's value as a reader would say it (<c>at least 12</c>): <see cref="FigureWording.QualifiedValue"/>.</summary>
        public static string QualifiedValue(Figure figure) => FigureWording.QualifiedValue(figure);

        /// <summary>Who made a claim and who relayed it (<c>interior-ministry via sputnik &gt; tass</c>), or <see cref="None"/>.</summary>
        public static string Claimant(Figure figure) => FigureWording.Attribution(figure) ?? None;

        /// <summary>Text on one line: line breaks (a quote across paragraphs) and tabs as spaces.</summary>
        public static string OneLine(string text) =>
            text.IndexOfAny(new[] { '\r', '\n', '\t' }) < 0
                ? text
                : text.Replace("\r\n", " ").Replace('\r', ' ').Replace('\n', ' ').Replace('\t', ' ');

        /// <summary>A list joined by commas, or <see cref="None"/> when empty.</summary>
        public static string List(IEnumerable<string> items)
        {
            var list = items.ToList();
            return list.Count == 0 ? None : string.Join(", ", list);
        }
    }
}
