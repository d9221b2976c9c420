using System;
using System.Linq;
using StructuredNews.Annotations.Model;
using StructuredNews.Annotations.Validation;
using StructuredNews.Generators.Model;
using StructuredNews.Generators.Tests.Infrastructure;
using Xunit;

namespace StructuredNews.Generators.Tests
{
    /// <summary>
    /// Each quote is located once (the LocatedQuotes step), in the evidence order both the emitter and the evidence
    /// check walk; these tests pin that the two read the same, right, positions.
    /// </summary>
    public class LocatedQuotesTests
    {
        [Fact]
        public void EveryQuoteIsLocatedInItsArticleInEvidenceOrder()
        {
            var run = GeneratorHarness.Run(SampleData.Files());
            Assert.Empty(run.GeneratorDiagnostics);
            var located = Tracking.Outputs(run.GeneratorResult, TrackingNames.LocatedQuotes).Select(o => Assert.IsType<LocatedFile>(o.Value)).ToList();
            Assert.Equal(3, located.Count);

            var texts = SampleData.Files().Where(f => f.Path.EndsWith(".txt", StringComparison.Ordinal)).ToDictionary(f => f.Path.Substring(f.Path.LastIndexOf('/') + 1), f => f.Text);
            var seeds = located.Where(l => l.File.Article != null).ToDictionary(l => l.File.Article!.Id.Id, l => l.File.Article!.Seed);
            var checkedQuotes = 0;
            foreach (var file in located)
            {
                var evidence = EvidenceOrder.Of(file.File).ToList();
                Assert.Equal(evidence.Count, file.Quotes.Count);
                foreach (var (e, match) in evidence.Zip(file.Quotes, (e, match) => (e, match)))
                {
                    Assert.True(match.Found, e.Quote);
                    Assert.True(e.Occurrence is { } n ? match.Candidates >= n : match.Candidates == 1, e.Quote + ": " + match.Candidates + " candidates");
                    Assert.Equal(e.Quote, texts[seeds[e.Article!.Id]].Substring(match.Start, e.Quote.Length));
                    checkedQuotes++;
                }
            }

            // shared.yaml's event reports quote both articles; every figure and statement quotes its own.
            Assert.True(checkedQuotes >= 8, checkedQuotes + " quotes");
            Assert.Contains(located.Single(l => l.File.Path == SampleData.SharedYaml).File.Events.SelectMany(e => e.Reports), r => r.Article!.Id == "article-102");
        }

        [Fact]
        public void TheEmitterTakesTheLocatedPositions()
        {
            var run = GeneratorHarness.Run(SampleData.Files());
            var located = Tracking.Outputs(run.GeneratorResult, TrackingNames.LocatedQuotes).Select(o => (LocatedFile)o.Value).ToDictionary(l => l.File.Path);
            var models = Tracking.Outputs(run.GeneratorResult, TrackingNames.FileEmitModels).Select(o => (FileEmitModel)o.Value).ToList();
            Assert.Equal(3, models.Count);
            foreach (var model in models)
            {
                Assert.Equal(located[model.File.Path], model.Located);
                Assert.Contains(model.Located.Quotes, q => q.Found);
            }
        }

        [Fact]
        public void QuotesOfAnArticleWithoutTextAreNotSearched()
        {
            // 102's text is missing: its own quotes and shared.yaml's reports of it are not looked for (SN0013 reports the
            // missing text once, not each quote), while shared.yaml's quotes of 101 still are.
            var files = SampleData.Files().Where(f => f.Path != SampleData.Article102Text).ToList();
            var run = GeneratorHarness.Run(files);
            var located = Tracking.Outputs(run.GeneratorResult, TrackingNames.LocatedQuotes).Select(o => (LocatedFile)o.Value).ToDictionary(l => l.File.Path);

            Assert.All(located[SampleData.Article102Yaml].Quotes, q => Assert.Equal(QuoteMatch.NotSearched, q));
            Assert.Null(located[SampleData.Article102Yaml].OwnText!.Text);
            var shared = located[SampleData.SharedYaml];
            var byArticle = EvidenceOrder.Of(shared.File).Zip(shared.Quotes, (e, q) => (Article: e.Article!.Id, q)).ToList();
            Assert.All(byArticle.Where(p => p.Article == "article-102"), p => Assert.False(p.q.Searched));
            Assert.Contains(byArticle, p => p.Article == "article-101" && p.q.Found);
            Assert.Single(run.GeneratorDiagnostics, d => d.Id == "SN0013");
            Assert.DoesNotContain(run.GeneratorDiagnostics, d => d.Id is "SN0012" or "SN0014"); // no quote reported not found or ambiguous
        }
    }
}
