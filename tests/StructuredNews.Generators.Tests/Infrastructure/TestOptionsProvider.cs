using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace StructuredNews.Generators.Tests.Infrastructure
{
    /// <summary>
    /// What MSBuild would hand the generator through .editorconfig-style options: global <c>build_property.*</c>
    /// values, and per additional file its <c>build_metadata.AdditionalFiles.*</c> values. Per-file options are
    /// keyed by path, so a text swapped in with <c>ReplaceAdditionalText</c> keeps its metadata.
    /// </summary>
    public sealed class TestOptionsProvider : AnalyzerConfigOptionsProvider
    {
        private readonly IReadOnlyDictionary<string, TestAnalyzerConfigOptions> byPath;

        public TestOptionsProvider(IReadOnlyDictionary<string, string> globalOptions, IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> fileOptions)
        {
            GlobalOptions = new TestAnalyzerConfigOptions(globalOptions);
            var table = new Dictionary<string, TestAnalyzerConfigOptions>(StringComparer.Ordinal);
            foreach (var pair in fileOptions)
            {
                table[pair.Key] = new TestAnalyzerConfigOptions(pair.Value);
            }

            byPath = table;
        }

        public override AnalyzerConfigOptions GlobalOptions { get; }

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => TestAnalyzerConfigOptions.Empty;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) =>
            byPath.TryGetValue(textFile.Path, out var options) ? options : TestAnalyzerConfigOptions.Empty;
    }

    public sealed class TestAnalyzerConfigOptions : AnalyzerConfigOptions
    {
        public static readonly TestAnalyzerConfigOptions Empty = new TestAnalyzerConfigOptions(new Dictionary<string, string>());

        private readonly ImmutableDictionary<string, string> values;

        public TestAnalyzerConfigOptions(IReadOnlyDictionary<string, string> values) =>
            this.values = values.ToImmutableDictionary(KeyComparer);

        public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value)
        {
            if (values.TryGetValue(key, out var found))
            {
                value = found;
                return true;
            }

            value = null;
            return false;
        }
    }
}
