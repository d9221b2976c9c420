using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using StructuredNews.Generators.Tests.Infrastructure;
using Xunit;

namespace StructuredNews.Generators.Tests.HostileInput
{
    /// <summary>
    /// What changes the severity of an SN diagnostic. SN diagnostics are located in YAML additional files, which
    /// are not syntax trees, so the compiler can apply only compilation-wide severity settings to them:
    /// <list type="bullet">
    /// <item><c>NoWarn</c>/<c>WarningsAsErrors</c> and global analyzer config (<c>.globalconfig</c>, or an
    /// <c>.editorconfig</c> with <c>is_global = true</c>) <c>dotnet_diagnostic.SNxxxx.severity</c> reach the
    /// compilation as <c>SpecificDiagnosticOptions</c> / <c>SyntaxTreeOptionsProvider.TryGetGlobalDiagnosticValue</c>;
    /// the generator driver filters the generator's diagnostics through them. Tested here.</item>
    /// <item>The analyzer-options view (<c>AnalyzerConfigOptionsProvider.GlobalOptions</c>, what
    /// <c>TestOptionsProvider</c> can express) is only what the generator reads; a severity key there does nothing.</item>
    /// <item>A per-file section (<c>[*.yaml]</c> in .editorconfig) is a per-syntax-tree setting, and a YAML file
    /// has no syntax tree: it does not apply (shown with a tree-level provider below).</item>
    /// </list>
    /// </summary>
    public class SeverityTests
    {
        private const string Yaml = GeneratorHarness.ProjectDir + "article.yaml";

        // An article whose text has a number nobody annotated: SN0022 (a warning) and nothing else.
        private static IReadOnlyList<InputFile> Files() => new[]
        {
            InputFile.Yaml(Yaml, "article: { id: art, seed: art.txt, language: en, title: T }\n"),
            InputFile.Seed(GeneratorHarness.ProjectDir + "texts/art.txt", "About 40 people left.\n"),
        };

        private static ImmutableArray<Diagnostic> Run(CSharpCompilationOptions options, IReadOnlyDictionary<string, string>? global = null)
        {
            var files = Files();
            var driver = HostileSupport.CreateDriver(files, global);
            var compilation = HostileSupport.BaseCompilation.WithOptions(options);
            driver.RunGeneratorsAndUpdateCompilation(compilation, out _, out var diagnostics);
            return diagnostics;
        }

        private static CSharpCompilationOptions Options => HostileSupport.BaseCompilation.Options;

        private static CSharpCompilationOptions With(string id, ReportDiagnostic report) =>
            Options.WithSpecificDiagnosticOptions(Options.SpecificDiagnosticOptions.SetItem(id, report));

        [Fact]
        public void ByDefaultSN0022IsAWarning()
        {
            var d = Assert.Single(Run(Options), x => x.Id == "SN0022");
            Assert.Equal(DiagnosticSeverity.Warning, d.Severity);
        }

        [Fact]
        public void NoWarnOrSeverityNoneSuppressesIt() =>
            Assert.DoesNotContain(Run(With("SN0022", ReportDiagnostic.Suppress)), x => x.Id == "SN0022");

        [Fact]
        public void WarningsAsErrorsOrSeverityErrorMakesItAnError()
        {
            var d = Assert.Single(Run(With("SN0022", ReportDiagnostic.Error)), x => x.Id == "SN0022");
            Assert.Equal(DiagnosticSeverity.Error, d.Severity);
            Assert.True(d.IsWarningAsError);
        }

        [Fact]
        public void ErrorsCanBeDowngraded()
        {
            // An unknown key is SN0003, an error; '= warning' makes it a warning.
            var files = new[] { InputFile.Yaml(Yaml, "topics:\n  - id: t\n    name: T\n    nmae: x\n") };
            var driver = HostileSupport.CreateDriver(files);
            driver.RunGeneratorsAndUpdateCompilation(HostileSupport.BaseCompilation.WithOptions(With("SN0003", ReportDiagnostic.Warn)), out _, out var diagnostics);
            Assert.Equal(DiagnosticSeverity.Warning, Assert.Single(diagnostics, x => x.Id == "SN0003").Severity);
        }

        [Theory]
        [InlineData(ReportDiagnostic.Suppress, null)]
        [InlineData(ReportDiagnostic.Error, DiagnosticSeverity.Error)]
        public void GlobalConfigSeverityApplies(ReportDiagnostic report, DiagnosticSeverity? expected)
        {
            // What the compiler builds from `dotnet_diagnostic.SN0022.severity = none|error` in a .globalconfig.
            var options = Options.WithSyntaxTreeOptionsProvider(new Provider(global: ("SN0022", report), perTree: null));
            var found = Run(options).Where(x => x.Id == "SN0022").ToList();
            Assert.Equal(expected, found.SingleOrDefault()?.Severity);
        }

        [Fact]
        public void PerFileSectionSeverityDoesNotReachYamlDiagnostics()
        {
            // What `[*.yaml] dotnet_diagnostic.SN0022.severity = none` in an .editorconfig becomes: a per-tree value.
            // The diagnostic is located in a YAML file, not a syntax tree, so the compiler never asks for it.
            var options = Options.WithSyntaxTreeOptionsProvider(new Provider(global: null, perTree: ("SN0022", ReportDiagnostic.Suppress)));
            Assert.Single(Run(options), x => x.Id == "SN0022");
        }

        [Fact]
        public void SeverityKeyInTheAnalyzerOptionsAloneDoesNothing()
        {
            var global = new Dictionary<string, string>(GeneratorHarness.DefaultGlobalOptions) { ["dotnet_diagnostic.SN0022.severity"] = "none" };
            var d = Assert.Single(Run(Options, global), x => x.Id == "SN0022");
            Assert.Equal(DiagnosticSeverity.Warning, d.Severity);
        }

        private sealed class Provider : SyntaxTreeOptionsProvider
        {
            private readonly (string Id, ReportDiagnostic Report)? global;
            private readonly (string Id, ReportDiagnostic Report)? perTree;

            public Provider((string, ReportDiagnostic)? global, (string, ReportDiagnostic)? perTree)
            {
                this.global = global;
                this.perTree = perTree;
            }

            public override GeneratedKind IsGenerated(SyntaxTree tree, CancellationToken cancellationToken) => GeneratedKind.Unknown;

            public override bool TryGetDiagnosticValue(SyntaxTree tree, string diagnosticId, CancellationToken cancellationToken, out ReportDiagnostic severity) =>
                Lookup(perTree, diagnosticId, out severity);

            public override bool TryGetGlobalDiagnosticValue(string diagnosticId, CancellationToken cancellationToken, out ReportDiagnostic severity) =>
                Lookup(global, diagnosticId, out severity);

            private static bool Lookup((string Id, ReportDiagnostic Report)? entry, string id, out ReportDiagnostic severity)
            {
                severity = entry?.Report ?? ReportDiagnostic.Default;
                return entry != null && entry.Value.Id == id;
            }
        }
    }
}
