using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis;
using StructuredNews.Benchmarks.Infrastructure;

namespace StructuredNews.Benchmarks
{
    /// <summary>
    /// Where an incremental re-run spends its time: the driver runs over N articles with step tracking, one
    /// article's note is edited (as in <see cref="GeneratorIncremental"/>), and the re-run's time is split by the
    /// generator's tracked steps, with how many of each step's outputs were recomputed.
    /// </summary>
    public static class IncrementalSteps
    {
        public static int Run(int n, int runs)
        {
            var data = BenchData.Get(BenchData.SyntheticName(n));
            var (texts, options) = CorpusCompilation.Inputs(data.Annotations, data.Articles);
            var compilation = CorpusCompilation.CreateCompilation("Synthetic");
            var driver = CorpusCompilation.CreateDriver(texts, options, trackSteps: true).RunGeneratorsAndUpdateCompilation(compilation, out _, out _);
            var (before, after) = GeneratorIncremental.NoteEdit(texts, n);

            var totals = new List<double>();
            var byStep = new Dictionary<string, List<double>>(StringComparer.Ordinal);
            var recomputed = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var i = 0; i < runs; i++)
            {
                var clock = Stopwatch.StartNew();
                var rerun = driver.ReplaceAdditionalText(before, after).RunGeneratorsAndUpdateCompilation(compilation, out _, out _);
                clock.Stop();
                totals.Add(clock.Elapsed.TotalMilliseconds);
                foreach (var (name, steps) in rerun.GetRunResult().Results[0].TrackedSteps)
                {
                    var ms = steps.Sum(s => s.ElapsedTime.TotalMilliseconds);
                    (byStep.TryGetValue(name, out var list) ? list : byStep[name] = new List<double>()).Add(ms);
                    var changed = steps.Count(s => s.Outputs.Any(o => o.Reason is IncrementalStepRunReason.New or IncrementalStepRunReason.Modified or IncrementalStepRunReason.Unchanged));
                    recomputed[name] = changed.ToString(CultureInfo.InvariantCulture) + " of " + steps.Length.ToString(CultureInfo.InvariantCulture);
                }
            }

            Console.WriteLine(string.Format(CultureInfo.InvariantCulture, "N = {0}, one note edited, {1} runs with step tracking: median re-run {2:0.0} ms (recording the steps is most of that; the GeneratorIncremental benchmark times a re-run without it)", n, runs, Median(totals)));
            Console.WriteLine();
            Console.WriteLine("| step | median (ms) | steps run (not cached) |");
            Console.WriteLine("|---|---:|---:|");
            foreach (var (name, times) in byStep.OrderByDescending(p => Median(p.Value)))
            {
                Console.WriteLine(string.Format(CultureInfo.InvariantCulture, "| {0} | {1:0.0} | {2} |", name, Median(times), recomputed[name]));
            }

            return 0;
        }

        private static double Median(List<double> values)
        {
            var sorted = values.OrderBy(v => v).ToList();
            return sorted[sorted.Count / 2];
        }
    }
}
