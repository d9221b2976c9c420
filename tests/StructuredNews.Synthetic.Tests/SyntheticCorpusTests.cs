
using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using StructuredNews.Annotations;
using StructuredNews.Benchmarks.Infrastructure;
using Xunit;

namespace StructuredNews.Synthetic.Tests
{
    public sealed class SyntheticCorpusTests : IDisposable
    {
        private readonly string root = Path.Combine(Path.GetTempPath(), "sn-synthetic-tests-" + Guid.NewGuid().ToString("N"));

        public void Dispose()
        {
            if (Directory.Exists(root))
            {
                Directory.Delete(root, recursive: true);
            }
        }

        [Fact]
        public void TheSameSeedWritesByteIdenticalCorpora()
        {
            CorpusWriter.Write(CorpusGenerator.Generate(25, 7), Path.Combine(root, "a"));
            CorpusWriter.Write(CorpusGenerator.Generate(25, 7), Path.Combine(root, "b"));
            CorpusWriter.Write(CorpusGenerator.Generate(25, 8), Path.Combine(root, "c"));

            var a = Files(Path.Combine(root, "a"));
            var b = Files(Path.Combine(root, "b"));
            Assert.Equal(a.Keys, b.Keys);
            Assert.Contains("export.json", a.Keys);
            foreach (var path in a.Keys)
            {
                Assert.True(a[path].AsSpan().SequenceEqual(b[path]), path + " differs between two runs with the same seed");
            }

            Assert.False(a["articles/00001.txt"].AsSpan().SequenceEqual(Files(Path.Combine(root, "c"))["articles/00001.txt"]), "another seed gives the same text");
        }

        [Fact]
        public void ACorpusOf1000ArticlesValidatesWithoutAnyDiagnostic()
        {
            var corpus = CorpusGenerator.Generate(1000, 1);
            CorpusWriter.Write(corpus, root, json: false);
            var (annotations, articles) = CorpusCompilation.ReadDirectory(Path.Combine(root, "data"), Path.Combine(root, "articles"));

            var diagnostics = AnnotationEngine.Validate(
                annotations.Select(a => (Path.Combine(root, a.Path), a.Text)),
                articles.Select(a => (Path.Combine(root, a.Path), a.Text)),
                root + Path.DirectorySeparatorChar);

            Assert.True(diagnostics.IsEmpty, string.Join("\n", diagnostics.Take(20).Select(d => d.ToString())));
            Assert.Equal(1000, articles.Count);
            Assert.Equal(1000 * CorpusGenerator.FiguresPerArticle, corpus.Articles.Sum(a => a.Figures.Count));
            Assert.Contains(corpus.Articles, a => a.Language == "da");
            var averageLength = corpus.Articles.Average(a => a.Text.Length);
            Assert.InRange(averageLength, 4000, 7000);
        }

        [Fact]
        public void ACorpusOf10ArticlesCompilesThroughTheGeneratorWithoutErrors()
        {
            var corpus = CorpusGenerator.Generate(10, 3);
            var (texts, options) = CorpusCompilation.Inputs(CorpusWriter.AnnotationFiles(corpus), CorpusWriter.ArticleFiles(corpus));
            var driver = CorpusCompilation.CreateDriver(texts, options);
            driver = driver.RunGeneratorsAndUpdateCompilation(CorpusCompilation.CreateCompilation("Synthetic10"), out var output, out var driverDiagnostics);

            Assert.Empty(driverDiagnostics);
            var generatorDiagnostics = driver.GetRunResult().Diagnostics;
            Assert.True(generatorDiagnostics.IsEmpty, string.Join("\n", generatorDiagnostics.Select(d => d.ToString())));
            var errors = output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
            Assert.True(errors.Count == 0, string.Join("\n", errors.Take(20).Select(d => d.ToString())));
            Assert.Contains(output.SyntaxTrees, t => t.FilePath.EndsWith("StructuredNews.Dataset.g.cs", StringComparison.Ordinal));
        }

        [Fact]
        public void TheHandBuiltDatasetMatchesTheCorpus()
        {
            var corpus = CorpusGenerator.Generate(12, 5);
            var dataset = CorpusDataset.Build(corpus);

            Assert.Equal(12, dataset.Articles.Count);
            Assert.Equal(12 * CorpusGenerator.FiguresPerArticle, dataset.Figures.Count);
            foreach (var figure in dataset.Figures)
            {
                var text = dataset.Articles[figure.Evidence.ArticleId].Text;
                Assert.Equal(figure.Evidence.Quote, text.Substring(figure.Evidence.Start, figure.Evidence.Length));
            }

            var actor = corpus.Actors[0];
            Assert.Same(dataset.Actors[actor.Id], dataset.Actors.Resolve(actor.Name.ToUpperInvariant()));
        }

        private static Dictionary<string, byte[]> Files(string directory) =>
            Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories)
                .ToDictionary(p => Path.GetRelativePath(directory, p).Replace('\\', '/'), File.ReadAllBytes, StringComparer.Ordinal);
    }
}
