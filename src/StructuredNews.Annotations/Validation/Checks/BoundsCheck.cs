using System.Collections.Immutable;
using System.Globalization;
using StructuredNews.Annotations.Parsing;

namespace StructuredNews.Annotations.Validation
{
    /// <summary>
    /// A figure's bounds: those its qualifier needs, in order, not negative for counts (SN0017); and the bounds the
    /// qualifier defines from the stated value, or for vague words the documented ranges (SN0026).
    /// </summary>
    public sealed class BoundsCheck : IFileCheck
    {
        // docs/dataset.md, "Bounds for vague quantities": (low, high), high null where the word sets no upper bound.
        private static readonly ImmutableDictionary<Qualifier, VagueRange> VagueRanges = ImmutableDictionary.CreateRange(new[]
        {
            Range(Qualifier.Several, 3, 9),
            Range(Qualifier.Many, 10, null),
            Range(Qualifier.Dozens, 24, 99),
            Range(Qualifier.Hundreds, 200, 999),
            Range(Qualifier.Thousands, 2000, 9999),
        });

        public IEnumerable<DiagnosticInfo> Check(FileInDataset input)
        {
            foreach (var figure in input.File.Figures)
            {
                var diagnostic = Structure(figure) ?? AgainstValue(figure, ValueInQuoteCheck.LanguageOf(figure.Evidence, input.Index));
                if (diagnostic != null)
                {
                    yield return diagnostic;
                }
            }
        }

        private static DiagnosticInfo? Structure(FigureSpec figure)
        {
            var (low, high, qualifier) = (figure.Low, figure.High, figure.Qualifier);
            var spans = figure.Spans;
            string? problem = null;
            var span = spans.Qualifier;
            if (low != null && high != null && low > high)
            {
                problem = "low (" + Format(low) + ") is greater than high (" + Format(high) + "); swap them";
                span = spans.Low!.Value;
            }
            else if (IsCount(figure.Measure) && (low < 0 || high < 0))
            {
                problem = "a count of " + Vocabulary<Measure>.NameOf(figure.Measure) + " cannot be negative";
                span = low < 0 ? spans.Low!.Value : spans.High!.Value;
            }
            else
            {
                var name = "'" + Vocabulary<Qualifier>.NameOf(qualifier) + "'";
                problem = qualifier switch
                {
                    Qualifier.Exact when low == null || high == null || low != high => "'exact' needs low and high, equal to each other",
                    Qualifier.About when low == null || high == null => "'about' needs both low and high (the range the approximation allows)",
                    Qualifier.MoreThan or Qualifier.AtLeast when low == null => name + " needs low (the stated number)",
                    Qualifier.FewerThan or Qualifier.AtMost when high == null => name + " needs high (the stated number)",
                    Qualifier.FewerThan or Qualifier.AtMost when low != null && low == high => name + " contradicts low = high; use 'exact' or drop low",
                    Qualifier.MoreThan when high != null && low == high => "'more_than' contradicts low = high; use 'exact' or drop high",
                    _ when VagueRanges.ContainsKey(qualifier) && low == null => name + " needs low (see the bounds for vague numbers in docs/dataset.md)",
                    _ => null,
                };
            }

            return problem == null ? null : DiagnosticInfo.Create(DiagnosticDescriptors.InvalidBounds, span, problem);
        }

        private static DiagnosticInfo? AgainstValue(FigureSpec figure, string language)
        {
            var (low, high, qualifier) = (figure.Low, figure.High, figure.Qualifier);
            var spans = figure.Spans;
            var name = "'" + Vocabulary<Qualifier>.NameOf(qualifier) + "'";
            if (VagueRanges.TryGetValue(qualifier, out var range))
            {
                if (low != range.Low)
                {
                    return Problem(spans.Low ?? spans.Qualifier, name + " has low " + Format(range.Low) + ", not " + Format(low));
                }

                return range.High is { } top && high != top
                    ? Problem(spans.High ?? spans.Qualifier, name + " has high " + Format(top) + ", not " + (high == null ? "none" : Format(high)))
                    : null;
            }

            // Bounds follow from a value that is a number ("8", "eight", "19 millioner"); "doubled" or "ninth-largest"
            // say nothing a check could compare.
            if (!NumberReading.TryRead(figure.Value, language, out var value))
            {
                return null;
            }

            var stated = "the value " + figure.Value + (Format(value) == figure.Value.Trim() ? "" : " (" + Format(value) + ")");
            switch (qualifier)
            {
                case Qualifier.Exact when low != value:
                    return Problem(spans.Low ?? spans.Qualifier, "'exact' " + stated + " needs low and high equal to " + Format(value) + ", not " + Format(low));
                case Qualifier.About when !(low <= value && value <= high && low < high):
                    return Problem(spans.Low ?? spans.Qualifier, "'about' " + stated + " needs a range around it (low " + Format(low) + ", high " + Format(high) + " does not contain it)");
                case Qualifier.MoreThan or Qualifier.AtLeast when low != value:
                    return Problem(spans.Low ?? spans.Qualifier, name + " " + stated + " needs low " + Format(value) + ", not " + Format(low));
                case Qualifier.FewerThan or Qualifier.AtMost when high != value:
                    return Problem(spans.High ?? spans.Qualifier, name + " " + stated + " needs high " + Format(value) + ", not " + Format(high));
                default:
                    return null;
            }
        }

        private static KeyValuePair<Qualifier, VagueRange> Range(Qualifier qualifier, decimal low, decimal? high) =>
            new KeyValuePair<Qualifier, VagueRange>(qualifier, new VagueRange(low, high));

        private sealed record VagueRange(decimal Low, decimal? High);

        private static DiagnosticInfo Problem(SourceSpan span, string message) => DiagnosticInfo.Create(DiagnosticDescriptors.BoundsDoNotFitValue, span, message);

        private static bool IsCount(Measure measure) =>
            measure is Measure.Killed or Measure.Injured or Measure.Arrested or Measure.Attacked or Measure.Participants
                or Measure.Deployed or Measure.Population or Measure.Count or Measure.Age or Measure.Rank or Measure.Duration;

        private static string Format(decimal? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "";
    }
}
