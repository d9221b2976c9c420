using System.Collections.Generic;
using System.Linq;
using Xunit;

namespace StructuredNews.Tests
{
    /// <summary>Series of figures by measure, subject and unit; each step consistent, a revision or a contradiction; estimates.</summary>
    public class ReconciliationTests
    {
        private static Figure F(string id, decimal? low, decimal? high, NewsDate? asOf, string? claimant = null, string article = "a", string unit = "people", string subject = "s") =>
            new Figure(id, Measure.Killed, subject, "v", Qualifier.Exact, low, high, unit, asOf, claimant, null, null, null, null, new Evidence(article, "x", 0, 1));

        private static NewsDataset Build(params Figure[] figures)
        {
            var builder = new NewsDatasetBuilder("d", "d");
            foreach (var figure in figures)
            {
                builder.Add(figure);
            }

            return builder.Build();
        }

        private static readonly NewsDate Jan5 = new NewsDate(2022, 1, 5);
        private static readonly NewsDate Jan6 = new NewsDate(2022, 1, 6);

        [Fact]
        public void OverlappingRangesAreConsistent()
        {
            // "more than 18 million" and "about 19 million" agree; so do "more than 200" and, a day later, 2,000.
            var dataset = Build(F("more-than-18m", 18_000_000, null, Jan5, "x"), F("about-19m", 17_100_000, 20_900_000, Jan5, "y"),
                F("more-than-200", 200, null, Jan5, subject: "arrested"), F("two-thousand", 2000, 2000, Jan6, subject: "arrested"));
            Assert.All(dataset.Series.SelectMany(s => s.Steps), step => Assert.Equal(StepKind.Consistent, step.Kind));
            Assert.Empty(dataset.Contradictions);
        }

        [Fact]
        public void ALaterNonOverlappingFigureIsARevision()
        {
            var dataset = Build(F("twelve", 12, 12, Jan6, "ministry"), F("eight", 8, 8, Jan5, "ministry"));
            var step = Assert.Single(Assert.Single(dataset.Series).Steps);
            Assert.Equal(("eight", "twelve", StepKind.Revision), (step.Earlier.Id, step.Later.Id, step.Kind));
            Assert.Empty(dataset.Contradictions);
        }

        [Fact]
        public void SameDayOrUndatedNonOverlappingFiguresContradict()
        {
            var dataset = Build(F("eight", 8, 8, Jan5, "police"), F("twelve", 12, 12, Jan5, "ministry"), F("undated", 30, 40, null, "mayor"));
            var series = Assert.Single(dataset.Series);
            Assert.Equal(new[] { "twelve", "eight", "undated" }, series.Figures.Select(f => f.Id)); // one day: by claimant
            Assert.Equal(new[] { StepKind.Contradiction, StepKind.Contradiction }, series.Steps.Select(s => s.Kind));
            Assert.True(series.HasContradiction);
            Assert.Equal(2, dataset.Contradictions.Count());
        }

        [Fact]
        public void SeriesAreSeparatedByUnitAndSubject()
        {
            var dataset = Build(F("a", 8, 8, Jan5), F("b", 80, 80, Jan5, unit: "percent"), F("c", 9, 9, Jan5, subject: "t"));
            Assert.Equal(new[] { ("s", "people"), ("s", "percent"), ("t", "people") }, dataset.Series.Select(s => (s.SubjectId, s.Unit)));
            Assert.All(dataset.Series, s => Assert.Empty(s.Steps));
            Assert.Equal(2, dataset.SeriesOf(Measure.Killed, "s").Count());
        }

        [Fact]
        public void EstimateRestsOnTheLatestDayWithLowBestAndHigh()
        {
            var dataset = Build(F("old", 1, 1, Jan5), F("eight", 8, 8, Jan6, "police"), F("twelve-plus", 12, null, Jan6, "ministry"),
                F("ten-to-twenty", 10, 20, Jan6, "mayor"));
            var series = Assert.Single(dataset.Series);
            var best = series.Estimate()!;
            Assert.Equal((8m, 12m, 20m, (NewsDate?)Jan6), (best.Low, best.Best, best.High, best.AsOf)); // values 8, 12, 15: median 12
            Assert.Equal(new[] { "ten-to-twenty", "twelve-plus", "eight" }, best.Figures.Select(f => f.Id)); // by claimant: mayor, ministry, police
            var conservative = series.Estimate(EstimateConvention.Conservative)!;
            Assert.Equal((8m, 8m, 20m), (conservative.Low, conservative.Best, conservative.High));
            Assert.Equal(EstimateConvention.Conservative, conservative.Convention);
        }

        [Fact]
        public void EstimateOfUndatedFiguresUsesThemAll()
        {
            var estimate = Assert.Single(Build(F("a", 3, 9, null), F("b", 5, 5, null)).Series).Estimate()!;
            Assert.Null(estimate.AsOf);
            Assert.Equal((3m, 5m, 9m), (estimate.Low, estimate.Best, estimate.High)); // values 6 and 5: the lower middle is 5
        }

        [Fact]
        public void EstimateWithoutBoundsIsNull() =>
            Assert.Null(Assert.Single(Build(F("a", null, null, Jan5)).Series).Estimate());
    }
}
