using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;
using StructuredNews.Generators.Tests.Infrastructure;
using Xunit;

namespace StructuredNews.Generators.Tests
{
    /// <summary>The generated code of the sample compiles cleanly, can be used through typed accessors, and holds the right values.</summary>
    public class CompilationTests
    {
        private const string Consumer = @"
namespace Consumer
{
    internal static class Probe
    {
        public static string Mayor() => global::Sample.Data.FloodData.Actors.TomasBrekke.Name;

        public static string MayorInDanish() => global::Sample.Data.FloodData.Actors.TomasBrekke.NameIn(""da"");

        public static string? TownWithin() => global::Sample.Data.FloodData.Places.Vellmark.WithinId;

        public static decimal? MovedLow() => global::Sample.Data.FloodData.Figures.F101Moved.Low;

        public static global::System.Collections.Generic.IReadOnlyList<string> RescuedVia() => global::Sample.Data.FloodData.Figures.F101Rescued.ViaIds;

        public static int Protest() => global::Sample.Data.FloodData.Events.TownHallProtest.Reports[0].Start;

        public static string Headline() => global::Sample.Data.FloodData.Articles.Article102.Title;

        public static string Said() => global::Sample.Data.FloodData.Statements.S102BrekkeRebuild.Text;

        public static string Homes() => global::Sample.Data.FloodData.Topics.Homes.Name;

        public static global::StructuredNews.NewsDataset All() => global::Sample.Data.FloodData.Dataset;
    }
}
";

        [Fact]
        public void GeneratedCodeHasNoErrorsOrWarnings()
        {
            var run = GeneratorHarness.Run(SampleData.Files());
            Assertions.NoWarningsOrErrors(run.GeneratorDiagnostics, "the generator run");
            Assertions.NoWarningsOrErrors(run.CompilationDiagnostics, "the compilation with the generated sources");
            run.HasSourcesFor(3);
            Assert.Equal(run.Sources.Length, run.OutputCompilation.SyntaxTrees.Count());
        }

        [Fact]
        public void GeneratedCodeCompilesWithoutXmlDocs()
        {
            var options = new Dictionary<string, string>(GeneratorHarness.DefaultGlobalOptions) { ["build_property.StructuredNewsXmlDocs"] = "false" };
            var run = GeneratorHarness.Run(SampleData.Files(), options);
            // Without docs the accessors are undocumented; the generated files say so with a pragma, so a project with
            // GenerateDocumentationFile (documentation mode is on in these tests) still gets no CS1591.
            Assertions.NoWarningsOrErrors(run.GeneratorDiagnostics.Concat(run.CompilationDiagnostics), "the run without XML docs");
            Assert.DoesNotContain(run.Sources, s => s.HintName != "StructuredNews.Dataset.g.cs" && s.Text.Contains("/// <summary>" + "Tomas Brekke", StringComparison.Ordinal));
        }

        [Fact]
        public void ClaimAccessorsCanBeLeftOutWithoutLosingTheClaims()
        {
            var options = new Dictionary<string, string>(GeneratorHarness.DefaultGlobalOptions) { ["build_property.StructuredNewsClaimAccessors"] = "false" };
            const string Probe = @"
namespace Consumer
{
    internal static class Probe
    {
        public static string Mayor() => global::Sample.Data.FloodData.Actors.TomasBrekke.Name;

        public static decimal? MovedLow() => global::Sample.Data.FloodData.Dataset.Figures[""f101-moved""].Low;

        public static string Said() => global::Sample.Data.FloodData.Dataset.Statements[""s102-brekke-rebuild""].Text;

        public static int Counts() => global::Sample.Data.FloodData.Dataset.Figures.Count * 100 + global::Sample.Data.FloodData.Dataset.Statements.Count;
    }
}
";
            var run = GeneratorHarness.Run(SampleData.Files(), options, sources: new[] { Probe });
            Assertions.NoWarningsOrErrors(run.GeneratorDiagnostics.Concat(run.CompilationDiagnostics), "the run without claim accessors");

            // The typed accessors of figures and statements are gone, those of the other kinds are not...
            var without = GeneratorHarness.Run(SampleData.Files(), options, sources: new[] { "static class P { static object X() => global::Sample.Data.FloodData.Figures.F101Moved; static object Y() => global::Sample.Data.FloodData.Statements.S102BrekkeRebuild; }" });
            Assert.Equal(2, without.CompilationErrors.Count(d => d.Id == "CS0117"));
            Assert.DoesNotContain(run.Sources, s => s.Text.Contains("global::StructuredNews.Figure ", StringComparison.Ordinal) || s.Text.Contains("global::StructuredNews.Statement ", StringComparison.Ordinal));

            // ...and every figure and statement is still in the dataset, with its values.
            var context = new AssemblyLoadContext("without-claim-accessors", isCollectible: true);
            try
            {
                var type = Emit(run.OutputCompilation, context).GetType("Consumer.Probe", throwOnError: true)!;
                object? Call(string name) => type.GetMethod(name)!.Invoke(null, null);
                Assert.Equal("Tomas Brekke", Call("Mayor"));
                Assert.Equal(250m, Call("MovedLow"));
                Assert.Equal("We will rebuild every street", Call("Said"));
                Assert.Equal(803, Call("Counts"));
            }
            finally
            {
                context.Unload();
            }
        }

        [Fact]
        public void ProgramUsingTypedAccessorsCompiles()
        {
            var run = GeneratorHarness.Run(SampleData.Files(), sources: new[] { Consumer });
            Assertions.NoWarningsOrErrors(run.CompilationDiagnostics, "the consumer compilation");
        }

        [Fact]
        public void UnknownAccessorDoesNotCompile()
        {
            // The control for the test above: the accessors are real members, not something any name would satisfy.
            var run = GeneratorHarness.Run(SampleData.Files(), sources: new[] { "static class P { static string X() => global::Sample.Data.FloodData.Actors.NoSuchActor.Name; }" });
            Assert.Contains(run.CompilationErrors, d => d.Id == "CS0117");
        }

        [Fact]
        public void HostileStringsStayData()
        {
            // Text that would break out of a string literal, an XML doc comment or a line comment if emitted raw.
            // In YAML's double-quoted style: \" is a quote, \L U+2028, \N U+0085, \t a tab.
            const string YamlName = @"Evil \"" </summary> <b>&amp; */ // \L \N tab\tend";
            var yaml =
                "actors:\n" +
                "  - id: evil\n" +
                "    kind: other\n" +
                "    name: \"" + YamlName + "\"\n" +
                "    description: |\n" +
                "      line one\n" +
                "      line two </remarks> #endregion\n";
            var run = GeneratorHarness.Run(new[] { InputFile.Yaml(GeneratorHarness.ProjectDir + "weird/ev\"il*/.yaml", yaml) }, sources: new[]
            {
                "internal static class P { public static string N() => global::Sample.Data.FloodData.Actors.Evil.Name; public static string? D() => global::Sample.Data.FloodData.Actors.Evil.Description; }",
            });
            Assert.Empty(run.GeneratorDiagnostics);
            Assertions.NoWarningsOrErrors(run.CompilationDiagnostics, "the compilation with hostile strings");

            var context = new AssemblyLoadContext("hostile", isCollectible: true);
            try
            {
                var p = Emit(run.OutputCompilation, context).GetType("P", throwOnError: true)!;
                Assert.Equal("Evil \" </summary> <b>&amp; */ // \u2028 \u0085 tab\tend", p.GetMethod("N")!.Invoke(null, null));
                Assert.Equal("line one\nline two </remarks> #endregion\n", p.GetMethod("D")!.Invoke(null, null));
            }
            finally
            {
                context.Unload();
            }
        }

        [Fact]
        public void NamespaceAndClassNameFollowTheOptions()
        {
            var options = new Dictionary<string, string>
            {
                ["build_property.RootNamespace"] = "My.Root-Project",
                ["build_property.ProjectDir"] = GeneratorHarness.ProjectDir,
            };
            var run = GeneratorHarness.Run(SampleData.Files(), options);
            Assertions.CompilesWithoutErrors(run);
            Assert.NotNull(run.OutputCompilation.GetTypeByMetadataName("My.Root_Project.Root_Project"));
            Assert.NotNull(run.OutputCompilation.GetTypeByMetadataName("My.Root_Project.Root_Project+Actors"));
        }

        [Fact]
        public void DatasetValuesAtRunTime()
        {
            var run = GeneratorHarness.Run(SampleData.Files(), sources: new[] { Consumer });
            var context = new AssemblyLoadContext("generated", isCollectible: true);
            try
            {
                var assembly = Emit(run.OutputCompilation, context);
                var probe = assembly.GetType("Consumer.Probe", throwOnError: true)!;
                object? Call(string name) => probe.GetMethod(name)!.Invoke(null, null);

                Assert.Equal("Tomas Brekke", Call("Mayor"));
                Assert.Equal("Tomas Brække", Call("MayorInDanish"));
                Assert.Equal("lower-vale", Call("TownWithin"));
                Assert.Equal(250m, Call("MovedLow"));
                Assert.Equal(new[] { "vellmark-courier", "nordwire" }, (IReadOnlyList<string>)Call("RescuedVia")!);
                Assert.Equal("Two dead in Vellmark flood", Call("Headline"));
                Assert.Equal("We will rebuild every street", Call("Said"));
                Assert.Equal("Homes in Vellmark", Call("Homes"));

                var dataset = (global::StructuredNews.NewsDataset)Call("All")!;
                Assert.Equal("vellmark-flood", dataset.Id);
                Assert.Equal("The Vellmark flood & its aftermath", dataset.Title);
                Assert.Equal(2, dataset.Articles.Count);
                Assert.Equal(9, dataset.Actors.Count);
                Assert.Equal(4, dataset.Places.Count);
                Assert.Equal(2, dataset.Topics.Count);
                Assert.Equal(5, dataset.Events.Count);
                Assert.Equal(8, dataset.Figures.Count);
                Assert.Equal(3, dataset.Statements.Count);

                var text101 = SampleData.Text(SampleData.Article101Text);
                var text102 = SampleData.Text(SampleData.Article102Text);
                Assert.Equal(text101, dataset.Articles["article-101"].Text);
                Assert.Equal(text102, dataset.Articles["article-102"].Text);
                Assert.Equal(Sha256(text101), dataset.Articles["article-101"].TextSha256);

                var evidence = dataset.Events.SelectMany(e => e.Reports.Cast<global::StructuredNews.Evidence>())
                    .Concat(dataset.Figures.Select(f => f.Evidence))
                    .Concat(dataset.Statements.Select(s => s.Evidence))
                    .ToList();
                Assert.Equal(6 + 8 + 3, evidence.Count);
                foreach (var e in evidence)
                {
                    var text = dataset.Articles[e.ArticleId].Text;
                    Assert.Equal(e.Quote.Length, e.Length);
                    Assert.Equal(e.Quote, text.Substring(e.Start, e.Length));
                }

                // Unique quotes sit where IndexOf finds them; the two repeated ones where prefix/suffix and occurrence say.
                foreach (var e in evidence.Where(e => e.Quote != "outside the town hall"))
                {
                    Assert.Equal(dataset.Articles[e.ArticleId].Text.IndexOf(e.Quote, StringComparison.Ordinal), e.Start);
                }

                var protest = dataset.Events["town-hall-protest"].Reports.Single();
                Assert.Equal(text102.IndexOf("gathered outside the town hall on Thursday", StringComparison.Ordinal) + "gathered ".Length, protest.Start);
                var police = dataset.Events["police-at-town-hall"].Reports.Single();
                Assert.Equal(text102.LastIndexOf("outside the town hall", StringComparison.Ordinal), police.Start);
                Assert.NotEqual(protest.Start, police.Start);
                Assert.Equal(protest.Start, Call("Protest"));

                var report = dataset.Events["rescue"].Reports.Single();
                Assert.Equal("river-authority", report.ClaimedById);
                Assert.Equal(new[] { "nordwire", "vellmark-courier" }, report.ViaIds);

                var moved = dataset.Figures["f101-moved"];
                Assert.Equal(350m, moved.High);
                Assert.Equal("A round 'about' is read as plus or minus 50.", moved.Note);
                Assert.Equal("evacuation", moved.EventId);
                Assert.Equal("vellmark-sports-hall", moved.PlaceId);
                Assert.Null(dataset.Figures["f102-officers"].Low);
                Assert.Equal(150m, dataset.Figures["f102-officers"].High);

                var vellmark = dataset.Places["vellmark"];
                Assert.Equal(61.25, vellmark.Latitude);
                Assert.Equal(9.75, vellmark.Longitude);
                Assert.Equal("estrava", vellmark.Within!.WithinId);

                var flood = dataset.Events["saltbeck-flood"];
                Assert.Equal(new global::StructuredNews.NewsDate(2024, 10, 17), flood.End);
                Assert.Equal(new[] { "saltbeck-flood", "evacuation" }, dataset.Events["town-hall-protest"].CauseIds);
                Assert.Equal("vellmark-fire-service", dataset.Actors["maren-hollis"].Roles.Single().OfId);
                Assert.Null(dataset.Actors["maren-hollis"].Roles.Single().To);
            }
            finally
            {
                context.Unload();
            }
        }

        internal static Assembly Emit(Compilation compilation, AssemblyLoadContext context)
        {
            using var stream = new MemoryStream();
            var result = compilation.Emit(stream);
            Assert.True(result.Success, "emit failed:\n" + Assertions.Format(result.Diagnostics));
            stream.Position = 0;
            return context.LoadFromStream(stream);
        }

        private static string Sha256(string text)
        {
            var hash = System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(text));
            return Convert.ToHexString(hash).ToLowerInvariant();
        }
    }
}
