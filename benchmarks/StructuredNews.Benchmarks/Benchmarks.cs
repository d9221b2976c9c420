using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using StructuredNews.Benchmarks.Baselines;
using StructuredNews.Benchmarks.Infrastructure;

namespace StructuredNews.Benchmarks
{
    /// <summary>Smoke mode (<c>--smoke</c>): tiny inputs; set through the environment so it holds in any process.</summary>
    public static class Mode
    {
        public static bool Smoke => Environment.GetEnvironmentVariable("SN_BENCH_SMOKE") == "1";

        /// <summary>N of the synthetic data set that load and query benchmarks use (default 1,000; SN_BENCH_LOAD_N overrides).</summary>
        public static int LoadN => Smoke ? 10 : int.TryParse(Environment.GetEnvironmentVariable("SN_BENCH_LOAD_N"), out var n) ? n : 1000;

        public static IEnumerable<string> LoadDataSets => new[] { BenchData.Kazakhstan, BenchData.SyntheticName(LoadN) };
    }

    /// <summary>1. A full generator run over a corpus: a fresh driver, RunGeneratorsAndUpdateCompilation.</summary>
    [MemoryDiagnoser]
    public class GeneratorFullRun
    {
        private ImmutableArray<AdditionalText> texts;
        private CorpusOptions options = null!;
        private CSharpCompilation compilation = null!;

        [ParamsSource(nameof(Sizes))]
        public int N { get; set; }

        public static IEnumerable<int> Sizes => Mode.Smoke ? new[] { 10 } : new[] { 10, 100, 1000 };

        [GlobalSetup]
        public void Setup()
        {
            var data = BenchData.Get(BenchData.SyntheticName(N));
            (texts, options) = CorpusCompilation.Inputs(data.Annotations, data.Articles);
            compilation = CorpusCompilation.CreateCompilation("Synthetic");
            var driver = CorpusCompilation.CreateDriver(texts, options).RunGeneratorsAndUpdateCompilation(compilation, out _, out _);
            var result = driver.GetRunResult();
            Console.WriteLine("// N={0}: {1} generated sources, {2} diagnostics, {3:0.0} MB of generated C#", N, result.GeneratedTrees.Length, result.Diagnostics.Length,
                result.Results.SelectMany(r => r.GeneratedSources).Sum(s => (double)s.SourceText.Length) / 1e6);
        }

        [Benchmark]
        public Compilation FullRun()
        {
            CorpusCompilation.CreateDriver(texts, options).RunGeneratorsAndUpdateCompilation(compilation, out var output, out _);
            return output;
        }
    }

    /// <summary>2. The driver has run at N = 1,000; one article's YAML changes (a figure's note) and it runs again.</summary>
    [MemoryDiagnoser]
    public class GeneratorIncremental
    {
        private GeneratorDriver driver = null!;
        private CSharpCompilation compilation = null!;
        private AdditionalText before = null!;
        private AdditionalText after = null!;

        [ParamsSource(nameof(Sizes))]
        public int N { get; set; }

        public static IEnumerable<int> Sizes => Mode.Smoke ? new[] { 10 } : new[] { 1000 };

        [GlobalSetup]
        public void Setup()
        {
            var data = BenchData.Get(BenchData.SyntheticName(N));
            var (texts, options) = CorpusCompilation.Inputs(data.Annotations, data.Articles);
            compilation = CorpusCompilation.CreateCompilation("Synthetic");
            driver = CorpusCompilation.CreateDriver(texts, options).RunGeneratorsAndUpdateCompilation(compilation, out _, out _);
            (before, after) = NoteEdit(texts, N);
            var path = before.Path;

            var rerun = driver.ReplaceAdditionalText(before, after).RunGeneratorsAndUpdateCompilation(compilation, out _, out _);
            var old = Sources(driver);
            var now = Sources(rerun);
            var changed = now.Where(p => !old.TryGetValue(p.Key, out var text) || text != p.Value).Select(p => p.Key).ToList();
            Console.WriteLine("// incremental N={0}: {1} of {2} generated sources changed after editing a note in {3}: {4}", N, changed.Count, now.Count, path,
                string.Join(", ", changed));
        }

        /// <summary>The article in the middle of the corpus, before and after its first figure's note is edited.</summary>
        public static (AdditionalText Before, AdditionalText After) NoteEdit(ImmutableArray<AdditionalText> texts, int n)
        {
            var path = CorpusCompilation.ProjectDir + "data/articles/" + ((n + 1) / 2).ToString("D5", System.Globalization.CultureInfo.InvariantCulture) + ".yaml";
            var before = texts.Single(t => t.Path == path);
            var yaml = before.GetText()!.ToString();
            var note = yaml.IndexOf("    note: ", StringComparison.Ordinal);
            var end = yaml.IndexOf('\n', note);
            return (before, new MemoryText(path, yaml.Substring(0, note) + "    note: \"An edited note.\"" + yaml.Substring(end)));
        }

        [Benchmark]
        public GeneratorDriver EditOneNote() => driver.ReplaceAdditionalText(before, after).RunGeneratorsAndUpdateCompilation(compilation, out _, out _);

        [Benchmark]
        public GeneratorDriver NoChange() => driver.RunGeneratorsAndUpdateCompilation(compilation, out _, out _);

        private static Dictionary<string, string> Sources(GeneratorDriver d) =>
            d.GetRunResult().Results.SelectMany(r => r.GeneratedSources).ToDictionary(s => s.HintName, s => s.SourceText.ToString(), StringComparer.Ordinal);
    }

    /// <summary>
    /// 3. Loading a dataset and answering the first two queries (an alias resolution, figures by measure): the
    /// generated dataset, YamlDotNet over the annotation YAML into POCOs plus lookups, System.Text.Json (source
    /// generated) over the JSON export plus lookups, and the typed alternative (C# constructors building the same
    /// dataset, as a T4 template would write them). Inputs are in memory (no disk I/O in any variant).
    /// </summary>
    [MemoryDiagnoser]
    public class DatasetLoad
    {
        private BenchData data = null!;
        private Func<NewsDataset> factory = null!;
        private Func<NewsDataset> typed = null!;
        private string[] yaml = Array.Empty<string>();

        [ParamsSource(nameof(DataSets))]
        public string Data { get; set; } = "";

        public static IEnumerable<string> DataSets => Mode.LoadDataSets;

        [GlobalSetup]
        public void Setup()
        {
            data = BenchData.Get(Data);
            factory = data.Factory;
            typed = data.TypedFactory;
            yaml = data.Annotations.Select(a => a.Text).ToArray();
            var g = Generated();
            var y = YamlDotNet();
            var j = SystemTextJson();
            var t = TypedSource();
            Console.WriteLine("// {0}: generated {1}, YamlDotNet {2}, System.Text.Json {3}, typed source {4}", Data, g, y, j, t);
            if (g.ResolvedId != data.AliasExpectedId || y != g || j.ResolvedId != g.ResolvedId || j.FiguresAboutMeasure != g.FiguresAboutMeasure || t != g)
            {
                throw new InvalidOperationException("The variants disagree: " + g + " / " + y + " / " + j + " / " + t);
            }
        }

        [Benchmark(Baseline = true)]
        public FirstAnswers Generated()
        {
            var dataset = factory();
            return new FirstAnswers(dataset.Resolve(data.AliasQuery)?.Id, dataset.Figures.About(data.Measure).Count);
        }

        [Benchmark]
        public FirstAnswers YamlDotNet()
        {
            var index = YamlLoader.Load(yaml);
            return new FirstAnswers(index.Resolve(data.AliasQuery)?.Id, index.CountAbout(data.MeasureName));
        }

        [Benchmark]
        public FirstAnswers SystemTextJson()
        {
            var index = JsonLoader.Load(data.Json);
            return new FirstAnswers(JsonLoader.IdOf(index.Resolve(data.AliasQuery)), index.CountAbout(data.MeasureName));
        }

        [Benchmark]
        public FirstAnswers TypedSource()
        {
            var dataset = typed();
            return new FirstAnswers(dataset.Resolve(data.AliasQuery)?.Id, dataset.Figures.About(data.Measure).Count);
        }
    }

    /// <summary>4. Queries on a loaded (generated) dataset.</summary>
    [MemoryDiagnoser]
    public class Queries
    {
        private BenchData data = null!;
        private NewsDataset dataset = null!;

        [ParamsSource(nameof(DataSets))]
        public string Data { get; set; } = "";

        public static IEnumerable<string> DataSets => Mode.LoadDataSets;

        [GlobalSetup]
        public void Setup()
        {
            data = BenchData.Get(Data);
            dataset = data.Factory();
            Console.WriteLine("// {0}: {1} figures, {2} events between {3} and {4}, {5} {6} figures, '{7}' -> {8}", Data, dataset.Figures.Count, EventsBetween(), data.From, data.To,
                FiguresByMeasure(), data.MeasureName, data.AliasQuery, ResolveAlias()?.Id);
            _ = LookupById();
        }

        [Benchmark]
        public Figure LookupById() => dataset.Figures[data.FigureId];

        [Benchmark]
        public Actor? ResolveAlias() => dataset.Actors.Resolve(data.AliasQuery);

        [Benchmark]
        public int EventsBetween()
        {
            var count = 0;
            foreach (var e in dataset.Events.Between(data.From, data.To))
            {
                count++;
            }

            return count;
        }

        [Benchmark]
        public int FiguresByMeasure()
        {
            var count = 0;
            foreach (var f in dataset.Figures.About(data.Measure))
            {
                count++;
            }

            return count;
        }
    }
}
