using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using StructuredNews.Annotations.Model;
using StructuredNews.Generators.Model;
using StructuredNews.Generators.Tests.Infrastructure;
using Xunit;

namespace StructuredNews.Generators.Tests
{
    /// <summary>No Roslyn object flows through the pipeline: only values that compare by value, so caching works.</summary>
    public class PipelineModelTests
    {
        public static IEnumerable<object[]> StepNames() => Tracking.AllNames.Select(n => new object[] { n });

        [Theory]
        [MemberData(nameof(StepNames))]
        public void StepOutputsHoldNoRoslynObjects(string step)
        {
            // The sample, plus a broken file so that diagnostics (with their spans) flow through the steps too.
            var files = SampleData.Files().Append(InputFile.Yaml(GeneratorHarness.ProjectDir + "broken.yaml", "places:\n  - id: x\n    kind: planet\n    name: X\n"));
            var run = GeneratorHarness.Run(files);
            Assert.Contains(run.GeneratorDiagnostics, d => d.Id == "SN0005");

            var outputs = Tracking.Outputs(run.GeneratorResult, step).ToList();
            Assert.NotEmpty(outputs);
            var found = outputs.SelectMany((o, i) => RoslynObjectFinder.Find(o.Value, step + "[" + i + "]")).ToList();
            Assert.True(found.Count == 0, "Roslyn objects in the pipeline:\n" + string.Join("\n", found));
        }

        [Fact]
        public void FinderFlagsRoslynObjects()
        {
            // The control: the walker does see into tuples, records, arrays and EquatableArray.
            var location = Location.Create("a.yaml", new TextSpan(0, 1), new LinePositionSpan(default, default));
            Assert.NotEmpty(RoslynObjectFinder.Find((1, location), "tuple"));
            Assert.NotEmpty(RoslynObjectFinder.Find(new object[] { "x", new InMemoryAdditionalText("a", "b") }, "array"));
            Assert.NotEmpty(RoslynObjectFinder.Find(ImmutableArray.Create<object>(SourceText.From("x")), "immutable"));
            Assert.NotEmpty(RoslynObjectFinder.Find(new Holder(new[] { new Wrapped(location) }.ToEquatableArray()), "record"));
            Assert.Empty(RoslynObjectFinder.Find((DiagnosticSeverity.Error, "x", 1.5m), "plain values"));
        }

        private sealed record Wrapped(object Inner);

        private sealed record Holder(EquatableArray<Wrapped> Items);
    }
}
