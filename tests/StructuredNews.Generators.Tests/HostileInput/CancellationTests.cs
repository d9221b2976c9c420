using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using StructuredNews.Generators.Tests.Infrastructure;
using Xunit;
using Xunit.Abstractions;

namespace StructuredNews.Generators.Tests.HostileInput
{
    /// <summary>
    /// The generator honours the compiler's cancellation token: cancelled work ends with
    /// <see cref="OperationCanceledException"/> (which the driver passes through), never with another exception
    /// and never by running on to the end.
    /// </summary>
    public class CancellationTests
    {
        private const int Copies = 20;
        private readonly ITestOutputHelper output;

        public CancellationTests(ITestOutputHelper output) => this.output = output;

        [Fact]
        public void AlreadyCancelledTokenThrowsOperationCanceled()
        {
            using var cts = new CancellationTokenSource();
            cts.Cancel();
            var driver = HostileSupport.CreateDriver(HostileSupport.RealData);
            var e = Record.Exception(() => driver.RunGeneratorsAndUpdateCompilation(HostileSupport.BaseCompilation, out _, out _, cts.Token));
            Assert.NotNull(e);
            Assert.True(e is OperationCanceledException, "expected OperationCanceledException, got " + e);
        }

        [Fact]
        public async Task TokenCancelledDuringALargeRunEndsPromptly()
        {
            var files = LargeInput();
            Assert.Equal(Copies * 10, files.Count(f => f.Kind == InputFile.Annotation));

            // How long the uncancelled run takes (generator only, no compile): the cancelled one must end well before.
            var clock = Stopwatch.StartNew();
            var full = HostileSupport.CreateDriver(files).RunGenerators(HostileSupport.BaseCompilation).GetRunResult();
            var fullTime = clock.Elapsed;
            Assert.Null(full.Results.Single().Exception);
            Assert.Equal(Copies * 10 + 1, full.Results.Single().GeneratedSources.Length);
            Assert.DoesNotContain(full.Diagnostics, d => d.Id == "SN0008" || d.Id == "SN0016" || d.Id == "SN0999");

            var delay = TimeSpan.FromTicks(Math.Max(TimeSpan.FromMilliseconds(20).Ticks, fullTime.Ticks / 10));
            using var cts = new CancellationTokenSource();
            var driver = HostileSupport.CreateDriver(files);
            var cancelledAt = TimeSpan.Zero;
            clock.Restart();
            var work = Task.Run(() => driver.RunGenerators(HostileSupport.BaseCompilation, cts.Token));
            await Task.Delay(delay);
            cancelledAt = clock.Elapsed;
            cts.Cancel();
            var finished = await Task.WhenAny(work, Task.Delay(TimeSpan.FromSeconds(30))) == work;
            var latency = clock.Elapsed - cancelledAt;
            output.WriteLine("uncancelled run " + fullTime.TotalMilliseconds + " ms; cancelled after " + cancelledAt.TotalMilliseconds +
                " ms; ended " + latency.TotalMilliseconds + " ms after the cancellation");
            Assert.True(finished, "the cancelled run did not end within 30 s of its cancellation");
            var e = await Record.ExceptionAsync(() => work);
            Assert.True(e is OperationCanceledException, "expected OperationCanceledException, got " + (e?.ToString() ?? "a completed run"));
            Assert.True(latency < TimeSpan.FromSeconds(5) || latency < fullTime / 2,
                "the run went on for " + latency + " after its cancellation (the whole run takes " + fullTime + ")");
        }

        /// <summary>
        /// The real annotations <see cref="Copies"/> times, each copy in its own folder and with every id given a
        /// per-copy suffix (whole-token replacement, ids and references alike), so the copies are a valid dataset of
        /// their own rather than a wall of duplicate-id errors. The seeds are shared.
        /// </summary>
        internal static IReadOnlyList<InputFile> LargeInput()
        {
            var annotations = HostileSupport.RealAnnotations.ToList();
            var ids = annotations
                .SelectMany(f => Regex.Matches(f.Text, @"^[ \-]*id:[ ]*([A-Za-z][\w\-]*)[ ]*$", RegexOptions.Multiline).Select(m => m.Groups[1].Value))
                .Distinct(StringComparer.Ordinal)
                .OrderByDescending(id => id.Length)
                .ToList();
            Assert.True(ids.Count > 50, "too few ids found: " + ids.Count);
            var pattern = new Regex(@"(?<![\w\-])(" + string.Join("|", ids.Select(Regex.Escape)) + @")(?![\w\-])");
            var files = new List<InputFile>(HostileSupport.RealSeeds);
            for (var copy = 0; copy < Copies; copy++)
            {
                var suffix = "-c" + copy;
                foreach (var file in annotations)
                {
                    var text = file.Text;
                    if (copy > 0)
                    {
                        // Only the first copy keeps the 'dataset' section (one per dataset).
                        text = Regex.Replace(text, @"^dataset:\n(  .*\n)*", "", RegexOptions.Multiline);
                    }

                    text = pattern.Replace(text, m => m.Value + suffix);
                    files.Add(InputFile.Yaml(file.Path.Replace("/data/", "/copy" + copy + "/data/"), text));
                }
            }

            return files;
        }
    }
}
