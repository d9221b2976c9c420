using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using StructuredNewsGenerator = StructuredNews.Generators.StructuredNewsGenerator;

namespace StructuredNews.Cli.Tests
{
    /// <summary>The generator as the compiler runs it: files on disk as additional files with their StructuredNewsKind, and a root namespace.</summary>
    internal static class InProcessBuild
    {
        public static GeneratorDriver Driver(IEnumerable<(string Path, string Kind)> files, string rootNamespace)
        {
            var list = files.ToList();
            var texts = list.Select(f => (AdditionalText)new FileText(f.Path)).ToImmutableArray();
            var options = new Options(list.ToDictionary(f => f.Path, f => f.Kind), rootNamespace);
            return CSharpGeneratorDriver.Create(new[] { new StructuredNewsGenerator().AsSourceGenerator() }, texts, optionsProvider: options);
        }

        private sealed class FileText : AdditionalText
        {
            public FileText(string path) => Path = path;

            public override string Path { get; }

            public override SourceText GetText(CancellationToken cancellationToken = default) => SourceText.From(File.ReadAllText(Path));
        }

        private sealed class Options : AnalyzerConfigOptionsProvider
        {
            private readonly Dictionary<string, string> kinds;

            public Options(Dictionary<string, string> kinds, string rootNamespace)
            {
                this.kinds = kinds;
                GlobalOptions = new Values(new Dictionary<string, string> { ["build_property.RootNamespace"] = rootNamespace });
            }

            public override AnalyzerConfigOptions GlobalOptions { get; }

            public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => new Values(new Dictionary<string, string>());

            public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) =>
                new Values(new Dictionary<string, string> { ["build_metadata.AdditionalFiles.StructuredNewsKind"] = kinds[textFile.Path] });
        }

        private sealed class Values : AnalyzerConfigOptions
        {
            private readonly Dictionary<string, string> values;

            public Values(Dictionary<string, string> values) => this.values = values;

            public override bool TryGetValue(string key, out string value)
            {
                var found = values.TryGetValue(key, out var v);
                value = v ?? string.Empty;
                return found;
            }
        }
    }
}
