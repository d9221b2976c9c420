using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;
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

            // The control: uncancelled, the same input runs to completion without errors.
            var full = HostileSupport.CreateDriver(files).RunGenerators(HostileSupport.BaseCompilation).GetRunResult();
            Assert.Null(full.Results.Single().Exception);
            // A table per file, the dataset class, and every accessor bucket (far more files than buckets).
            Assert.Equal(Copies * 10 + 1 + StructuredNews.Generators.Model.AccessorBuckets.Count, full.Results.Single().GeneratedSources.Length);
            Assert.DoesNotContain(full.Diagnostics, d => d.Id == "SN0008" || d.Id == "SN0016" || d.Id == "SN0999");

            // Cancel from inside the run, when the generator reads the annotation file half way through the input:
            // no race with the clock, so the run is certainly still going when the token fires.
            using var cts = new CancellationTokenSource();
            var trigger = files.Where(f => f.Kind == InputFile.Annotation).ElementAt(Copies * 5).Path;
            var texts = files.Select(f => f.Path == trigger
                ? (AdditionalText)new CancellingText(f.ToAdditionalText(), cts)
                : f.ToAdditionalText()).ToList();
            var driver = CSharpGeneratorDriver.Create(
                new[] { new StructuredNewsGenerator().AsSourceGenerator() },
                texts,
                GeneratorHarness.ParseOptions,
                GeneratorHarness.OptionsFor(files),
                new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: false));
            var work = Task.Run(() => driver.RunGenerators(HostileSupport.BaseCompilation, cts.Token));

            // A hang guard, not a timing: a run that honours cancellation ends long before this.
            var finished = await Task.WhenAny(work, Task.Delay(TimeSpan.FromSeconds(60))) == work;
            Assert.True(cts.IsCancellationRequested, "the trigger file was never read");
            Assert.True(finished, "the cancelled run did not end within 60 s of its cancellation");
            var e = await Record.ExceptionAsync(() => work);
            Assert.True(e is OperationCanceledException, "expected OperationCanceledException, got " + (e?.ToString() ?? "a completed run"));
        }

        /// <summary>An additional file that cancels a token when the generator reads it.</summary>
        private sealed class CancellingText : AdditionalText
        {
            private readonly AdditionalText inner;
            private readonly CancellationTokenSource source;

            public CancellingText(AdditionalText inner, CancellationTokenSource source)
            {
                this.inner = inner;
                this.source = source;
            }

            public override string Path => inner.Path;

            public override SourceText? GetText(CancellationToken cancellationToken = default)
            {
                source.Cancel();
                return inner.GetText(cancellationToken);
            }
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
