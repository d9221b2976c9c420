
using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Exporters;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using StructuredNews.Benchmarks.Baselines;
using StructuredNews.Benchmarks.Infrastructure;
using StructuredNews.Synthetic;

namespace StructuredNews.Benchmarks
{
    /// <summary>
    /// <code>
    /// dotnet run -c Release --project benchmarks/StructuredNews.Benchmarks -- --filter '*'      BenchmarkDotNet, all classes
    /// dotnet run -c Release --project benchmarks/StructuredNews.Benchmarks -- --smoke           N = 10, one iteration (CI)
    /// dotnet run -c Release --project benchmarks/StructuredNews.Benchmarks -- --memory [N]      memory held by a loaded dataset
    /// dotnet run -c Release --project benchmarks/StructuredNews.Benchmarks -- --generator-stopwatch N [runs] [warm-ups]   median full run
    /// dotnet run -c Release --project benchmarks/StructuredNews.Benchmarks -- --parse-stopwatch N [runs] [warm-ups]       parsing alone
    /// dotnet run -c Release --project benchmarks/StructuredNews.Benchmarks -- --compile-breakdown N [runs] [variants]   compiling the generated code, by part
    /// dotnet run -c Release --project benchmarks/StructuredNews.Benchmarks -- --incremental-steps N [runs]     an edit's re-run, by generator step
    /// dotnet run -c Release --project benchmarks/StructuredNews.Benchmarks -- --corpus N        write the cached corpus, print its folder
    /// dotnet run -c Release --project benchmarks/StructuredNews.Benchmarks -- --kazakhstan-json FILE   the bundled data as JSON export
    /// </code>
    /// Benchmarks run in-process (InProcessEmitToolchain): no per-benchmark project build, which on a small
    /// machine costs more than the benchmarks; the corpora and compiled datasets are cached under $TMPDIR/sn-bench.
    /// </summary>
    public static class Program
    {
        public static int Main(string[] args)
        {
            if (args.Length > 0 && args[0] == "--memory")
            {
                return MemoryHarness.Run(args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : Mode.LoadN);
            }

            if (args.Length > 1 && args[0] == "--generator-stopwatch")
            {
                return GeneratorStopwatch.Run(int.Parse(args[1], CultureInfo.InvariantCulture), Count(args, 2, 5), Count(args, 3, GeneratorStopwatch.DefaultWarmups));
            }

            if (args.Length > 1 && args[0] == "--parse-stopwatch")
            {
                return GeneratorStopwatch.Parse(int.Parse(args[1], CultureInfo.InvariantCulture), Count(args, 2, 5), Count(args, 3, GeneratorStopwatch.DefaultWarmups));
            }

            if (args.Length > 1 && args[0] == "--compile-breakdown")
            {
                return CompileBreakdown.Run(int.Parse(args[1], CultureInfo.InvariantCulture), args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 3, args.Length > 3 ? args[3] : null);
            }

            if (args.Length > 1 && args[0] == "--incremental-steps")
            {
                return IncrementalSteps.Run(int.Parse(args[1], CultureInfo.InvariantCulture), args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 7);
            }

            if (args.Length > 1 && args[0] == "--kazakhstan-json")
            {
                using var stream = File.Create(args[1]);
                new StructuredNews.Export.JsonExporter().Write(StructuredNews.Kazakhstan2022.Kazakhstan2022.Dataset, stream);
                return 0;
            }

            if (args.Length > 1 && args[0] == "--corpus")
            {
                Console.WriteLine(BenchData.EnsureSyntheticCorpus(int.Parse(args[1], CultureInfo.InvariantCulture)));
                return 0;
            }

            var smoke = args.Contains("--smoke");
            Job job;
            if (smoke)
            {
                Environment.SetEnvironmentVariable("SN_BENCH_SMOKE", "1");
                args = args.Where(a => a != "--smoke").ToArray();
                if (!args.Contains("--filter"))
                {
                    args = args.Concat(new[] { "--filter", "*" }).ToArray();
                }

                job = Job.Dry;
            }
            else
            {
                // Few iterations: the generator runs take seconds each and the machine has two cores.
                job = Job.ShortRun;
            }

            var config = ManualConfig.Create(DefaultConfig.Instance)
                .AddJob(job.WithToolchain(InProcessEmitToolchain.Instance).WithId(smoke ? "Smoke" : "ShortRun"))
                .AddDiagnoser(MemoryDiagnoser.Default)
                .AddColumn(StatisticColumn.Median)
                .AddExporter(MarkdownExporter.GitHub)
                .WithOptions(ConfigOptions.DisableLogFile);
            var summaries = BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, config);
            return summaries.Any(s => s.HasCriticalValidationErrors || s.Reports.Any(r => !r.Success)) ? 1 : 0;
        }

        private static int Count(string[] args, int index, int fallback) =>
            args.Length > index ? int.Parse(args[index], CultureInfo.InvariantCulture) : fallback;
    }

    /// <summary>5. Memory held by a loaded dataset: GC.GetTotalMemory(true) before and after loading, per variant.</summary>
    public static class MemoryHarness
    {
        public static int Run(int n)
        {
            Console.WriteLine("| data | variant | held after load (MB) | answers |");
            Console.WriteLine("|---|---|---:|---|");
            foreach (var name in new[] { BenchData.Kazakhstan, BenchData.SyntheticName(n) })
            {
                var data = BenchData.Get(name);
                var factory = data.Factory; // loads (and on first use compiles) the generated assembly outside the measurement
                var yamlPaths = data.Annotations.Select(a => a.Path).ToArray();
                Measure(name, "generated (first load; the kinds not yet asked for stay in the static tables)", warm: false, () =>
                {
                    var ds = factory();
                    return (ds, new FirstAnswers(ds.Resolve(data.AliasQuery)?.Id, ds.Figures.About(data.Measure).Count));
                });
                Measure(name, "YamlDotNet POCOs + lookups", warm: true, () =>
                {
                    var index = YamlLoader.Load(yamlPaths.Select(p => File.ReadAllText(Path.Combine(data.Directory, p))));
                    return (index, new FirstAnswers(index.Resolve(data.AliasQuery)?.Id, index.CountAbout(data.MeasureName)));
                });
                Measure(name, "System.Text.Json POCOs + lookups", warm: true, () =>
                {
                    var index = JsonLoader.Load(File.ReadAllBytes(data.JsonPath));
                    return (index, new FirstAnswers(JsonLoader.IdOf(index.Resolve(data.AliasQuery)), index.CountAbout(data.MeasureName)));
                });
            }

            return 0;
        }

        private static void Measure(string data, string variant, bool warm, Func<(object Held, FirstAnswers Answers)> load)
        {
            // The baselines warm up once (JIT, YamlDotNet's and System.Text.Json's caches) so that only the data is
            // counted. The generated dataset is measured on its first load: a second one would find its string
            // literals already interned (allocated, and held for the life of the process, by the first).
            if (warm)
            {
                GC.KeepAlive(load().Held);
            }

            var before = GC.GetTotalMemory(true);
            var (held, answers) = load();
            var after = GC.GetTotalMemory(true);
            GC.KeepAlive(held);
            Console.WriteLine(string.Format(CultureInfo.InvariantCulture, "| {0} | {1} | {2:0.00} ({4:N0} B) | {3} |", data, variant, (after - before) / 1048576.0, answers, after - before));
        }
    }

    /// <summary>
    /// A full generator run timed with a stopwatch (for N too large for BenchmarkDotNet): the median of several runs
    /// after untimed warm-ups, so that every timed run has the JIT's optimised code (tiering recompiles hot methods
    /// after their first calls, which made the first runs at N = 1,000 up to 2.7× slower). The GC mode is printed:
    /// the compiler (csc and its server) runs generators under server GC, `DOTNET_gcServer=1` does the same here.
    /// </summary>
    public static class GeneratorStopwatch
    {
        public const int DefaultWarmups = 2;

        public static int Run(int n, int runs, int warmups)
        {
            var data = BenchData.Get(BenchData.SyntheticName(n));
            var (texts, options) = CorpusCompilation.Inputs(data.Annotations, data.Articles);
            var compilation = CorpusCompilation.CreateCompilation("Synthetic");
            return Time(n, runs, warmups, "full run", () =>
            {
                CorpusCompilation.CreateDriver(texts, options).RunGeneratorsAndUpdateCompilation(compilation, out var output, out _);
                return output;
            });
        }

        /// <summary>The generator's parsing step alone (every annotation file into its model), the largest part of a full run.</summary>
        public static int Parse(int n, int runs, int warmups)
        {
            var data = BenchData.Get(BenchData.SyntheticName(n));
            return Time(n, runs, warmups, "parse", () => data.Annotations
                .Select(a => StructuredNews.Annotations.Parsing.AnnotationParser.Parse(a.Path, a.Path, a.Text, default))
                .ToList());
        }

        private static int Time(int n, int runs, int warmups, string what, Func<object> run)
        {
            Console.WriteLine(string.Format(CultureInfo.InvariantCulture, "{0} at N = {1}: {2} GC, {3} warm-up run(s) untimed", what, n,
                System.Runtime.GCSettings.IsServerGC ? "server" : "workstation", warmups));
            for (var i = 0; i < warmups; i++)
            {
                GC.KeepAlive(run());
            }

            var times = new List<double>();
            for (var i = 0; i < runs; i++)
            {
                // Garbage collection is a large share of a run: its pauses and the bytes allocated are printed too.
                var paused = GC.GetTotalPauseDuration();
                var allocated = GC.GetAllocatedBytesForCurrentThread();
                var clock = Stopwatch.StartNew();
                GC.KeepAlive(run());
                clock.Stop();
                times.Add(clock.Elapsed.TotalSeconds);
                Console.WriteLine(string.Format(CultureInfo.InvariantCulture, "run {0}: {1:0.000} s, of which GC pauses {2:0.000} s; {3:N0} MB allocated", i + 1,
                    clock.Elapsed.TotalSeconds, (GC.GetTotalPauseDuration() - paused).TotalSeconds, (GC.GetAllocatedBytesForCurrentThread() - allocated) / 1048576));
            }

            times.Sort();
            Console.WriteLine(string.Format(CultureInfo.InvariantCulture, "| N | GC | runs | median (s) | min (s) | max (s) |\n|---:|---|---:|---:|---:|---:|\n| {0} | {1} | {2} | {3:0.000} | {4:0.000} | {5:0.000} |",
                n, System.Runtime.GCSettings.IsServerGC ? "server" : "workstation", runs, Median(times), times[0], times[times.Count - 1]));
            return 0;
        }

        private static double Median(List<double> sorted) =>
            sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }
}
