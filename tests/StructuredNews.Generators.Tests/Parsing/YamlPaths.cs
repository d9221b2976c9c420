using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using StructuredNews.Annotations.Model;
using StructuredNews.Annotations.Parsing;
using StructuredNews.Generators.Model;
using StructuredNews.Generators.Tests.Infrastructure;
using StructuredNews.Synthetic;

namespace StructuredNews.Generators.Tests.Parsing
{
    /// <summary>
    /// Runs the two ways of reading YAML (<see cref="SimpleYamlScanner"/> and YamlDotNet's events) separately and
    /// compares their trees, and collects the YAML the differential tests read.
    /// </summary>
    internal static class YamlPaths
    {
        private static readonly Lazy<IReadOnlyList<(string Path, string Text)>> LazyRepositoryYaml = new Lazy<IReadOnlyList<(string Path, string Text)>>(LoadRepositoryYaml);
        private static readonly Lazy<IReadOnlyList<(string Path, string Text)>> LazySynthetic = new Lazy<IReadOnlyList<(string Path, string Text)>>(() =>
            CorpusWriter.AnnotationFiles(CorpusGenerator.Generate(SyntheticArticles, SyntheticSeed)).ToList());

        public const int SyntheticArticles = 30;
        public const int SyntheticSeed = 1;

        /// <summary>data/**/*.yaml and the test project's TestData/**/*.yaml, as they are on disk (line ends untouched), by path.</summary>
        public static IReadOnlyList<(string Path, string Text)> RepositoryYaml => LazyRepositoryYaml.Value;

        /// <summary>The annotation files of a synthetic corpus (<see cref="SyntheticArticles"/> articles, seed <see cref="SyntheticSeed"/>).</summary>
        public static IReadOnlyList<(string Path, string Text)> SyntheticYaml => LazySynthetic.Value;

        public static (bool Accepted, YamlNode? Tree) Fast(string path, string text)
        {
            var accepted = SimpleYamlScanner.TryRead(path, text, CancellationToken.None, out var tree);
            return (accepted, tree);
        }

        public static (YamlNode? Tree, List<DiagnosticInfo> Diagnostics) YamlDotNet(string path, string text)
        {
            var diagnostics = new List<DiagnosticInfo>();
            var tree = YamlTreeReader.ReadWithYamlDotNet(path, text, diagnostics, CancellationToken.None);
            return (tree, diagnostics);
        }

        /// <summary>Null when the trees are equal (kinds, values, plain flags, spans, key order); otherwise the first difference.</summary>
        public static string? Difference(YamlNode? expected, YamlNode? actual, string where = "$")
        {
            if (expected == null || actual == null)
            {
                return expected == actual ? null : where + ": " + Show(expected) + " vs " + Show(actual);
            }

            if (expected.GetType() != actual.GetType())
            {
                return where + ": " + Show(expected) + " vs " + Show(actual);
            }

            if (!Equals(expected.Span, actual.Span))
            {
                return where + ": span " + expected.Span + " vs " + actual.Span + " (" + Show(expected) + ")";
            }

            switch (expected)
            {
                case YamlScalar e:
                    {
                        var a = (YamlScalar)actual;
                        return e.Value == a.Value && e.IsPlain == a.IsPlain ? null : where + ": " + Show(e) + " vs " + Show(a);
                    }

                case YamlSequence e:
                    {
                        var a = (YamlSequence)actual;
                        if (e.Items.Count != a.Items.Count)
                        {
                            return where + ": " + e.Items.Count + " items vs " + a.Items.Count;
                        }

                        for (var i = 0; i < e.Items.Count; i++)
                        {
                            if (Difference(e.Items[i], a.Items[i], where + "[" + i + "]") is { } d)
                            {
                                return d;
                            }
                        }

                        return null;
                    }

                case YamlMapping e:
                    {
                        var a = (YamlMapping)actual;
                        if (e.Entries.Count != a.Entries.Count)
                        {
                            return where + ": " + e.Entries.Count + " entries vs " + a.Entries.Count;
                        }

                        for (var i = 0; i < e.Entries.Count; i++)
                        {
                            var name = where + "." + e.Entries[i].Key.Value;
                            if ((Difference(e.Entries[i].Key, a.Entries[i].Key, name + "(key)") ?? Difference(e.Entries[i].Value, a.Entries[i].Value, name)) is { } d)
                            {
                                return d;
                            }
                        }

                        return null;
                    }

                default:
                    return where + ": unknown node " + expected.GetType().Name;
            }
        }

        public static int CountNodes(YamlNode? node) => node switch
        {
            YamlSequence s => 1 + s.Items.Sum(CountNodes),
            YamlMapping m => 1 + m.Entries.Sum(e => 1 + CountNodes(e.Value)),
            null => 0,
            _ => 1,
        };

        private static string Show(YamlNode? node) => node switch
        {
            null => "(no tree)",
            YamlScalar s => (s.IsPlain ? "plain " : "quoted ") + "'" + Escape(s.Value) + "'",
            YamlSequence s => "a sequence of " + s.Items.Count,
            YamlMapping m => "a mapping of " + m.Entries.Count,
            _ => node.GetType().Name,
        };

        public static string Escape(string value)
        {
            var builder = new StringBuilder();
            foreach (var c in value)
            {
                if (c >= ' ' && c < 0x7F)
                {
                    builder.Append(c);
                }
                else if (c == '\n')
                {
                    builder.Append("\\n");
                }
                else
                {
                    builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                }
            }

            return builder.ToString();
        }

        private static IReadOnlyList<(string Path, string Text)> LoadRepositoryYaml()
        {
            var root = GeneratorHarness.RepoRoot();
            var folders = new[] { Path.Combine(root, "data"), Path.Combine(root, "tests", "StructuredNews.Generators.Tests", "TestData") };
            return folders
                .SelectMany(f => Directory.GetFiles(f, "*.yaml", SearchOption.AllDirectories))
                .Select(p => (Path.GetRelativePath(root, p).Replace('\\', '/'), File.ReadAllText(p).Replace("\r\n", "\n")))
                .OrderBy(f => f.Item1, StringComparer.Ordinal)
                .ToList();
        }
    }
}
