using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using StructuredNews.Generators.Tests.Infrastructure;
using Xunit;

namespace StructuredNews.Generators.Tests
{
    /// <summary>The bundled dataset (data/kazakhstan-2022 with seeds/*.txt) compiles without errors.</summary>
    public class RealDataTests
    {
        [Fact]
        public void KazakhstanDatasetHasNoErrorsAndCompiles()
        {
            var root = GeneratorHarness.RepoRoot();
            var annotations = Directory.GetFiles(Path.Combine(root, "data", "kazakhstan-2022"), "*.yaml", SearchOption.AllDirectories);
            var seeds = Directory.GetFiles(Path.Combine(root, "seeds"), "*.txt");
            Assert.NotEmpty(annotations);
            Assert.NotEmpty(seeds);

            var files = annotations.Select(p => InputFile.Yaml(p, File.ReadAllText(p)))
                .Concat(seeds.Select(p => InputFile.Seed(p, File.ReadAllText(p))))
                .OrderBy(f => f.Path, StringComparer.Ordinal)
                .ToList();
            var options = new Dictionary<string, string>
            {
                ["build_property.RootNamespace"] = "StructuredNews.Kazakhstan2022",
                ["build_property.ProjectDir"] = Path.Combine(root, "src", "StructuredNews.Kazakhstan2022") + Path.DirectorySeparatorChar,
            };
            var run = GeneratorHarness.Run(files, options);

            var errors = run.Errors.ToList();
            Assert.True(errors.Count == 0, errors.Count + " generator errors in the bundled data:\n" + Assertions.Format(errors.Take(50)));
            var compileErrors = run.CompilationErrors.ToList();
            Assert.True(compileErrors.Count == 0, "the generated code has C# errors:\n" + Assertions.Format(compileErrors.Take(50)));
            run.HasSourcesFor(annotations.Length);
            Assert.NotNull(run.OutputCompilation.GetTypeByMetadataName("StructuredNews.Kazakhstan2022.Kazakhstan2022"));
        }
    }
}
