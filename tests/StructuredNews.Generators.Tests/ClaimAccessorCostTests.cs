using System.Collections.Generic;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using StructuredNews.Generators.Model;
using StructuredNews.Generators.Tests.Infrastructure;
using Xunit;
using static StructuredNews.Generators.Tests.Infrastructure.DiagnosticAssert;

namespace StructuredNews.Generators.Tests
{
    /// <summary>SN0070: once the claim accessors cost about half a second a build, the generator says so, once.</summary>
    public class ClaimAccessorCostTests
    {
        private const string Dir = GeneratorHarness.ProjectDir;

        // A dataset section in one file, and statements split over two files (the count is across files).
        private static GeneratorRun Run(int statements, bool accessors = true)
        {
            static string Statements(int from, int count)
            {
                var yaml = new StringBuilder("statements:\n");
                for (var i = from; i < from + count; i++)
                {
                    yaml.Append("  - { id: s").Append(i).Append(", speaker: mayor, text: calm, evidence: { article: art, quote: Stay calm } }\n");
                }

                return yaml.ToString();
            }

            var half = statements / 2;
            var files = new List<InputFile>
            {
                InputFile.Yaml(Dir + "a.yaml", "article: { id: art, seed: art.txt, language: en, title: T }\nactors:\n  - { id: mayor, kind: person, name: Mayor }\n" + Statements(0, half)),
                InputFile.Yaml(Dir + "b.yaml", "dataset:\n  id: d\n  title: D\n" + Statements(half, statements - half)),
                InputFile.Seed(Dir + "texts/art.txt", "The Mayor said: Stay calm.\n"),
            };
            var options = new Dictionary<string, string>(GeneratorHarness.DefaultGlobalOptions);
            if (!accessors)
            {
                options["build_property.StructuredNewsClaimAccessors"] = "false";
            }

            return GeneratorHarness.Run(files, options);
        }

        [Fact]
        public void SN0070_ReportedOnceAtTheDatasetSectionFromTheThreshold()
        {
            var run = Run(ClaimAccessorCost.Threshold);
            var d = Single(run, "SN0070");
            Assert.Equal(DiagnosticSeverity.Warning, d.Severity);
            At(d, Dir + "b.yaml", 1, 6, 1, 7); // the dataset id
            Assert.Equal("The 6,500 typed accessors of figures and statements add about 0.5 s to every build of this project (76 µs each, measured). " +
                "Set <StructuredNewsClaimAccessors>false</StructuredNewsClaimAccessors> in the project file to leave them out: the claims stay in Figures and Statements, by id.",
                d.GetMessage());
            Assert.DoesNotContain(run.GeneratorDiagnostics, x => x.Severity == DiagnosticSeverity.Error);
        }

        [Fact]
        public void SN0070_NotBelowTheThresholdNorWithTheAccessorsOff()
        {
            None(Run(ClaimAccessorCost.Threshold - 1), "SN0070");
            None(Run(ClaimAccessorCost.Threshold, accessors: false), "SN0070");
        }
    }
}
