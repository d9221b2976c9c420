using System;
using System.Collections.Generic;
using System.Linq;
using Xunit;

namespace StructuredNews.Tests
{
    public class NewsDatasetTests
    {
        private readonly NewsDataset dataset = SampleDataset.Build();

        [Fact]
        public void LooksUpEveryKindById()
        {
            Assert.Equal("Ministry of Water", dataset.Actors["ministry"].Name);
            Assert.Equal(PlaceKind.City, dataset.Places["riverton"].Kind);
            Assert.Equal("Water level", dataset.Topics["water-level"].Name);
            Assert.Equal("en", dataset.Articles["art-en"].Language);
            Assert.Equal(Measure.Killed, dataset.Figures["dead-mayor"].Measure);
            Assert.Equal("Vi klarer det.", dataset.Statements["we-cope"].Text);
            Assert.Same(dataset.Events["flood"], dataset.Find("flood"));
            Assert.Null(dataset.Actors.Find("nobody"));
            Assert.False(dataset.Places.TryGet("ministry", out _));
            var missing = Assert.Throws<KeyNotFoundException>(() => dataset.Actors["nobody"]);
            Assert.Contains("'nobody'", missing.Message);
        }

        [Fact]
        public void NavigatesReferencesThroughTheDataset()
        {
            var figure = dataset.Figures["dead-ministry"];
            Assert.Same(dataset.Actors["ministry"], figure.ClaimedBy);
            Assert.Equal(new[] { "mayor-lindqvist" }, figure.Via.Select(a => a.Id));
            Assert.Same(dataset.Events["flood"], figure.Event);
            Assert.Same(dataset.Actors["residents"], figure.Subject);
            Assert.Same(dataset.Topics["water-level"], dataset.Figures["level"].Subject);
            Assert.Same(dataset.Places["valley"], dataset.Places["riverton"].Within);
            Assert.Equal(new[] { "rain" }, dataset.Events["flood"].Causes.Select(e => e.Id));
            Assert.Same(dataset.Actors["mayor-lindqvist"], dataset.Statements["we-cope"].Speaker);
        }

        [Theory]
        [InlineData("Åse Lindqvist")]
        [InlineData("ase lindqvist")]
        [InlineData("AASE LINDQVIST")]
        [InlineData("Borgmester  Lindqvist")]
        [InlineData("mayor-lindqvist")]
        [InlineData("Mayor Lindqvist")]
        public void ResolvesAnySpellingOfAnActor(string name)
        {
            Assert.Equal("mayor-lindqvist", dataset.Actors.Resolve(name)?.Id);
            Assert.Equal("mayor-lindqvist", dataset.Resolve(name)?.Id);
        }

        [Fact]
        public void ResolvesPlacesAndTopicsAndReportsMisses()
        {
            Assert.Equal("riverton", dataset.Resolve("Rivertown")?.Id);
            Assert.Equal("water-level", dataset.Resolve("water LEVEL")?.Id);
            Assert.Null(dataset.Resolve("Atlantis"));
            Assert.Empty(dataset.ResolveAll("Atlantis"));
            Assert.Null(dataset.Resolve("  --  "));
        }

        [Fact]
        public void LookupByIdAndResolutionDoNotAllocate()
        {
            var actors = dataset.Actors;
            Assert.NotNull(actors.Resolve("ÅSE  lindqvist")); // warm up (lazy tables, JIT)
            Assert.NotNull(actors.Find("ministry"));
            var before = GC.GetAllocatedBytesForCurrentThread();
            for (var i = 0; i < 1000; i++)
            {
                _ = actors.Resolve("ÅSE  lindqvist");
                _ = actors.Resolve("no such name");
                _ = actors["ministry"];
                _ = actors.Find("mayor-lindqvist");
            }

            Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
        }

        [Theory]
        [InlineData("Kassym-Jomart Tokajev", "kassym jomart tokajev")]
        [InlineData("Älichan Smajylow", "alichan smajylow")]
        [InlineData("Søren Æbelø", "soren aebelo")]
        [InlineData("  Kassym–Jomart\u00A0Tokajev ", "kassym jomart tokajev")]
        [InlineData("O’Brien", "o brien")]
        public void FoldsNamesIgnoringCaseAccentsAndPunctuation(string name, string key)
        {
            Assert.Equal(key, NameKey.Fold(name));
        }

        [Fact]
        public void QueriesEventsByDateActorPlaceAndArticle()
        {
            Assert.Equal(new[] { "rain" }, dataset.Events.On(new NewsDate(2030, 3, 2)).Select(e => e.Id));
            Assert.Equal(new[] { "rain", "flood" }, dataset.Events.Between(new NewsDate(2030, 3, 3), new NewsDate(2030, 3, 10)).Select(e => e.Id));
            Assert.Empty(dataset.Events.On(new NewsDate(2030, 3, 9)));
            Assert.Equal(new[] { "flood" }, dataset.Events.Involving(dataset.Actors["residents"]).Select(e => e.Id));
            Assert.Empty(dataset.Events.Involving(dataset.Actors["residents"], ParticipantRole.Initiator));
            Assert.Equal(new[] { "rain", "flood" }, dataset.Events.At(dataset.Places["country"]).Select(e => e.Id));
            Assert.Empty(dataset.Events.At(dataset.Places["country"], includeWithin: false));
            Assert.Equal(new[] { "flood" }, dataset.Events.ReportedBy(dataset.Articles["art-da"]).Select(e => e.Id));
#if NET8_0_OR_GREATER
            Assert.Equal(new[] { "flood" }, dataset.Events.On(new DateOnly(2030, 3, 4)).Select(e => e.Id));
#endif
        }

        [Fact]
        public void EventsAreChronological()
        {
            var starts = dataset.Events.Select(e => e.Start).ToList();
            Assert.Equal(starts.OrderBy(d => d), starts);
            Assert.Equal(EventType.StrategicDevelopments, dataset.Events["flood"].Type);
            Assert.Equal(new NewsDate(2030, 3, 4), dataset.Events["flood"].End);
        }

        [Fact]
        public void QueriesFiguresByMeasureSubjectClaimantAndArticle()
        {
            var ministry = dataset.Actors["ministry"];
            Assert.Equal(new[] { "dead-mayor", "dead-ministry" }, dataset.Figures.About(Measure.Killed).Select(f => f.Id));
            Assert.Equal(new[] { "dead-ministry" }, dataset.Figures.About(Measure.Killed).ClaimedBy(ministry).Select(f => f.Id));
            Assert.Equal(new[] { "dead-ministry" }, dataset.Figures.ClaimedBy(ministry).Select(f => f.Id));
            Assert.Equal(new[] { "dead-ministry" }, dataset.Figures.About(Measure.Killed).RelayedBy(dataset.Actors["mayor-lindqvist"]).Select(f => f.Id));
            Assert.Equal(new[] { "level" }, dataset.Figures.Concerning(dataset.Topics["water-level"]).Select(f => f.Id));
            Assert.Equal(3, dataset.Figures.In(dataset.Articles["art-en"]).Count);
            Assert.Empty(dataset.Figures.In(dataset.Articles["art-da"]));
            Assert.Empty(dataset.Figures.About(Measure.Price));
            Assert.Equal(new[] { "dead-mayor" }, dataset.Figures.AsOf(new NewsDate(2030, 3, 4)).Select(f => f.Id));
        }

        [Fact]
        public void FindsConflictingFiguresAndOnlyThose()
        {
#pragma warning disable CS0618 // the obsolete API keeps working until it is removed
            var conflict = Assert.Single(dataset.Conflicts);
#pragma warning restore CS0618
            Assert.Equal(Measure.Killed, conflict.Measure);
            Assert.Equal("residents", conflict.SubjectId);
            Assert.Equal(new[] { "dead-mayor", "dead-ministry" }, conflict.Figures.Select(f => f.Id));
        }

        [Fact]
        public void AgreeingFiguresAreNoConflict()
        {
            var builder = new NewsDatasetBuilder("d", "d");
            var evidence = new Evidence("a", "x", 0, 1);
            builder.Add(new Figure("f1", Measure.Injured, "s", "ten", Qualifier.Exact, 10, 10, "people", null, null, null, null, null, null, evidence));
            builder.Add(new Figure("f2", Measure.Injured, "s", "10", Qualifier.Exact, 10, 10, "people", null, null, null, null, null, null, evidence));
#pragma warning disable CS0618 // the obsolete API keeps working until it is removed
            Assert.Empty(builder.Build().Conflicts);
#pragma warning restore CS0618
        }

        [Fact]
        public void ReportsEverythingAnArticleSays()
        {
            var contents = dataset.Report(dataset.Articles["art-da"]);
            Assert.Equal(new[] { "flood" }, contents.Events.Select(e => e.Id));
            Assert.Empty(contents.Figures);
            Assert.Equal(new[] { "we-cope" }, contents.Statements.Select(s => s.Id));
        }

        [Fact]
        public void BuilderIsSingleUseAndFirstDuplicateWins()
        {
            var builder = new NewsDatasetBuilder("d", "d");
            builder.Add(new Topic("t", "First")).Add(new Topic("t", "Second"));
            var built = builder.Build();
            Assert.Equal("First", Assert.Single(built.Topics).Name);
            Assert.Throws<InvalidOperationException>(() => builder.Build());
            Assert.Throws<InvalidOperationException>(() => builder.Add(new Topic("u", "U")));
            Assert.Throws<InvalidOperationException>(() => new Topic("loose", "Loose").Dataset);
        }

        [Fact]
        public void RolesKnowWhenTheyWereHeld()
        {
            var role = dataset.Actors["mayor-lindqvist"].Roles.Single();
            Assert.True(role.HeldOn(new NewsDate(2030, 1, 1)));
            Assert.False(role.HeldOn(new NewsDate(2027, 12, 31)));
            Assert.Equal("Aase Lindqvist", dataset.Actors["mayor-lindqvist"].NameIn("en"));
            Assert.Equal("Åse Lindqvist", dataset.Actors["mayor-lindqvist"].NameIn("kk"));
        }
    }
}
