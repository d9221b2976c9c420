
using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace StructuredNews.Benchmarks.Infrastructure
{
    /// <summary>
    /// Runs the StructuredNews generator in-process over a corpus held in memory, the way the compiler runs it in a
    /// build: additional files with their StructuredNewsKind metadata, build properties as global options. Shared
    /// (as a linked source file) by the benchmarks and tests/StructuredNews.Synthetic.Tests.
    /// </summary>
    public static class CorpusCompilation
    {
        public const string ProjectDir = "/synthetic/";
        public const string Namespace = "Synthetic.Data";
        public const string ClassName = "SyntheticData";

        public static readonly CSharpParseOptions ParseOptions = new CSharpParseOptions(LanguageVersion.Latest, DocumentationMode.Diagnose);

        private static readonly Lazy<ImmutableArray<MetadataReference>> LazyReferences = new Lazy<ImmutableArray<MetadataReference>>(LoadReferences);

        /// <summary>The shared framework (not whatever else the host loaded) plus the StructuredNews runtime.</summary>
        public static ImmutableArray<MetadataReference> References => LazyReferences.Value;

        public static Dictionary<string, string> GlobalOptions(string ns = Namespace, string className = ClassName) => new Dictionary<string, string>
        {
            ["build_property.RootNamespace"] = ns,
            ["build_property.ProjectDir"] = ProjectDir,
            ["build_property.StructuredNewsNamespace"] = ns,
            ["build_property.StructuredNewsClassName"] = className,
        };

        /// <summary>The additional files of a corpus given as (relative path, text) pairs.</summary>
        public static (ImmutableArray<AdditionalText> Texts, CorpusOptions Options) Inputs(
            IEnumerable<(string Path, string Text)> annotations, IEnumerable<(string Path, string Text)> articles, Dictionary<string, string>? globalOptions = null)
        {
            var texts = new List<AdditionalText>();
            var kinds = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var (path, text) in annotations)
            {
                texts.Add(new MemoryText(ProjectDir + path, text));
                kinds[ProjectDir + path] = "annotation";
            }

            foreach (var (path, text) in articles)
            {
                texts.Add(new MemoryText(ProjectDir + path, text));
                kinds[ProjectDir + path] = "article";
            }

            return (texts.ToImmutableArray(), new CorpusOptions(globalOptions ?? GlobalOptions(), kinds));
        }

        public static GeneratorDriver CreateDriver(ImmutableArray<AdditionalText> texts, CorpusOptions options, bool trackSteps = false) =>
            CSharpGeneratorDriver.Create(
                new[] { new StructuredNews.Generators.StructuredNewsGenerator().AsSourceGenerator() },
                texts,
                ParseOptions,
                options,
                new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: trackSteps));

        public static CSharpCompilation CreateCompilation(string assemblyName) =>
            CSharpCompilation.Create(
                assemblyName,
                Array.Empty<SyntaxTree>(),
                References,
                new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary,
                        nullableContextOptions: NullableContextOptions.Enable,
                        optimizationLevel: OptimizationLevel.Release,
                        deterministic: true,
                        concurrentBuild: true)
                    .WithSpecificDiagnosticOptions(new Dictionary<string, ReportDiagnostic>
                    {
                        ["CS1701"] = ReportDiagnostic.Suppress,
                        ["CS1702"] = ReportDiagnostic.Suppress,
                        ["CS1591"] = ReportDiagnostic.Suppress,
                    }));

        /// <summary>Reads a corpus directory written by the synthetic tool (or data/kazakhstan-2022 plus seeds).</summary>
        public static (List<(string Path, string Text)> Annotations, List<(string Path, string Text)> Articles) ReadDirectory(string annotationRoot, string articleRoot, string prefixAnnotations = "data/", string prefixArticles = "articles/")
        {
            var annotations = Directory.EnumerateFiles(annotationRoot, "*.yaml", SearchOption.AllDirectories)
                .OrderBy(p => p, StringComparer.Ordinal)
                .Select(p => (prefixAnnotations + Path.GetRelativePath(annotationRoot, p).Replace('\\', '/'), File.ReadAllText(p)))
                .ToList();
            var articles = Directory.EnumerateFiles(articleRoot, "*.txt", SearchOption.TopDirectoryOnly)
                .OrderBy(p => p, StringComparer.Ordinal)
                .Select(p => (prefixArticles + Path.GetFileName(p), File.ReadAllText(p)))
                .ToList();
            return (annotations, articles);
        }

        private static ImmutableArray<MetadataReference> LoadReferences()
        {
            var frameworkDir = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
            var runtime = typeof(NewsDataset).Assembly.Location;
            var trusted = ((string?)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") ?? "")
                .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
                .Where(p => string.Equals(Path.GetDirectoryName(p), frameworkDir, StringComparison.Ordinal))
                .OrderBy(p => p, StringComparer.Ordinal);
            return trusted.Append(runtime).Select(p => (MetadataReference)MetadataReference.CreateFromFile(p)).ToImmutableArray();
        }
    }

    public sealed class MemoryText : AdditionalText
    {
        private readonly SourceText text;

        public MemoryText(string path, string text)
        {
            Path = path;
            this.text = SourceText.From(text, Encoding.UTF8);
        }

        public override string Path { get; }

        public override SourceText GetText(CancellationToken cancellationToken = default) => text;
    }

    /// <summary>Build properties and per-file StructuredNewsKind, as MSBuild hands them to analyzers.</summary>
    public sealed class CorpusOptions : AnalyzerConfigOptionsProvider
    {
        private readonly Dictionary<string, DictionaryOptions> byPath;

        public CorpusOptions(Dictionary<string, string> global, Dictionary<string, string> kinds)
        {
            GlobalOptions = new DictionaryOptions(global);
            byPath = kinds.ToDictionary(k => k.Key, k => new DictionaryOptions(new Dictionary<string, string> { ["build_metadata.AdditionalFiles.StructuredNewsKind"] = k.Value }), StringComparer.Ordinal);
        }

        public override AnalyzerConfigOptions GlobalOptions { get; }

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => DictionaryOptions.Empty;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) =>
            byPath.TryGetValue(textFile.Path, out var options) ? options : DictionaryOptions.Empty;
    }

    public sealed class DictionaryOptions : AnalyzerConfigOptions
    {
        public static readonly DictionaryOptions Empty = new DictionaryOptions(new Dictionary<string, string>());

        private readonly Dictionary<string, string> values;

        public DictionaryOptions(Dictionary<string, string> values) => this.values = new Dictionary<string, string>(values, KeyComparer);

        public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => values.TryGetValue(key, out value);
    }
}
