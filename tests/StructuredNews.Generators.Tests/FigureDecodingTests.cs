using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using StructuredNews.Generators.Tests.HostileInput;
using StructuredNews.Generators.Tests.Infrastructure;
using Xunit;

namespace StructuredNews.Generators.Tests
{
    /// <summary>
    /// A generated dataset decodes figures one measure at a time: <c>Figures.About(measure)</c> on a fresh dataset
    /// decodes only that measure's records, straight from the tables. Whatever the order of queries, every
    /// figure must come out the same, once, in declaration order.
    /// </summary>
    public class FigureDecodingTests
    {
        private const string Text = "Many people came, M\u00e5ny \U0001F642 for \u20ac40, \u00e6 and \U0001F642 too.";

        // Two files whose figures interleave three measures; strings with non-ASCII chars and a surrogate pair sit
        // before strings that later records refer back to by number (the unit, the claimant).
        private static IReadOnlyList<InputFile> Files(string secondFileFigureId = "b-k1", string secondFileMeasure = "killed") => new[]
        {
            InputFile.Seed(GeneratorHarness.ProjectDir + "texts/a.txt", Text),
            InputFile.Seed(GeneratorHarness.ProjectDir + "texts/b.txt", Text),
            InputFile.Yaml(GeneratorHarness.ProjectDir + "a.news.yaml",
                "article: { id: a, seed: a.txt, language: en, title: A }\n" +
                "actors:\n  - { id: people, kind: group, name: People }\n  - { id: ministry, kind: government_body, name: Ministry }\n" +
                "figures:\n" +
                Figure("a-k1", "killed", "Many", "12", "note: \"\u00e6\u00f8\u00e5 \u20ac \U0001F642\"") +
                Figure("a-i1", "injured", "M\u00e5ny \U0001F642", "3", "claimed_by: ministry") +
                Figure("a-k2", "killed", "\u20ac40", "40", "claimed_by: ministry") +
                Figure("a-a1", "arrested", "Many", "7", "note: \"\U0001F642\U0001F642 \u00e6\"")),
            InputFile.Yaml(GeneratorHarness.ProjectDir + "b.news.yaml",
                "article: { id: b, seed: b.txt, language: en, title: B }\n" +
                "figures:\n" +
                Figure("b-i1", "injured", "\U0001F642", "1", "claimed_by: ministry") +
                Figure(secondFileFigureId, secondFileMeasure, "Many", "5", "note: \"\u00e6\"")),
        };

        private static string Figure(string id, string measure, string value, string low, string extra) =>
            "  - id: " + id + "\n    measure: " + measure + "\n    subject: people\n    value: \"" + value + "\"\n" +
            "    qualifier: at_least\n    low: " + low + "\n    unit: people\n    " + extra + "\n" +
            "    evidence: { quote: \"" + Text + "\" }\n";

        [Fact]
        public void FiguresOfOneMeasureFirstAreTheFiguresEveryOtherQueryFinds()
        {
            var run = GeneratorHarness.Run(Files());
            Assert.Empty(run.Errors);
            Assertions.CompilesWithoutErrors(run);

            // Reference: a fresh dataset read front to back.
            var expected = HostileSupport.WithLoadedDataset(run.OutputCompilation, (d, _) => Describe(d.Figures));

            var (killed, injured, all, sameInstances) = HostileSupport.WithLoadedDataset(run.OutputCompilation, (d, _) =>
            {
                var k = About(d, "Killed");
                var i = About(d, "Injured");
                var kAgain = About(d, "Killed");
                var same = ReferenceEquals(k, kAgain)
                    && k.SequenceEqual(d.Figures.Where(f => f.Measure.ToString() == "Killed"))
                    && i.All(f => ReferenceEquals(f, d.Figures[f.Id]));
                return (Describe(k), Describe(i), Describe(d.Figures), same);
            });

            Assert.True(sameInstances, "a measure's figures must be the instances the whole collection holds");
            Assert.Equal(expected, all);
            Assert.Equal(Lines(expected).Where(l => l.Contains("|Killed|", StringComparison.Ordinal)), Lines(killed));
            Assert.Equal(Lines(expected).Where(l => l.Contains("|Injured|", StringComparison.Ordinal)), Lines(injured));
            Assert.Equal(new[] { "a-k1", "a-k2", "b-k1" }, Lines(killed).Select(l => l.Split('|')[0]));
            Assert.Contains("\u00e6\u00f8\u00e5 \u20ac \U0001F642", killed, StringComparison.Ordinal);
            Assert.Contains("M\u00e5ny \U0001F642|", injured, StringComparison.Ordinal);
            Assert.Contains("|ministry|", injured, StringComparison.Ordinal);
        }

        [Fact]
        public void WhenDuplicateIdsAreAllowedTheFirstFigureWinsInEveryQuery()
        {
            // SN0008 downgraded to a warning: b.news.yaml's arrested figure "a-k2" repeats the id of a.news.yaml's
            // killed one; both reach the tables, and the first must win whether measures or ids are asked for first.
            var files = Files(secondFileFigureId: "a-k2", secondFileMeasure: "arrested");
            var options = HostileSupport.BaseCompilation.Options;
            var compilation = HostileSupport.BaseCompilation.WithOptions(
                options.WithSpecificDiagnosticOptions(options.SpecificDiagnosticOptions.SetItem("SN0008", ReportDiagnostic.Warn)));
            HostileSupport.CreateDriver(files).RunGeneratorsAndUpdateCompilation(compilation, out var output, out var diagnostics);
            Assert.Contains(diagnostics, d => d.Id == "SN0008" && d.Severity == DiagnosticSeverity.Warning);

            var byMeasureFirst = HostileSupport.WithLoadedDataset(output, (d, _) =>
                string.Join(",", About(d, "Arrested").Select(f => f.Id)) + ";" + d.Figures.Count + ";" + d.Figures["a-k2"].Measure);
            var byIdFirst = HostileSupport.WithLoadedDataset(output, (d, _) =>
            {
                var measure = d.Figures["a-k2"].Measure;
                return string.Join(",", About(d, "Arrested").Select(f => f.Id)) + ";" + d.Figures.Count + ";" + measure;
            });

            Assert.Equal("a-a1;5;Killed", byMeasureFirst);
            Assert.Equal(byMeasureFirst, byIdFirst);
        }

        // The runtime's Measure is also compiled into the generator this project references, so it is named by
        // reflection here.
        private static IReadOnlyList<global::StructuredNews.Figure> About(global::StructuredNews.NewsDataset d, string measure)
        {
            var type = typeof(global::StructuredNews.Figure).GetProperty("Measure")!.PropertyType;
            return (IReadOnlyList<global::StructuredNews.Figure>)d.Figures.GetType().GetMethod("About")!.Invoke(d.Figures, new[] { Enum.Parse(type, measure) })!;
        }

        private static IEnumerable<string> Lines(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries);

        private static string Describe(IEnumerable<global::StructuredNews.Figure> figures) =>
            string.Join("\n", figures.Select(f => string.Join("|", f.Id, f.Measure, f.SubjectId, f.Value, f.Qualifier, f.Low, f.High, f.Unit, f.AsOf,
                f.ClaimedById, string.Join(",", f.ViaIds), f.EventId, f.PlaceId, f.Note, f.Evidence.ArticleId + "@" + f.Evidence.Start + "+" + f.Evidence.Length + ":" + f.Evidence.Quote)));
    }
}
