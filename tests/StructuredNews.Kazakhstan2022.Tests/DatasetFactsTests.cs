using System;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using Xunit;

namespace StructuredNews.Kazakhstan2022.Tests
{
    /// <summary>Facts a reader would ask the bundled dataset for, pinned across all five articles.</summary>
    public class DatasetFactsTests
    {
        private static readonly NewsDataset Ds = Kazakhstan2022.Dataset;

        [Fact]
        public void HasTheFiveArticlesWithTheirLanguagesAndDates()
        {
            Assert.Equal(5, Ds.Articles.Count);
            Assert.Equal(new[] { "en", "en", "da", "da", "en" }, Ds.Articles.OrderBy(a => a.Seed, StringComparer.Ordinal).Select(a => a.Language));
            var itv = Ds.Articles.Single(a => a.Seed.StartsWith("004_", StringComparison.Ordinal));
            Assert.Equal(new NewsDate(2022, 1, 6), itv.Published);
            Assert.Equal(DateSource.Stated, itv.PublishedSource);
            Assert.All(Ds.Articles.Where(a => a != itv && a.Published != null), a => Assert.Equal(DateSource.Inferred, a.PublishedSource));
        }

        [Fact]
        public void ArticleTextsAreTheSeedsByteForByte()
        {
            foreach (var article in Ds.Articles)
            {
                var bytes = File.ReadAllBytes(Path.Combine(RepositoryRoot(), "seeds", article.Seed));
                Assert.Equal(Encoding.UTF8.GetString(bytes), article.Text);
                Assert.Equal(Convert.ToHexString(SHA256.HashData(bytes)).ToLowerInvariant(), article.TextSha256);
            }
        }

        [Fact]
        public void EveryQuoteIsAtItsOffsetInItsArticle()
        {
            var evidence = Ds.Figures.Select(f => f.Evidence)
                .Concat(Ds.Statements.Select(s => s.Evidence))
                .Concat(Ds.Events.SelectMany(e => e.Reports))
                .ToList();
            Assert.True(evidence.Count > 150, "expected the full annotation, found " + evidence.Count + " quotes");
            foreach (var e in evidence)
            {
                var text = Ds.Articles[e.ArticleId].Text;
                Assert.Equal(e.Quote, text.Substring(e.Start, e.Length));
            }
        }

        [Theory]
        [InlineData("Tokajev", "kassym-jomart-tokayev")]
        [InlineData("Kassym-Shomart Tokayev", "kassym-jomart-tokayev")]
        [InlineData("Kasym-Jomart Tokajev", "kassym-jomart-tokayev")]
        [InlineData("Kassym-Jomart Tokayev", "kassym-jomart-tokayev")]
        [InlineData("tokayev", "kassym-jomart-tokayev")]
        [InlineData("Nazarbajev", "nursultan-nazarbayev")]
        [InlineData("Nursultan Nazarbayev", "nursultan-nazarbayev")]
        [InlineData("Älichan Smajylow", "alikhan-smailov")]
        [InlineData("Smajylow", "alikhan-smailov")]
        [InlineData("Shangaosen", "zhanaozen")]
        [InlineData("Zhanaozen", "zhanaozen")]
        [InlineData("Mangistau", "mangystau-region")]
        [InlineData("Mangystau", "mangystau-region")]
        [InlineData("Collective Security Treaty Organisation", "csto")]
        [InlineData("CSTO", "csto")]
        [InlineData("Khabar-24", "khabar-24")]
        [InlineData("Khabar 24", "khabar-24")]
        [InlineData("Nur-Sultan", "nur-sultan")]
        [InlineData("Almaty", "almaty")]
        public void ResolvesEverySpellingAcrossLanguages(string name, string id)
        {
            Assert.Equal(id, Ds.Resolve(name)?.Id);
        }

        [Fact]
        public void TypedAccessorsAreTheResolvedEntities()
        {
            Assert.Same(Kazakhstan2022.Actors.KassymJomartTokayev, Ds.Actors.Resolve("Tokajev"));
            Assert.Equal(ActorKind.Person, Kazakhstan2022.Actors.KassymJomartTokayev.Kind);
            // The articles date his presidency only by year ("since 2019"), so that role has no start day; the
            // Security Council chairmanship he took over on Wednesday 5 January has one.
            Assert.Contains(Kazakhstan2022.Actors.KassymJomartTokayev.Roles, r => r.Title == "President of Kazakhstan" && r.From == null && r.To == null);
            Assert.Contains(Kazakhstan2022.Actors.KassymJomartTokayev.Roles, r => r.Title.Contains("Security Council", StringComparison.Ordinal) && r.From == new NewsDate(2022, 1, 5));
            Assert.Same(Ds.Places["zhanaozen"], Kazakhstan2022.Places.Zhanaozen);
        }

        [Fact]
        public void EightOfficersKilledAccordingToTheInteriorMinistryViaSputnik()
        {
            var figure = Ds.Figures["f000-security-forces-killed"];
            Assert.Equal(Measure.Killed, figure.Measure);
            Assert.Equal("kazakh-security-forces", figure.SubjectId);
            Assert.Equal("eight", figure.Value);
            Assert.Equal(Qualifier.Exact, figure.Qualifier);
            Assert.Equal((8m, 8m), (figure.Low, figure.High));
            Assert.Equal("kazakh-interior-ministry", figure.ClaimedById);
            Assert.Equal(new[] { "sputnik" }, figure.ViaIds);
            Assert.Equal(new NewsDate(2022, 1, 5), figure.AsOf);
            Assert.Contains("eight police officers and soldiers of the National Guard were killed", figure.Evidence.Quote, StringComparison.Ordinal);
        }

        [Fact]
        public void DozensOfAttackersEliminatedPassedThroughTassAndKhabar24()
        {
            var figure = Ds.Figures["f001-attackers-killed"];
            Assert.Equal(Qualifier.Dozens, figure.Qualifier);
            Assert.Equal("kazakh-interior-ministry", figure.ClaimedById);
            Assert.Equal(new[] { "tass", "khabar-24" }, figure.ViaIds);
            Assert.NotNull(figure.Low);
        }

        [Fact]
        public void DanishFiguresKeepDanishQuotes()
        {
            var population = Ds.Figures["f002-population"];
            Assert.Equal(Qualifier.About, population.Qualifier);
            Assert.Contains("19 millioner", population.Evidence.Quote, StringComparison.Ordinal);
            var attacked = Ds.Figures["f002-civilians-attacked"];
            Assert.Equal(Measure.Attacked, attacked.Measure);
            Assert.Equal("almaty-police-chief", attacked.ClaimedById);
            Assert.Contains("omkring 500 civile", attacked.Evidence.Quote, StringComparison.Ordinal);
        }

        [Theory]
        [InlineData(Measure.Killed, "kazakh-security-forces", "f000-security-forces-killed", "f004-security-forces-killed-commandant", StepKind.Revision)]     // 8 on the 5th, 12 on the 6th
        [InlineData(Measure.Killed, "kazakh-security-forces", "f004-security-forces-killed-commandant", "f001-security-forces-killed", StepKind.Contradiction)] // 12 and 8, both the 6th
        [InlineData(Measure.Injured, "kazakh-security-forces", "f000-security-forces-injured", "f004-security-forces-injured", StepKind.Revision)]          // 317, then 353
        [InlineData(Measure.Arrested, "kazakhstan", "f000-arrested", "f004-arrested", StepKind.Consistent)]                                                 // more than 200, then 2,000
        [InlineData(Measure.Population, "kazakhstan", "f000-population", "f002-population", StepKind.Consistent)]                                           // more than 18 million, about 19
        [InlineData(Measure.Killed, "protesters", "f001-attackers-killed", "f001-troublemakers-killed", StepKind.Contradiction)]                             // dozens and several, one day
        public void StepsBetweenSourcesAreClassified(Measure measure, string subject, string earlier, string later, StepKind kind)
        {
            var series = Assert.Single(Ds.SeriesOf(measure, subject));
            var step = Assert.Single(series.Steps, s => s.Earlier.Id == earlier && s.Later.Id == later);
            Assert.Equal(kind, step.Kind);
        }

        [Fact]
        public void ContradictionsAreOnlyTheSameDayDisagreements()
        {
            Assert.Equal(
                new[] { ("f004-security-forces-killed-commandant", "f001-security-forces-killed"), ("f001-security-forces-killed", "f004-security-forces-killed"),
                    ("f001-attackers-killed", "f001-troublemakers-killed"), ("f001-troublemakers-killed", "f004-attackers-liquidated") },
                Ds.Contradictions.Select(c => (c.Earlier.Id, c.Later.Id)));
            Assert.All(Ds.Contradictions, c => Assert.Equal(c.Earlier.AsOf, c.Later.AsOf));
        }

        [Fact]
        public void TheOfficersTollEstimateRestsOnTheLatestDay()
        {
            var estimate = Assert.Single(Ds.SeriesOf(Measure.Killed, "kazakh-security-forces")).Estimate()!;
            Assert.Equal((8m, 12m, 12m, (NewsDate?)new NewsDate(2022, 1, 6)), (estimate.Low, estimate.Best, estimate.High, estimate.AsOf));
            Assert.Equal(8m, Assert.Single(Ds.SeriesOf(Measure.Killed, "kazakh-security-forces")).Estimate(EstimateConvention.Conservative)!.Best);
        }

        [Fact]
        public void TheOfficersTollEvolvesFromEightToTwelve()
        {
            var tolls = Ds.Figures.About(Measure.Killed).Concerning(Ds.Actors["kazakh-security-forces"]).OrderBy(f => f.AsOf).ToList();
            Assert.Equal(8m, tolls.First().Low);
            Assert.Equal(12m, tolls.Last().Low);
            Assert.True(tolls.First().AsOf < tolls.Last().AsOf);
        }

        [Fact]
        public void EventsAreReportedByEveryArticleThatMentionsThem()
        {
            var cityHall = Ds.Events["almaty-city-hall-stormed"];
            Assert.Equal(EventType.Riots, cityHall.Type);
            Assert.Equal(new NewsDate(2022, 1, 5), cityHall.Start);
            Assert.True(cityHall.Reports.Select(r => r.ArticleId).Distinct().Count() >= 4);

            // Article 002 does not mention the resignation; the other four do.
            var resignation = Ds.Events["government-resigns"];
            Assert.Equal(new[] { "article-000", "article-001", "article-003", "article-004" },
                resignation.Reports.Select(r => r.ArticleId).Distinct().OrderBy(id => id, StringComparer.Ordinal));
            Assert.Contains(resignation.Reports, r => r.ClaimedById == "kazakh-presidential-office");
            Assert.True(cityHall.Place!.IsWithin(Ds.Places["almaty"]));
            Assert.Contains(cityHall, Ds.Events.At(Kazakhstan2022.Places.Almaty));
        }

        [Fact]
        public void ProtestsBeganInZhanaozenBecauseOfTheLpgPrice()
        {
            var start = Ds.Events["zhanaozen-protests-begin"];
            Assert.Equal(new NewsDate(2022, 1, 2), start.Start);
            Assert.Same(Ds.Places["zhanaozen"], start.Place);
            Assert.Contains("lpg-price-liberalisation", start.CauseIds);
            Assert.Equal(new[] { "zhanaozen-protests-begin" }, Ds.Events.On(new DateOnly(2022, 1, 2)).Where(e => e.Id.StartsWith("zhanaozen", StringComparison.Ordinal)).Select(e => e.Id));
        }

        [Fact]
        public void StatementsHaveSpeakersAndVerbatimText()
        {
            Assert.True(Ds.Statements.Count >= 20);
            foreach (var statement in Ds.Statements)
            {
                Assert.NotNull(statement.Speaker);
                Assert.Contains(statement.Text, statement.Evidence.Quote, StringComparison.Ordinal);
            }

            Assert.Contains(Ds.Statements, s => s.SpeakerId == "ned-price");
        }

        [Fact]
        public void EveryReferenceResolves()
        {
            foreach (var figure in Ds.Figures)
            {
                Assert.NotNull(figure.Subject);
                Assert.True(figure.ClaimedById == null || figure.ClaimedBy != null, figure.Id);
                Assert.Equal(figure.ViaIds.Count, figure.Via.Count());
            }

            foreach (var e in Ds.Events)
            {
                Assert.Equal(e.CauseIds.Count, e.Causes.Count());
                Assert.All(e.Participants, p => Assert.NotNull(Ds.Actors.Find(p.ActorId)));
            }
        }

        private static string RepositoryRoot()
        {
            var directory = new DirectoryInfo(AppContext.BaseDirectory);
            while (directory != null && !File.Exists(Path.Combine(directory.FullName, "StructuredNews.sln")))
            {
                directory = directory.Parent;
            }

            return directory?.FullName ?? throw new InvalidOperationException("StructuredNews.sln not found above " + AppContext.BaseDirectory);
        }
    }
}
