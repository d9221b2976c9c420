using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using StructuredNews.Annotations.Naming;
using StructuredNews.Generators.Tests.Infrastructure;
using Xunit;

namespace StructuredNews.Generators.Tests
{
    /// <summary>
    /// The default dataset class of a project (docs/packaging.md, "The dataset class"): whatever the project is called,
    /// the README's usage (<c>using Namespace;</c> in top-level statements, then <c>Class.Actors.X</c> and
    /// <c>Class.Dataset</c>) compiles without an error or a warning, and the class is the name the rule says.
    /// </summary>
    public class DatasetClassNameTests
    {
        [Theory]
        [InlineData("Harrowfield.News", "Harrowfield.News", "News")]
        [InlineData("FloodWatch", "FloodWatch", "FloodWatchNews")]
        [InlineData("town", "town", "TownNews")]
        [InlineData("acme.coverage", "acme.coverage", "CoverageNews")]
        [InlineData("class", "@class", "ClassNews")]
        [InlineData("My.Root-Project", "My.Root_Project", "Root_Project")]
        [InlineData("Acme.System", "Acme.System", "SystemNews")]
        [InlineData("News.Actors", "News.Actors", "ActorsNews")]
        [InlineData("Reports.Reports", "Reports.Reports", "ReportsNews")]
        public void TheReadmeUsageCompilesForEveryKindOfProjectName(string rootNamespace, string expectedNamespace, string expectedClass)
        {
            var ns = DatasetClassName.Namespace(rootNamespace);
            var className = DatasetClassName.For(ns, configured: null);
            Assert.Equal(expectedNamespace, ns);
            Assert.Equal(expectedClass, className);

            // The README's program, in the global namespace as top-level statements are.
            var program =
                "using " + ns + ";\n" +
                "using StructuredNews;\n" +
                "\n" +
                "System.Console.WriteLine(" + className + ".Actors.TomasBrekke.Name);\n" +
                "foreach (Figure f in " + className + ".Dataset.Figures.About(Measure.Injured))\n" +
                "    System.Console.WriteLine($\"{f.Value}: \\\"{f.Evidence.Quote}\\\"\");\n" +
                "System.Console.WriteLine(" + className + ".Dataset.Actors.Resolve(\"brekke\")?.Id);\n";
            var options = new Dictionary<string, string>
            {
                ["build_property.RootNamespace"] = rootNamespace,
                ["build_property.ProjectDir"] = GeneratorHarness.ProjectDir,
            };
            var files = SampleData.Files().ToList();
            var driver = GeneratorHarness.CreateDriver(files.Select(f => (AdditionalText)f.ToAdditionalText()), GeneratorHarness.OptionsFor(files, options));
            var run = GeneratorHarness.Run(driver, GeneratorHarness.CreateCompilation(sources: new[] { program }, kind: OutputKind.ConsoleApplication));

            Assertions.NoWarningsOrErrors(run.GeneratorDiagnostics, "the generator run for " + rootNamespace);
            Assertions.NoWarningsOrErrors(run.CompilationDiagnostics, "the README's usage in a project " + rootNamespace);
            Assert.NotNull(run.OutputCompilation.GetTypeByMetadataName(expectedNamespace.Replace("@", string.Empty) + "." + className));
        }

        [Theory]
        [InlineData("Floods", "Floods")]
        [InlineData("floods", "FloodsNews")]
        [InlineData("Dataset", "DatasetNews")]
        [InlineData("Actors", "ActorsNews")]
        [InlineData("my-news", "my_news")]
        public void AConfiguredNameIsKeptUnlessItCannotCompile(string configured, string expected)
        {
            Assert.Equal(expected, DatasetClassName.For("Acme.Coverage", configured));
        }

        [Fact]
        public void AConfiguredNameMayBeTheNamespacesLastSegmentButNotOneThatDoesNotCompile()
        {
            // The user asked for it and it compiles (code that says Acme.Coverage.Coverage reaches it).
            Assert.Equal("Coverage", DatasetClassName.For("Acme.Coverage", "Coverage"));
            // Without a namespace the fallback applies.
            Assert.Equal(DatasetClassName.FallbackNamespace, DatasetClassName.Namespace(null));
            Assert.Equal("Generated", DatasetClassName.For(DatasetClassName.FallbackNamespace, null));
        }
    }
}
