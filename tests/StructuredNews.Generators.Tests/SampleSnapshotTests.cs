using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading.Tasks;
using StructuredNews.Generators.Tests.Infrastructure;
using Xunit;

namespace StructuredNews.Generators.Tests
{
    /// <summary>Every source generated for the sample dataset, one verified snapshot per hint name.</summary>
    public class SampleSnapshotTests
    {
        private static readonly Lazy<GeneratorRun> Sample = new Lazy<GeneratorRun>(() => GeneratorHarness.Run(SampleData.Files()));

        public static IEnumerable<object[]> HintNames() => Sample.Value.Sources.Select(s => new object[] { s.HintName });

        [Fact]
        public void SampleDatasetHasNoDiagnostics()
        {
            Assert.True(Sample.Value.GeneratorDiagnostics.IsEmpty, "unexpected diagnostics:\n" + Assertions.Format(Sample.Value.GeneratorDiagnostics));
        }

        [Fact]
        public void ATablePerAnnotationFileTheirAccessorsByBucketAndTheDataset()
        {
            var hints = Sample.Value.Sources.Select(s => s.HintName).ToList();
            var paths = new[] { "TestData/flood/shared.yaml", "TestData/flood/articles/101-flood.yaml", "TestData/flood/articles/102-aftermath.yaml" };
            var buckets = paths.Select(Model.AccessorBuckets.Of).Distinct().Select(Model.AccessorBuckets.HintName).OrderBy(h => h, StringComparer.Ordinal).ToList();
            Assert.Equal(paths.Length + buckets.Count + 1, hints.Count);
            Assert.Contains("StructuredNews.Dataset.g.cs", hints);
            Assert.Equal(buckets, hints.Where(h => h.StartsWith("StructuredNews.Accessors.", StringComparison.Ordinal)));
            Assert.Single(hints, h => h.StartsWith("TestData.flood.shared.yaml.", StringComparison.Ordinal) && h.EndsWith(".g.cs", StringComparison.Ordinal));
            Assert.Single(hints, h => h.StartsWith("TestData.flood.articles.101-flood.yaml.", StringComparison.Ordinal));
            Assert.Single(hints, h => h.StartsWith("TestData.flood.articles.102-aftermath.yaml.", StringComparison.Ordinal));
        }

        [Theory]
        [MemberData(nameof(HintNames))]
        public Task GeneratedSource(string hintName) =>
            Snapshot.Verify(Sample.Value.Source(hintName), extension: "cs", suffix: Suffix(hintName));

        [Fact]
        public void NoStaleSnapshots()
        {
            var expected = Sample.Value.Sources.Select(s => nameof(SampleSnapshotTests) + "." + nameof(GeneratedSource) + "_" + Suffix(s.HintName) + ".verified.cs");
            var present = Directory.GetFiles(ThisDirectory(), nameof(SampleSnapshotTests) + "." + nameof(GeneratedSource) + "_*.verified.cs").Select(Path.GetFileName);
            Assert.Equal(expected.OrderBy(n => n, StringComparer.Ordinal), present.OrderBy(n => n, StringComparer.Ordinal));
        }

        private static string Suffix(string hintName) =>
            hintName.EndsWith(".g.cs", StringComparison.Ordinal) ? hintName.Substring(0, hintName.Length - ".g.cs".Length) : hintName;

        private static string ThisDirectory([CallerFilePath] string path = "") => Path.GetDirectoryName(path)!;
    }
}
