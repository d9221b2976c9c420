using System;
using System.Collections.Immutable;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using StructuredNews.Generators.Emission;
using StructuredNews.Generators.Model;
using StructuredNews.Generators.Parsing;

namespace StructuredNews.Generators
{
    /// <summary>
    /// Turns Roslyn inputs into model values at the very first step, so nothing from Roslyn flows further down
    /// the pipeline. Additional files take part according to their <c>StructuredNewsKind</c> metadata.
    /// </summary>
    internal static class Inputs
    {
        public const string KindMetadata = "build_metadata.AdditionalFiles.StructuredNewsKind";
        public const string AnnotationKind = "annotation";
        public const string ArticleKind = "article";

        private static readonly ImmutableHashSet<string> ReservedClassNames = ImmutableHashSet.Create(StringComparer.Ordinal,
            "Dataset", "Holder", "Articles", "Actors", "Places", "Topics", "Events", "Figures", "Statements");

        public static GeneratorOptions ReadOptions(AnalyzerConfigOptions global)
        {
            var ns = Value(global, "build_property.StructuredNewsNamespace") ?? Value(global, "build_property.RootNamespace");
            ns = ns == null ? "StructuredNews.Generated" : SanitizeNamespace(ns);
            var className = Value(global, "build_property.StructuredNewsClassName") ?? ns.Substring(ns.LastIndexOf('.') + 1);
            // The class may not share a name with its own members (CS0542); such a name falls back to NewsData.
            className = Identifiers.Sanitize(className) is { } sanitized && !ReservedClassNames.Contains(sanitized) ? sanitized : "NewsData";
            return new GeneratorOptions(ns, className, Value(global, "build_property.ProjectDir"),
                EmitXmlDocs: !IsFalse(global, "build_property.StructuredNewsXmlDocs"),
                EmitClaimAccessors: !IsFalse(global, "build_property.StructuredNewsClaimAccessors"));
        }

        public static AnnotationFile? ReadAnnotation(AdditionalText text, AnalyzerConfigOptionsProvider options, CancellationToken cancellationToken)
        {
            if (!IsKind(text, options, AnnotationKind))
            {
                return null;
            }

            var relative = RelativePath(text.Path, Value(options.GlobalOptions, "build_property.ProjectDir"));
            var content = text.GetText(cancellationToken)?.ToString() ?? "";
            return AnnotationParser.Parse(text.Path, relative, content, cancellationToken);
        }

        public static SeedText? ReadSeed(AdditionalText text, AnalyzerConfigOptionsProvider options, CancellationToken cancellationToken)
        {
            if (!IsKind(text, options, ArticleKind) || text.GetText(cancellationToken) is not { } content)
            {
                return null;
            }

            return new SeedText(System.IO.Path.GetFileName(text.Path), text.Path, content.ToString());
        }

        public static string Sha256(string text)
        {
            using var sha = SHA256.Create();
            var hash = sha.ComputeHash(Encoding.UTF8.GetBytes(text));
            var hex = new StringBuilder(hash.Length * 2);
            foreach (var b in hash)
            {
                hex.Append(b.ToString("x2", System.Globalization.CultureInfo.InvariantCulture));
            }

            return hex.ToString();
        }

        private static bool IsKind(AdditionalText text, AnalyzerConfigOptionsProvider options, string kind) =>
            string.Equals(Value(options.GetOptions(text), KindMetadata), kind, StringComparison.OrdinalIgnoreCase);

        private static bool IsFalse(AnalyzerConfigOptions options, string key) =>
            string.Equals(Value(options, key), "false", StringComparison.OrdinalIgnoreCase);

        private static string? Value(AnalyzerConfigOptions options, string key) =>
            options.TryGetValue(key, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;

        /// <summary>
        /// The path relative to the project directory ('/' separators, '../' to climb out of it): stable across
        /// machines and checkouts, unlike the absolute path.
        /// </summary>
        internal static string RelativePath(string path, string? projectDirectory)
        {
            var target = path.Replace('\\', '/').Split(new[] { '/' }, StringSplitOptions.RemoveEmptyEntries);
            if (projectDirectory == null)
            {
                return target.Length == 0 ? path : target[target.Length - 1];
            }

            var root = projectDirectory.Replace('\\', '/').Split(new[] { '/' }, StringSplitOptions.RemoveEmptyEntries);
            var common = 0;
            while (common < root.Length && common < target.Length - 1 && string.Equals(root[common], target[common], StringComparison.Ordinal))
            {
                common++;
            }

            var segments = Enumerable.Repeat("..", root.Length - common).Concat(target.Skip(common));
            return string.Join("/", segments);
        }

        private static string SanitizeNamespace(string ns)
        {
            var parts = ns.Split('.');
            for (var i = 0; i < parts.Length; i++)
            {
                parts[i] = Identifiers.Sanitize(parts[i]) ?? "_";
            }

            return string.Join(".", parts);
        }
    }
}
