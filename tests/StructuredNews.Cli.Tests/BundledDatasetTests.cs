using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using Xunit;

namespace StructuredNews.Cli.Tests
{
    /// <summary>The commands over the real bundled dataset.</summary>
    public class BundledDatasetTests
    {
        private static NewsDataset Dataset => Kazakhstan2022.Kazakhstan2022.Dataset;

        private static SnResult Run(params string[] args) => Sn.RunOver(Dataset, args);

        [Fact]
        public void TokayevResolvesToOneIdUnderEverySpelling()
        {
            var danish = Run("resolve", "--id-only", "Tokajev");
            var variant = Run("resolve", "--id-only", "Kassym-Shomart Tokayev");
            var canonical = Run("resolve", "--id-only", "kassym jomart tokayev");

            Assert.Equal(0, danish.ExitCode);
            Assert.Equal(0, variant.ExitCode);
            Assert.Equal("kassym-jomart-tokayev\n", danish.Out);
            Assert.Equal(danish.Out, variant.Out);
            Assert.Equal(danish.Out, canonical.Out);
            Assert.Equal(ActorKind.Person, Dataset.Actors["kassym-jomart-tokayev"].Kind);
        }

        [Fact]
        public void UnknownNameIsNotFound()
        {
            var result = Run("resolve", "Vladimir Zhirinovsky of Atlantis");

            Assert.Equal(1, result.ExitCode);
            Assert.Equal(string.Empty, result.Out);
        }

        [Fact]
        public void TimelineListsEveryEventInChronologicalOrder()
        {
            var result = Run("timeline");

            Assert.Equal(0, result.ExitCode);
            var lines = result.Lines;
            var columns = new Columns(lines[0], "DATE", "PLACE", "ARTICLES", "SUMMARY");
            Assert.Equal(Dataset.Events.Count, lines.Length - 1);
            var starts = lines.Skip(1).Select(l => NewsDate.Parse(columns.Cell(l, "DATE").Substring(0, 10))).ToList();
            Assert.True(Dataset.Events.Count > 1);
            for (var i = 1; i < starts.Count; i++)
            {
                Assert.True(starts[i - 1] <= starts[i], "Line " + (i + 1) + " starts before line " + i + ".");
            }

            Assert.Equal(Dataset.Events.Select(e => e.Summary), lines.Skip(1).Select(l => columns.Cell(l, "SUMMARY")));
            Assert.All(lines.Skip(1), l => Assert.True(int.Parse(columns.Cell(l, "ARTICLES")) >= 1));
        }

        [Fact]
        public void FiguresOfAMeasureAreThatMeasuresFigures()
        {
            var result = Run("figures", "--measure", "killed");

            Assert.Equal(0, result.ExitCode);
            var killed = Dataset.Figures.About(Measure.Killed);
            Assert.NotEmpty(killed);
            var columns = new Columns(result.Lines[0], "ID", "MEASURE");
            Assert.Equal(killed.Select(f => f.Id), result.Lines.Skip(1).Select(l => columns.Cell(l, "ID")));
        }

        [Fact]
        public void EveryCommandSucceeds()
        {
            foreach (var command in new[] { "timeline", "actors", "figures", "conflicts", "export" })
            {
                var result = Run(command);
                Assert.True(result.ExitCode == 0, command + " failed: " + result.Error);
                Assert.Equal(string.Empty, result.Error);
                Assert.NotEqual(string.Empty, result.Out);
            }
        }

        [Fact]
        public void ExportHasEveryEntityAndOnlyReferencesExportedIds()
        {
            var result = Run("export");
            Assert.Equal(0, result.ExitCode);
            using var json = JsonDocument.Parse(result.Out);
            var root = json.RootElement;

            Assert.Equal(Dataset.Id, root.GetProperty("dataset").GetProperty("id").GetString());
            Assert.Equal(Dataset.Articles.Count, root.GetProperty("articles").GetArrayLength());
            Assert.Equal(Dataset.Actors.Count, root.GetProperty("actors").GetArrayLength());
            Assert.Equal(Dataset.Places.Count, root.GetProperty("places").GetArrayLength());
            Assert.Equal(Dataset.Events.Count, root.GetProperty("events").GetArrayLength());
            Assert.Equal(Dataset.Figures.Count, root.GetProperty("figures").GetArrayLength());
            Assert.Equal(Dataset.Statements.Count, root.GetProperty("statements").GetArrayLength());
            Assert.Equal(Dataset.Topics.Count, root.GetProperty("topics").GetArrayLength());
            Assert.Equal(Dataset.Series.Count, root.GetProperty("series").GetArrayLength());
            Assert.Equal(Dataset.Contradictions.Count(), root.GetProperty("conflicts").GetArrayLength());

            HashSet<string> Ids(string section) =>
                root.GetProperty(section).EnumerateArray().Select(e => e.GetProperty("id").GetString()!).ToHashSet(StringComparer.Ordinal);
            var articles = Ids("articles");
            var actors = Ids("actors");
            var places = Ids("places");
            var events = Ids("events");
            var figures = Ids("figures");
            foreach (var e in root.GetProperty("events").EnumerateArray())
            {
                Assert.All(e.GetProperty("reports").EnumerateArray(), r => Assert.Contains(r.GetProperty("article").GetString()!, articles));
                Assert.All(e.GetProperty("participants").EnumerateArray(), p => Assert.Contains(p.GetProperty("actor").GetString()!, actors));
                Assert.All(e.GetProperty("causes").EnumerateArray(), c => Assert.Contains(c.GetString()!, events));
                if (e.GetProperty("place").GetString() is { } place)
                {
                    Assert.Contains(place, places);
                }
            }

            var topics = Ids("topics");
            foreach (var e in root.GetProperty("events").EnumerateArray())
            {
                foreach (var r in e.GetProperty("reports").EnumerateArray())
                {
                    Assert.All(r.GetProperty("via").EnumerateArray(), v => Assert.Contains(v.GetString()!, actors));
                    if (r.GetProperty("claimedBy").GetString() is { } reportClaimant)
                    {
                        Assert.Contains(reportClaimant, actors);
                    }
                }
            }

            foreach (var s in root.GetProperty("series").EnumerateArray())
            {
                Assert.All(s.GetProperty("figures").EnumerateArray(), f => Assert.Contains(f.GetString()!, figures));
                Assert.All(s.GetProperty("steps").EnumerateArray(), step => Assert.Contains(step.GetProperty("kind").GetString()!, new[] { "consistent", "revision", "contradiction" }));
            }

            foreach (var f in root.GetProperty("figures").EnumerateArray())
            {
                // Every subject is exported (topics included).
                var subject = f.GetProperty("subject").GetString()!;
                Assert.True(actors.Contains(subject) || places.Contains(subject) || topics.Contains(subject), subject);
                Assert.Contains(f.GetProperty("evidence").GetProperty("article").GetString()!, articles);
                if (f.GetProperty("claimedBy").GetString() is { } claimant)
                {
                    Assert.Contains(claimant, actors);
                }
            }

            foreach (var c in root.GetProperty("conflicts").EnumerateArray())
            {
                Assert.All(c.GetProperty("figures").EnumerateArray(), f => Assert.Contains(f.GetString()!, figures));
            }
        }
    }
}
