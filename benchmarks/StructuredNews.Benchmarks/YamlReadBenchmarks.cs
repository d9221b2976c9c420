extern alias generator;

using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using BenchmarkDotNet.Attributes;
using StructuredNews.Benchmarks.Infrastructure;
using SimpleYamlScanner = generator::StructuredNews.Generators.Parsing.SimpleYamlScanner;
using YamlTreeReader = generator::StructuredNews.Generators.Parsing.YamlTreeReader;

namespace StructuredNews.Benchmarks
{
    /// <summary>
    /// Reading the annotation YAML of a synthetic corpus into the generator's YAML tree, alone: YamlDotNet's event
    /// path against the generator's <c>SimpleYamlScanner</c> (the same trees), side by side in one process.
    /// <c>--filter '*YamlRead*'</c>; MB/s = the printed size / the time.
    /// </summary>
    [MemoryDiagnoser]
    public class YamlRead
    {
        private (string Path, string Text)[] files = Array.Empty<(string, string)>();

        [ParamsSource(nameof(Sizes))]
        public int N { get; set; }

        public static IEnumerable<int> Sizes => Mode.Smoke ? new[] { 10 } : new[] { 1000 };

        [GlobalSetup]
        public void Setup()
        {
            files = BenchData.Get(BenchData.SyntheticName(N)).Annotations.ToArray();
            var fallbacks = files.Count(f => !SimpleYamlScanner.TryRead(f.Path, f.Text, CancellationToken.None, out _));
            Console.WriteLine("// YAML read N={0}: {1} files, {2:0.0} MB of UTF-16 text ({3:0.0} M characters), {4} not read by the fast scanner",
                N, files.Length, files.Sum(f => 2.0 * f.Text.Length) / 1e6, files.Sum(f => (double)f.Text.Length) / 1e6, fallbacks);
            if (fallbacks > 0)
            {
                throw new InvalidOperationException("the synthetic corpus should be read by the fast scanner");
            }
        }

        [Benchmark(Baseline = true)]
        public int YamlDotNet()
        {
            var nodes = 0;
            foreach (var (path, text) in files)
            {
                var diagnostics = new List<generator::StructuredNews.Generators.Model.DiagnosticInfo>();
                nodes += YamlTreeReader.ReadWithYamlDotNet(path, text, diagnostics, CancellationToken.None) == null ? 0 : 1;
            }

            return nodes;
        }

        [Benchmark]
        public int SimpleScanner()
        {
            var nodes = 0;
            foreach (var (path, text) in files)
            {
                nodes += SimpleYamlScanner.TryRead(path, text, CancellationToken.None, out _) ? 1 : 0;
            }

            return nodes;
        }
    }
}
