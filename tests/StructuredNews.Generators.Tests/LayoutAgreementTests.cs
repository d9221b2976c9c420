using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using StructuredNews.Annotations;
using StructuredNews.Generators.Tests.Infrastructure;
using Xunit;

namespace StructuredNews.Generators.Tests
{
    /// <summary>
    /// <c>sn validate</c> (AnnotationEngine.Validate, which has no project directory) reports what the build reports,
    /// at the same places, on any layout: files of one name in different folders, nested folders, duplicate ids
    /// across files, dangling references. Layouts are random, from fixed seeds.
    /// </summary>
    public class LayoutAgreementTests
    {
        private static readonly string[] Folders = { "", "a/", "b/", "a/c/", "b/c/", "deep/er/still/" };
        private static readonly string[] Names = { "x.yaml", "y.yaml", "shared.yaml" };

        public static IEnumerable<object[]> Seeds() => Enumerable.Range(1, 12).Select(seed => new object[] { seed });

        [Theory]
        [MemberData(nameof(Seeds))]
        public void ValidateAgreesWithTheBuild(int seed)
        {
            var random = new Random(seed);
            var files = new List<InputFile>
            {
                InputFile.Yaml(GeneratorHarness.ProjectDir + "data/article.yaml", "article: { id: art, seed: art.txt, language: en, title: T }\n"),
                InputFile.Seed(GeneratorHarness.ProjectDir + "texts/art.txt", "Rivertown was calm.\n"),
            };
            var paths = new HashSet<string>(StringComparer.Ordinal);
            for (var i = 0; i < 6; i++)
            {
                var path = "data/" + Folders[random.Next(Folders.Length)] + Names[random.Next(Names.Length)];
                if (!paths.Add(path))
                {
                    continue;
                }

                // Topic ids from a small pool, so that some are declared twice (SN0008); some events point at an
                // unknown place (SN0009).
                var yaml = new StringBuilder("topics:\n");
                for (var t = 0; t < 3; t++)
                {
                    yaml.Append("  - { id: topic-").Append(random.Next(8).ToString(CultureInfo.InvariantCulture)).Append(", name: T }\n");
                }

                if (random.Next(2) == 0)
                {
                    yaml.Append("events:\n  - id: e").Append(i.ToString(CultureInfo.InvariantCulture))
                        .Append("\n    type: protests\n    sub_type: peaceful_protest\n    summary: S\n    start: 2024-01-01\n    precision: day\n    place: nowhere-")
                        .Append(random.Next(3).ToString(CultureInfo.InvariantCulture)).Append("\n    reports:\n      - { article: art, quote: Rivertown was calm. }\n");
                }

                files.Add(InputFile.Yaml(GeneratorHarness.ProjectDir + path, yaml.ToString()));
            }

            var build = GeneratorHarness.Run(files).GeneratorDiagnostics;
            var validate = AnnotationEngine.Validate(
                files.Where(f => f.Kind == InputFile.Annotation).Select(f => (f.Path, f.Text)),
                files.Where(f => f.Kind == InputFile.Article).Select(f => (f.Path, f.Text)),
                projectDirectory: null);

            Assert.NotEmpty(build);
            Assert.Equal(Describe(build), Describe(validate));
        }

        [Fact]
        public void DeepFoldersGiveBoundedDistinctHintNames()
        {
            var deep = string.Concat(Enumerable.Range(0, 40).Select(i => "folder-number-" + i.ToString(CultureInfo.InvariantCulture) + "/"));
            var files = new List<InputFile>
            {
                InputFile.Yaml(GeneratorHarness.ProjectDir + deep + "a/topics.yaml", "topics:\n  - { id: t1, name: T }\n"),
                InputFile.Yaml(GeneratorHarness.ProjectDir + deep + "b/topics.yaml", "topics:\n  - { id: t2, name: T }\n"),
            };
            var run = GeneratorHarness.Run(files);
            Assert.Empty(run.GeneratorDiagnostics);
            Assertions.CompilesWithoutErrors(run);
            var hints = run.Sources.Select(s => s.HintName).ToList();
            Assert.Equal(hints.Count, hints.Distinct(StringComparer.OrdinalIgnoreCase).Count());
            Assert.All(hints, h => Assert.True(h.Length <= 100 + 15, h));
            Assert.Contains(hints, h => h.StartsWith("folder-number-39.a.topics.yaml.", StringComparison.Ordinal) || h.Contains(".a.topics.yaml.", StringComparison.Ordinal));
        }

        [Theory]
        [InlineData("/home/u/C%23/proj/", "/home/u/C#/proj/")]
        [InlineData("/a%3Bb/%2541/", "/a;b/%41/")]            // an escaped '%' does not start another escape
        [InlineData("/plain/", "/plain/")]
        [InlineData("/ends/with/%2", "/ends/with/%2")]
        public void ProjectDirectoryEscapesAreUndone(string escaped, string path) =>
            Assert.Equal(path, Inputs.Unescape(escaped));

        private static IEnumerable<string> Describe(IEnumerable<Diagnostic> diagnostics) =>
            diagnostics.Select(d =>
            {
                var span = d.Location.GetLineSpan();
                return span.Path + "(" + span.StartLinePosition + ") " + d.Id + ": " + d.GetMessage(CultureInfo.InvariantCulture);
            }).OrderBy(s => s, StringComparer.Ordinal);
    }
}
