using System.Globalization;

namespace StructuredNews.Annotations.Parsing
{
    /// <summary>Which bounds each qualifier needs, and that they make sense.</summary>
    internal static class FigureBounds
    {
        public static void Check(Measure measure, Qualifier qualifier, decimal? low, decimal? high, MappingReader r)
        {
            var span = r.SpanOf("qualifier");
            string? problem = null;
            if (low != null && high != null && low > high)
            {
                problem = "low (" + Format(low) + ") is greater than high (" + Format(high) + "); swap them";
                span = r.SpanOf("low");
            }
            else if (IsCount(measure) && (low < 0 || high < 0))
            {
                problem = "a count of " + Vocabulary<Measure>.NameOf(measure) + " cannot be negative";
                span = low < 0 ? r.SpanOf("low") : r.SpanOf("high");
            }
            else
            {
                switch (qualifier)
                {
                    case Qualifier.Exact when low == null || high == null || low != high:
                        problem = "'exact' needs low and high, equal to each other";
                        break;
                    case Qualifier.About when low == null || high == null:
                        problem = "'about' needs both low and high (the range the approximation allows)";
                        break;
                    case Qualifier.MoreThan or Qualifier.AtLeast when low == null:
                        problem = "'" + Vocabulary<Qualifier>.NameOf(qualifier) + "' needs low (the stated number)";
                        break;
                    case Qualifier.FewerThan or Qualifier.AtMost when high == null:
                        problem = "'" + Vocabulary<Qualifier>.NameOf(qualifier) + "' needs high (the stated number)";
                        break;
                    case Qualifier.FewerThan or Qualifier.AtMost when low != null && low == high:
                        problem = "'" + Vocabulary<Qualifier>.NameOf(qualifier) + "' contradicts low = high; use 'exact' or drop low";
                        break;
                    case Qualifier.MoreThan when high != null && low == high:
                        problem = "'more_than' contradicts low = high; use 'exact' or drop high";
                        break;
                    case Qualifier.Dozens or Qualifier.Hundreds or Qualifier.Thousands or Qualifier.Several or Qualifier.Many when low == null:
                        problem = "'" + Vocabulary<Qualifier>.NameOf(qualifier) + "' needs low (see the bounds for vague numbers in docs/dataset.md)";
                        break;
                }
            }

            if (problem != null)
            {
                r.Report(DiagnosticDescriptors.InvalidBounds, span, problem);
            }
        }

        private static bool IsCount(Measure measure) =>
            measure is Measure.Killed or Measure.Injured or Measure.Arrested or Measure.Attacked or Measure.Participants
                or Measure.Deployed or Measure.Population or Measure.Count or Measure.Age or Measure.Rank or Measure.Duration;

        private static string Format(decimal? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "";
    }
}
