using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using StructuredNews.Generators.Tests.Infrastructure;
using Xunit;
using static StructuredNews.Generators.Tests.Infrastructure.DiagnosticAssert;

namespace StructuredNews.Generators.Tests
{
    /// <summary>
    /// Large inputs give a bounded number of diagnostics, each at the right place: at most 100 of one coverage id
    /// per article, then one SN0042 with the count; "did you mean" for the first 20 unknown references of a file.
    /// </summary>
    public class CoverageCapTests
    {
        private const string Dir = GeneratorHarness.ProjectDir;

        [Fact]
        public void SN0042_ManyUncoveredNumbersAreCappedAndCounted()
        {
            // 5,000 numbers, one per line: the 100th is on line 100.
            var text = new StringBuilder();
            for (var i = 1; i <= 5000; i++)
            {
                text.Append("Line ").Append(i.ToString(CultureInfo.InvariantCulture)).Append(" says something.\n");
            }

            var run = GeneratorHarness.Run(new List<InputFile>
            {
                InputFile.Yaml(Dir + "a.yaml", "article: { id: art, seed: art.txt, language: en, title: T }\n"),
                InputFile.Seed(Dir + "texts/art.txt", text.ToString()),
            });
            var uncovered = run.GeneratorDiagnostics.Where(d => d.Id == "SN0022").ToList();
            Assert.Equal(100, uncovered.Count);
            Assert.Contains("art.txt(100,6)", uncovered[99].GetMessage(CultureInfo.InvariantCulture), System.StringComparison.Ordinal);
            var summary = Single(run, "SN0042");
            Assert.Equal(DiagnosticSeverity.Warning, summary.Severity);
            Assert.Equal("4900 more numbers in no figure's evidence in article 'art': the first 100 are reported as SN0022. Annotate or ignore those first, and build again.", summary.GetMessage(CultureInfo.InvariantCulture));
        }

        [Fact]
        public void NoSummaryAtOrBelowTheCap()
        {
            var text = string.Concat(Enumerable.Range(1, 100).Select(i => "Line " + i.ToString(CultureInfo.InvariantCulture) + ".\n"));
            var run = GeneratorHarness.Run(new List<InputFile>
            {
                InputFile.Yaml(Dir + "a.yaml", "article: { id: art, seed: art.txt, language: en, title: T }\n"),
                InputFile.Seed(Dir + "texts/art.txt", text),
            });
            Assert.Equal(100, run.GeneratorDiagnostics.Count(d => d.Id == "SN0022"));
            None(run, "SN0042");
        }

        [Fact]
        public void DidYouMeanIsBoundedPerFile()
        {
            var yaml = new StringBuilder("topics:\n  - { id: rivertown-flood, name: R }\nfigures:\n");
            var figures = new StringBuilder();
            for (var i = 0; i < 30; i++)
            {
                yaml.Append("  - { id: f").Append(i.ToString(CultureInfo.InvariantCulture))
                    .Append(", measure: count, subject: rivertown-flod, value: calm, qualifier: exact, low: 1, high: 1, unit: people, evidence: { article: art, quote: calm } }\n");
            }

            var run = GeneratorHarness.Run(new List<InputFile>
            {
                InputFile.Yaml(Dir + "a.yaml", "article: { id: art, seed: art.txt, language: en, title: T }\n" + yaml),
                InputFile.Seed(Dir + "texts/art.txt", "All calm.\n"),
            });
            var unknown = run.GeneratorDiagnostics.Where(d => d.Id == "SN0009").ToList();
            Assert.Equal(30, unknown.Count);
            Assert.Equal(20, unknown.Count(d => d.GetMessage(CultureInfo.InvariantCulture).Contains("did you mean 'rivertown-flood'", System.StringComparison.Ordinal)));
        }
    }
}
