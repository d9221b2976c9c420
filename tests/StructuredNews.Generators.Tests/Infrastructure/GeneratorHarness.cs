using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace StructuredNews.Generators.Tests.Infrastructure
{
    /// <summary>One additional file: its (virtual) path, its text, and its <c>StructuredNewsKind</c>.</summary>
    public sealed record InputFile(string Path, string Text, string Kind)
    {
        public const string Annotation = "annotation";
        public const string Article = "article";

        public static InputFile Yaml(string path, string text) => new InputFile(path, text, Annotation);

        public static InputFile Seed(string path, string text) => new InputFile(path, text, Article);

        public InMemoryAdditionalText ToAdditionalText() => new InMemoryAdditionalText(Path, Text);
    }

    /// <summary>A generated source by hint name, with line endings as emitted.</summary>
    public sealed record GeneratedFile(string HintName, string Text);

    /// <summary>The outcome of one generator run.</summary>
    public sealed class GeneratorRun
    {
        public GeneratorRun(GeneratorDriver driver, Compilation input, Compilation output, ImmutableArray<Diagnostic> driverDiagnostics)
        {
            Driver = driver;
            InputCompilation = input;
            OutputCompilation = output;
            Result = driver.GetRunResult();
            DriverDiagnostics = driverDiagnostics;
            Sources = Result.Results
                .SelectMany(r => r.GeneratedSources)
                .Select(s => new GeneratedFile(s.HintName, s.SourceText.ToString()))
                .OrderBy(s => s.HintName, StringComparer.Ordinal)
                .ToImmutableArray();
            CompilationDiagnostics = output.GetDiagnostics();
        }

        public GeneratorDriver Driver { get; }

        public Compilation InputCompilation { get; }

        public Compilation OutputCompilation { get; }

        public GeneratorDriverRunResult Result { get; }

        public GeneratorRunResult GeneratorResult => Result.Results.Single();

        /// <summary>Diagnostics the generator reported (the SN ids), plus any driver failure such as CS8785.</summary>
        public ImmutableArray<Diagnostic> GeneratorDiagnostics => Result.Diagnostics;

        public ImmutableArray<Diagnostic> DriverDiagnostics { get; }

        /// <summary>Every generated source, ordered by hint name (ordinal).</summary>
        public ImmutableArray<GeneratedFile> Sources { get; }

        /// <summary>The diagnostics of the compilation that includes the generated sources (C# errors and warnings).</summary>
        public ImmutableArray<Diagnostic> CompilationDiagnostics { get; }

        public string Source(string hintName) => Sources.Single(s => s.HintName == hintName).Text;

        /// <summary>The sources of the typed accessors (the accessor buckets), in hint-name order.</summary>
        public IEnumerable<GeneratedFile> AccessorSources =>
            Sources.Where(s => s.HintName.StartsWith("StructuredNews.Accessors.", StringComparison.Ordinal)).OrderBy(s => s.HintName, StringComparer.Ordinal);

        /// <summary>Every typed accessor's source text, one after another.</summary>
        public string AccessorsText => string.Concat(AccessorSources.Select(s => s.Text));

        /// <summary>
        /// Checks the layout of the generated sources for <paramref name="annotationFiles"/> files: a table source
        /// each, the dataset class, and the accessors in at most one source per bucket (none for a file without entities).
        /// </summary>
        public void HasSourcesFor(int annotationFiles)
        {
            var accessors = AccessorSources.Count();
            Assert.Equal(annotationFiles + accessors + 1, Sources.Length);
            Assert.Single(Sources, s => s.HintName == "StructuredNews.Dataset.g.cs");
            Assert.InRange(accessors, 0, Math.Min(annotationFiles, StructuredNews.Generators.Model.AccessorBuckets.Count));
        }

        public IEnumerable<Diagnostic> Errors => GeneratorDiagnostics.Where(d => d.Severity == DiagnosticSeverity.Error);

        public IEnumerable<Diagnostic> CompilationErrors => CompilationDiagnostics.Where(d => d.Severity == DiagnosticSeverity.Error);

        public ImmutableArray<Diagnostic> WithId(string id) => GeneratorDiagnostics.Where(d => d.Id == id).ToImmutableArray();

        /// <summary>
        /// Emits the output compilation, loads it into a collectible context and returns its generated dataset
        /// (the class the default options name unless <paramref name="typeName"/> says otherwise).
        /// </summary>
        public StructuredNews.NewsDataset LoadDataset(string typeName = "Sample.Data.FloodData")
        {
            using var stream = new MemoryStream();
            var result = OutputCompilation.Emit(stream);
            Assert.True(result.Success, "emit failed:\n" + Assertions.Format(result.Diagnostics));
            stream.Position = 0;
            var assembly = new AssemblyLoadContext("dataset-" + Guid.NewGuid().ToString("N"), isCollectible: true).LoadFromStream(stream);
            var type = assembly.GetType(typeName, throwOnError: true)!;
            return (StructuredNews.NewsDataset)type.GetProperty("Dataset")!.GetValue(null)!;
        }
    }

    /// <summary>Runs <see cref="StructuredNewsGenerator"/> the way the compiler does, over in-memory inputs.</summary>
    public static class GeneratorHarness
    {
        public const string ProjectDir = "/repo/sample/";

        public static readonly CSharpParseOptions ParseOptions =
            new CSharpParseOptions(LanguageVersion.Latest, DocumentationMode.Diagnose);

        private static readonly Lazy<ImmutableArray<MetadataReference>> LazyReferences = new Lazy<ImmutableArray<MetadataReference>>(LoadReferences);

        /// <summary>
        /// The framework (every assembly in TRUSTED_PLATFORM_ASSEMBLIES) plus the StructuredNews runtime. Left out:
        /// the generator assembly, which compiles the runtime's public vocabulary enums into itself (they would be
        /// ambiguous, CS0433, and no real consumer references the generator), and this test assembly.
        /// </summary>
        public static ImmutableArray<MetadataReference> References => LazyReferences.Value;

        public static IReadOnlyDictionary<string, string> DefaultGlobalOptions { get; } = new Dictionary<string, string>
        {
            ["build_property.RootNamespace"] = "Sample",
            ["build_property.ProjectDir"] = ProjectDir,
            ["build_property.StructuredNewsNamespace"] = "Sample.Data",
            ["build_property.StructuredNewsClassName"] = "FloodData",
        };

        public static CSharpCompilationOptions CompilationOptions(OutputKind kind = OutputKind.DynamicallyLinkedLibrary) =>
            new CSharpCompilationOptions(kind,
                    nullableContextOptions: NullableContextOptions.Enable,
                    warningLevel: 9999,
                    deterministic: true,
                    concurrentBuild: false)
                // The SDK's own defaults (NoWarn 1701;1702): binding redirects between framework versions.
                .WithSpecificDiagnosticOptions(new Dictionary<string, ReportDiagnostic>
                {
                    ["CS1701"] = ReportDiagnostic.Suppress,
                    ["CS1702"] = ReportDiagnostic.Suppress,
                });

        public static CSharpCompilation CreateCompilation(string assemblyName = "Sample", IEnumerable<string>? sources = null, OutputKind kind = OutputKind.DynamicallyLinkedLibrary, CSharpParseOptions? parseOptions = null) =>
            CSharpCompilation.Create(
                assemblyName,
                (sources ?? Array.Empty<string>()).Select((s, i) => CSharpSyntaxTree.ParseText(s, parseOptions ?? ParseOptions, "Program" + i + ".cs")),
                References,
                CompilationOptions(kind));

        public static TestOptionsProvider OptionsFor(IEnumerable<InputFile> files, IReadOnlyDictionary<string, string>? globalOptions = null) =>
            new TestOptionsProvider(
                globalOptions ?? DefaultGlobalOptions,
                files.GroupBy(f => f.Path, StringComparer.Ordinal).ToDictionary(
                    g => g.Key,
                    g => (IReadOnlyDictionary<string, string>)new Dictionary<string, string>
                    {
                        ["build_metadata.AdditionalFiles.StructuredNewsKind"] = g.First().Kind,
                    },
                    StringComparer.Ordinal));

        public static GeneratorDriver CreateDriver(IEnumerable<AdditionalText> texts, TestOptionsProvider options, CSharpParseOptions? parseOptions = null) =>
            CSharpGeneratorDriver.Create(
                new[] { new StructuredNewsGenerator().AsSourceGenerator() },
                texts,
                parseOptions ?? ParseOptions,
                options,
                new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));

        /// <summary>Creates a driver over <paramref name="files"/> and runs it once over an empty library.</summary>
        public static GeneratorRun Run(IEnumerable<InputFile> files, IReadOnlyDictionary<string, string>? globalOptions = null, IEnumerable<string>? sources = null, CSharpParseOptions? parseOptions = null)
        {
            var list = files.ToList();
            var driver = CreateDriver(list.Select(f => (AdditionalText)f.ToAdditionalText()), OptionsFor(list, globalOptions), parseOptions);
            return Run(driver, CreateCompilation(sources: sources, parseOptions: parseOptions));
        }

        public static GeneratorRun Run(GeneratorDriver driver, Compilation compilation)
        {
            driver = driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out var diagnostics);
            return new GeneratorRun(driver, compilation, output, diagnostics);
        }

        /// <summary>Walks up from this assembly's folder to the folder that holds StructuredNews.sln.</summary>
        public static string RepoRoot()
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir != null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "StructuredNews.sln")))
                {
                    return dir.FullName;
                }
            }

            throw new InvalidOperationException("StructuredNews.sln not found above " + AppContext.BaseDirectory);
        }

        private static ImmutableArray<MetadataReference> LoadReferences()
        {
            var runtime = typeof(global::StructuredNews.NewsDataset).Assembly.Location;
            var excluded = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
            {
                Path.GetFileName(typeof(StructuredNewsGenerator).Assembly.Location),
                Path.GetFileName(typeof(GeneratorHarness).Assembly.Location),
                Path.GetFileName(runtime),
            };
            var trusted = ((string?)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") ?? "")
                .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
                .Where(p => !excluded.Contains(Path.GetFileName(p)))
                .GroupBy(p => Path.GetFileName(p), StringComparer.OrdinalIgnoreCase)
                .Select(g => g.First())
                .OrderBy(p => p, StringComparer.Ordinal);
            return trusted.Append(runtime)
                .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))
                .ToImmutableArray();
        }
    }
}
