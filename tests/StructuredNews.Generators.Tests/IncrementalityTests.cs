using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis;
using StructuredNews.Annotations.Model;
using StructuredNews.Generators.Model;
using StructuredNews.Generators.Tests.Infrastructure;
using Xunit;

namespace StructuredNews.Generators.Tests
{
    /// <summary>
    /// The pipeline caches: a second run over the same inputs redoes nothing, and editing one annotation file redoes
    /// only that file's work (as in andrewlock/NetEscapades.EnumGenerators' tests).
    /// </summary>
    public class IncrementalityTests
    {
        private static readonly IncrementalStepRunReason[] CachedOrUnchanged = { IncrementalStepRunReason.Cached, IncrementalStepRunReason.Unchanged };

        [Fact]
        public void EveryTrackedStepRunsOnTheSample()
        {
            var run = GeneratorHarness.Run(SampleData.Files());
            var missing = Tracking.AllNames.Where(name => !Tracking.Outputs(run.GeneratorResult, name).Any()).ToList();
            Assert.True(missing.Count == 0, "steps with no output: " + string.Join(", ", missing));
            Assert.Equal(23, Tracking.AllNames.Count);
        }

        [Fact]
        public void SecondRunWithSameInputsIsCached()
        {
            var files = SampleData.Files();
            var compilation = GeneratorHarness.CreateCompilation();
            var driver = GeneratorHarness.CreateDriver(files.Select(f => (AdditionalText)f.ToAdditionalText()), GeneratorHarness.OptionsFor(files));
            var first = GeneratorHarness.Run(driver, compilation);
            var second = GeneratorHarness.Run(first.Driver, compilation.Clone());

            var notCached = Tracking.AllOutputs(second.GeneratorResult).Where(o => !CachedOrUnchanged.Contains(o.Reason)).ToList();
            Assert.True(notCached.Count == 0, "steps that ran again: " + string.Join(", ", notCached.Select(o => o.Step + "=" + o.Reason)));
            Assert.NotEmpty(Tracking.AllOutputs(second.GeneratorResult));

            var sourceOutputs = second.GeneratorResult.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs).ToList();
            Assert.NotEmpty(sourceOutputs);
            Assert.All(sourceOutputs, o => Assert.Equal(IncrementalStepRunReason.Cached, o.Reason));
            Assert.Equal(first.Sources.Select(s => s.HintName), second.Sources.Select(s => s.HintName));
            foreach (var (a, b) in first.Sources.Zip(second.Sources))
            {
                Assert.True(a.Text == b.Text, "the second run changed " + a.HintName);
            }
        }

        [Fact]
        public void EditingOneFileRegeneratesOnlyThatFile()
        {
            var files = SampleData.Files();
            var texts = files.Select(f => f.ToAdditionalText()).ToList();
            var compilation = GeneratorHarness.CreateCompilation();
            var driver = GeneratorHarness.CreateDriver(texts, GeneratorHarness.OptionsFor(files));
            var first = GeneratorHarness.Run(driver, compilation);
            Assert.Empty(first.GeneratorDiagnostics);

            var old = texts.Single(t => t.Path == SampleData.Article101Yaml);
            const string Note = "note: A round 'about' is read as plus or minus 50.";
            Assert.Contains(Note, old.Content, StringComparison.Ordinal);
            var edited = new InMemoryAdditionalText(old.Path, old.Content.Replace(Note, "note: Read as plus or minus 50, the usual range for a round 'about'.", StringComparison.Ordinal));
            var second = GeneratorHarness.Run(first.Driver.ReplaceAdditionalText(old, edited), compilation);
            Assert.Empty(second.GeneratorDiagnostics);

            // Exactly one generated source differs: the edited file's.
            Assert.Equal(first.Sources.Select(s => s.HintName), second.Sources.Select(s => s.HintName));
            var changed = first.Sources.Zip(second.Sources).Where(p => p.First.Text != p.Second.Text).Select(p => p.First.HintName).ToList();
            var hint = Assert.Single(changed);
            Assert.StartsWith("TestData.flood.articles.101-flood.yaml.", hint, StringComparison.Ordinal);
            Assert.Contains("Read as plus or minus 50", TableConstant.TextOf(second.Source(hint)), StringComparison.Ordinal);

            // The per-file models of the other files were neither rebuilt differently nor re-emitted, nor their quotes
            // located again.
            var models = Tracking.Outputs(second.GeneratorResult, TrackingNames.FileEmitModels).ToList();
            Assert.Equal(3, models.Count);
            foreach (var (_, value, reason) in models)
            {
                var model = Assert.IsType<FileEmitModel>(value);
                if (model.File.Path == SampleData.Article101Yaml)
                {
                    Assert.Equal(IncrementalStepRunReason.Modified, reason);
                }
                else
                {
                    Assert.Contains(reason, CachedOrUnchanged);
                }
            }

            var located = Tracking.Outputs(second.GeneratorResult, TrackingNames.LocatedQuotes).ToList();
            Assert.Equal(3, located.Count);
            foreach (var (_, value, reason) in located)
            {
                if (Assert.IsType<LocatedFile>(value).File.Path == SampleData.Article101Yaml)
                {
                    Assert.Equal(IncrementalStepRunReason.Modified, reason);
                }
                else
                {
                    Assert.Contains(reason, CachedOrUnchanged);
                }
            }

            Assert.All(Tracking.Outputs(second.GeneratorResult, TrackingNames.DatasetEmitModel), o => Assert.Contains(o.Reason, CachedOrUnchanged));
            Assert.All(Tracking.Outputs(second.GeneratorResult, TrackingNames.ArticleTexts), o => Assert.Contains(o.Reason, CachedOrUnchanged));
            Assert.All(Tracking.Outputs(second.GeneratorResult, TrackingNames.IdentifierPlan), o => Assert.Contains(o.Reason, CachedOrUnchanged));
            Assert.All(Tracking.Outputs(second.GeneratorResult, TrackingNames.SeedTexts), o => Assert.Contains(o.Reason, CachedOrUnchanged));
            Assert.All(Tracking.Outputs(second.GeneratorResult, TrackingNames.Options), o => Assert.Contains(o.Reason, CachedOrUnchanged));

            // The longer note moves every declaration after it, but the steps across all files take no positions:
            // they did not run again at all (Cached, not recomputed to an equal value), which is what keeps an edit's
            // re-run small at N = 1,000.
            foreach (var step in new[] { TrackingNames.IdentifierPlan, TrackingNames.DatasetIndex, TrackingNames.ArticleIndex, TrackingNames.NameTables, TrackingNames.DatasetFindings })
            {
                var outputs = Tracking.Outputs(second.GeneratorResult, step).ToList();
                Assert.NotEmpty(outputs);
                Assert.All(outputs, o => Assert.True(o.Reason == IncrementalStepRunReason.Cached, step + " was " + o.Reason));
            }

            // Only the edited file was parsed again.
            var parsed = Tracking.Outputs(second.GeneratorResult, TrackingNames.AnnotationFiles).ToList();
            Assert.Equal(3, parsed.Count);
            foreach (var (_, value, reason) in parsed)
            {
                if (((AnnotationFile)value).Path == SampleData.Article101Yaml)
                {
                    Assert.Equal(IncrementalStepRunReason.Modified, reason);
                }
                else
                {
                    Assert.Contains(reason, CachedOrUnchanged);
                }
            }

            // Of the outputs (3 tables; every accessor bucket, most of them empty; the dataset class; file and quote
            // diagnostics of 3 files; article diagnostics of 2 articles; the dataset diagnostics; the claim-accessor
            // cost), two were produced anew (Roslyn reports them as New): the edited file's table and its accessor
            // bucket, whose text came out the same.
            var sourceOutputs = second.GeneratorResult.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs).ToList();
            Assert.Equal(3 + AccessorBuckets.Count + 1 + 3 + 3 + 2 + 1 + 1, sourceOutputs.Count);
            Assert.Equal(2, sourceOutputs.Count(o => o.Reason != IncrementalStepRunReason.Cached));
            var buckets = Tracking.Outputs(second.GeneratorResult, TrackingNames.AccessorBuckets).ToList();
            Assert.Equal(AccessorBuckets.Count, buckets.Count);
            var rerun = Assert.Single(buckets, o => !CachedOrUnchanged.Contains(o.Reason));
            Assert.Equal(AccessorBuckets.Of("TestData/flood/articles/101-flood.yaml"), Assert.IsType<AccessorBucketModel>(rerun.Value).Index);
        }

        [Fact]
        public void CrossFileDiagnosticsFollowEditsWhileTheirFindingsStayCached()
        {
            // 102-aftermath.yaml declares f101-moved a second time (the first is in 101-flood.yaml, line 24).
            var files = SampleData.Files();
            var texts = files.Select(f => f.ToAdditionalText()).ToList();
            var original = texts.Single(t => t.Path == SampleData.Article102Yaml);
            Assert.Contains("  - id: f102-volunteers\n", original.Content, StringComparison.Ordinal);
            var duplicate = new InMemoryAdditionalText(original.Path, original.Content.Replace("  - id: f102-volunteers\n", "  - id: f101-moved\n", StringComparison.Ordinal));
            texts[texts.IndexOf(original)] = duplicate;
            var compilation = GeneratorHarness.CreateCompilation();
            var first = GeneratorHarness.Run(GeneratorHarness.CreateDriver(texts, GeneratorHarness.OptionsFor(files)), compilation);
            var reported = Assert.Single(first.WithId("SN0008"));
            Assert.Equal(original.Path, reported.Location.GetLineSpan().Path);
            Assert.Equal(47, reported.Location.GetLineSpan().StartLinePosition.Line);

            // A line added above the duplicate: the finding is the same (not recomputed), its position moves.
            var moved = new InMemoryAdditionalText(original.Path, "# checked twice\n" + duplicate.Content);
            var second = GeneratorHarness.Run(first.Driver.ReplaceAdditionalText(duplicate, moved), compilation);
            Assert.All(Tracking.Outputs(second.GeneratorResult, TrackingNames.DatasetFindings), o => Assert.Equal(IncrementalStepRunReason.Cached, o.Reason));
            reported = Assert.Single(second.WithId("SN0008"));
            Assert.Equal(48, reported.Location.GetLineSpan().StartLinePosition.Line);
            Assert.Contains("101-flood.yaml(24,", reported.GetMessage(CultureInfo.InvariantCulture), StringComparison.Ordinal);

            // The id renamed back: found anew, nothing left to report.
            var fixedText = new InMemoryAdditionalText(original.Path, "# checked twice\n" + original.Content);
            var third = GeneratorHarness.Run(second.Driver.ReplaceAdditionalText(moved, fixedText), compilation);
            Assert.All(Tracking.Outputs(third.GeneratorResult, TrackingNames.DatasetFindings), o => Assert.Equal(IncrementalStepRunReason.Modified, o.Reason));
            Assert.Empty(third.GeneratorDiagnostics);
        }

        [Fact]
        public void EditingAnArticleTextChangesOnlyTheFilesQuotingIt()
        {
            var files = SampleData.Files();
            var texts = files.Select(f => f.ToAdditionalText()).ToList();
            var compilation = GeneratorHarness.CreateCompilation();
            var first = GeneratorHarness.Run(GeneratorHarness.CreateDriver(texts, GeneratorHarness.OptionsFor(files)), compilation);

            var old = texts.Single(t => t.Path == SampleData.Article102Text);
            var edited = new InMemoryAdditionalText(old.Path, "Updated: " + old.Content);
            var second = GeneratorHarness.Run(first.Driver.ReplaceAdditionalText(old, edited), compilation);

            // The article's own file embeds the text; shared.yaml holds event reports quoting it, whose positions move.
            var changed = first.Sources.Zip(second.Sources).Where(p => p.First.Text != p.Second.Text).Select(p => p.First.HintName).ToList();
            Assert.Equal(2, changed.Count);
            Assert.StartsWith("TestData.flood.articles.102-aftermath.yaml.", changed[0], StringComparison.Ordinal);
            Assert.StartsWith("TestData.flood.shared.yaml.", changed[1], StringComparison.Ordinal);
            Assert.Contains("Updated: Vellmark Courier", TableConstant.TextOf(second.Source(changed[0])), StringComparison.Ordinal);
            Assert.All(Tracking.Outputs(second.GeneratorResult, TrackingNames.DatasetEmitModel), o => Assert.Contains(o.Reason, CachedOrUnchanged));
            Assert.All(Tracking.Outputs(second.GeneratorResult, TrackingNames.AnnotationFiles), o => Assert.Contains(o.Reason, CachedOrUnchanged));

            // No step across files depends on the texts but the text table itself: the coverage index is built from
            // the annotations alone (where quotes fall is worked out per article, in its coverage check).
            foreach (var step in new[] { TrackingNames.IdentifierPlan, TrackingNames.DatasetIndex, TrackingNames.ArticleIndex, TrackingNames.NameTables, TrackingNames.DatasetFindings })
            {
                var outputs = Tracking.Outputs(second.GeneratorResult, step).ToList();
                Assert.NotEmpty(outputs);
                Assert.All(outputs, o => Assert.True(o.Reason == IncrementalStepRunReason.Cached, step + " was " + o.Reason));
            }
        }
    }
}
