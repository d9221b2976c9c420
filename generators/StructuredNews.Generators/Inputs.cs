using System;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using StructuredNews.Annotations.Model;
using StructuredNews.Annotations.Naming;
using StructuredNews.Annotations.Parsing;
using StructuredNews.Generators.Model;

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

        public static GeneratorOptions ReadOptions(AnalyzerConfigOptions global)
        {
            var ns = DatasetClassName.Namespace(Value(global, "build_property.StructuredNewsNamespace") ?? Value(global, "build_property.RootNamespace"));
            // A name that compiles without a diagnostic and that no namespace or inherited member hides (DatasetClassName).
            var className = DatasetClassName.For(ns, Value(global, "build_property.StructuredNewsClassName"));
            return new GeneratorOptions(ns, className, ProjectDirectory(global),
                EmitXmlDocs: !IsFalse(global, "build_property.StructuredNewsXmlDocs"),
                EmitClaimAccessors: !IsFalse(global, "build_property.StructuredNewsClaimAccessors"));
        }

        /// <summary>
        /// The project directory. The analyzer config cuts a value at '#' or ';' (a comment), so a project under a folder
        /// such as "C#" would reach the generator cut short: StructuredNews.targets passes it with '%', '#' and ';'
        /// escaped as %25, %23 and %3B. MSBuild's own ProjectDir is the fallback (a project without the targets).
        /// </summary>
        internal static string? ProjectDirectory(AnalyzerConfigOptions global) =>
            Value(global, "build_property.StructuredNewsProjectDirectory") is { } escaped ? Unescape(escaped) : Value(global, "build_property.ProjectDir");

        // %23, %3B and %25 back to '#', ';' and '%', in one pass, so that an escaped '%' never starts another escape.
        internal static string Unescape(string escaped)
        {
            var builder = new System.Text.StringBuilder(escaped.Length);
            for (var i = 0; i < escaped.Length; i++)
            {
                if (escaped[i] == '%' && i + 2 < escaped.Length)
                {
                    var code = escaped.Substring(i + 1, 2).ToUpperInvariant();
                    var decoded = code switch { "23" => '#', "3B" => ';', "25" => '%', _ => '\0' };
                    if (decoded != '\0')
                    {
                        builder.Append(decoded);
                        i += 2;
                        continue;
                    }
                }

                builder.Append(escaped[i]);
            }

            return builder.ToString();
        }

        public static AnnotationFile? ReadAnnotation(AdditionalText text, AnalyzerConfigOptionsProvider options, CancellationToken cancellationToken)
        {
            if (!IsKind(text, options, AnnotationKind))
            {
                return null;
            }

            var relative = ProjectPath.Relative(text.Path, ProjectDirectory(options.GlobalOptions));
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

        private static bool IsKind(AdditionalText text, AnalyzerConfigOptionsProvider options, string kind) =>
            string.Equals(Value(options.GetOptions(text), KindMetadata), kind, StringComparison.OrdinalIgnoreCase);

        private static bool IsFalse(AnalyzerConfigOptions options, string key) =>
            string.Equals(Value(options, key), "false", StringComparison.OrdinalIgnoreCase);

        private static string? Value(AnalyzerConfigOptions options, string key) =>
            options.TryGetValue(key, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;
    }
}
