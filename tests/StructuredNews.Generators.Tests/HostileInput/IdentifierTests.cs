using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;
using StructuredNews.Generators.Tests.Infrastructure;
using Xunit;

namespace StructuredNews.Generators.Tests.HostileInput
{
    /// <summary>
    /// Ids that are awkward as C# member names: keywords, non-ASCII letters, names of the classes around them,
    /// collisions after normalisation, the length limit. The generated code always compiles, and each accessor has
    /// the expected name (read from the compiled assembly) and returns the entity with that id.
    /// </summary>
    public class IdentifierTests
    {
        private const string YamlPath = GeneratorHarness.ProjectDir + "ids.yaml";
        private const string ArticleYaml = GeneratorHarness.ProjectDir + "article.yaml";
        private const string SeedPath = GeneratorHarness.ProjectDir + "texts/ids.txt";

        public static IEnumerable<object[]> Accepted() => new[]
        {
            // kind, id, expected member name
            new object[] { "actors", "class", "Class" },
            new object[] { "actors", "namespace", "Namespace" },
            new object[] { "actors", "event", "Event" },
            new object[] { "actors", "var", "Var" },
            new object[] { "actors", "async", "Async" },
            new object[] { "actors", "record", "Record" },
            new object[] { "topics", "ñandú", "Ñandú" },
            new object[] { "topics", "東京", "東京" },
            new object[] { "topics", "İstanbul", "İstanbul" },
            new object[] { "topics", "straße", "Straße" },
            new object[] { "actors", "actors", "Actors_" },
            new object[] { "events", "events", "Events_" },
            new object[] { "figures", "figures", "Figures_" },
            new object[] { "topics", "topics", "Topics_" },
            new object[] { "actors", "events", "Events" },
            new object[] { "topics", "flood-data", "FloodData" },     // the dataset class's name
            new object[] { "actors", "holder", "Holder" },            // the dataset's private holder class
            new object[] { "topics", "dataset", "Dataset" },          // the property the accessors' lookup reads
            new object[] { "events", "dataset", "Dataset" },
            new object[] { "figures", "dataset", "Dataset" },
            new object[] { "figures", "by-id", "ById" },              // next to the lookup every accessor calls (byId)
            new object[] { "actors", "byId", "ById" },
            new object[] { "actors", "a" + new string('b', 199), "A" + new string('b', 199) },
        };

        /// <summary>
        /// Every member a class inherits from <see cref="object"/>, as an id of every kind ("to-string", "equals",
        /// "get-hash-code", ...): an accessor of that name would hide it (CS0108) or clash with it.
        /// </summary>
        public static IEnumerable<object[]> ObjectMembers() =>
            typeof(object).GetMethods(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static)
                .Where(m => !m.IsPrivate && !m.IsAssembly)
                .Select(m => m.Name)
                .Distinct(StringComparer.Ordinal)
                .OrderBy(name => name, StringComparer.Ordinal)
                .SelectMany(name => new[] { "actors", "topics", "events", "figures" }.Select(kind => new object[] { kind, Kebab(name) }));

        private static string Kebab(string pascal) =>
            string.Concat(pascal.Select((c, i) => i > 0 && char.IsUpper(c) ? "-" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));

        [Theory]
        [MemberData(nameof(ObjectMembers))]
        public void IdNamedLikeAMemberOfObjectCompilesWithoutWarnings(string kind, string id)
        {
            var run = Run(kind, id);
            Assert.Null(HostileSupport.GeneratorFailure(run.Result, run.DriverDiagnostics));
            Assert.True(!run.Errors.Any(), "SN errors for id '" + id + "':\n" + Assertions.Format(run.Errors));
            Assertions.NoWarningsOrErrors(run.CompilationDiagnostics, "the code generated for " + kind + " id '" + id + "'");
        }

        [Fact]
        public void ObjectMembersAreAllCovered() =>
            Assert.Equal(new[] { "equals", "finalize", "get-hash-code", "get-type", "memberwise-clone", "reference-equals", "to-string" },
                ObjectMembers().Select(r => (string)r[1]).Distinct());

        [Theory]
        [MemberData(nameof(Accepted))]
        public void AwkwardIdGetsACompilingAccessor(string kind, string id, string member)
        {
            var run = Run(kind, id);
            Assert.Null(HostileSupport.GeneratorFailure(run.Result, run.DriverDiagnostics));
            Assert.True(!run.Errors.Any(), "SN errors for id '" + id + "':\n" + Assertions.Format(run.Errors));
            var errors = run.CompilationErrors.ToList();
            Assert.True(errors.Count == 0, "the code generated for " + kind + " id '" + id + "' does not compile:\n" + Assertions.Format(errors.Take(5)) +
                "\n" + string.Join("\n", run.Sources.Where(s => s.HintName.Contains("ids", StringComparison.Ordinal)).SelectMany(s => s.Text.Split('\n')).Where(l => l.Contains(" => byId(", StringComparison.Ordinal)).Take(5)));
            Assertions.NoWarningsOrErrors(run.CompilationDiagnostics, "the generated code");

            HostileSupport.WithLoadedDataset(run.OutputCompilation, (dataset, assembly) =>
            {
                var accessors = assembly.GetType(HostileSupport.Namespace + "." + HostileSupport.ClassName + "+" + char.ToUpperInvariant(kind[0]) + kind.Substring(1), throwOnError: true)!;
                var property = accessors.GetProperty(member, BindingFlags.Public | BindingFlags.Static);
                Assert.True(property != null, "no accessor " + accessors.Name + "." + member + "; has: " +
                    string.Join(", ", accessors.GetProperties(BindingFlags.Public | BindingFlags.Static).Select(p => p.Name)));
                var entity = (global::StructuredNews.Entity)property!.GetValue(null)!;
                Assert.Equal(id, entity.Id);
                return 0;
            });
        }

        [Theory]
        [InlineData("1abc")]
        [InlineData("-abc")]
        [InlineData("a b")]
        [InlineData("a.b")]
        [InlineData("a\u200Db")]
        [InlineData("😀")]
        public void InvalidIdIsSN0015(string id)
        {
            var run = Run("actors", id);
            Assert.Null(HostileSupport.GeneratorFailure(run.Result, run.DriverDiagnostics));
            Assert.Single(run.WithId("SN0015"));
            Assertions.CompilesWithoutErrors(run);
        }

        [Fact]
        public void IdOf201CharactersIsSN0015()
        {
            var run = Run("actors", "a" + new string('b', 200));
            Assert.Single(run.WithId("SN0015"));
            Assertions.CompilesWithoutErrors(run);
        }

        [Fact]
        public void IdsThatNormaliseToTheSameMemberAreSN0016OnTheLaterOnes()
        {
            var run = Run("topics", "a-b", "a_b", "a--b", "A-b");
            Assert.Null(HostileSupport.GeneratorFailure(run.Result, run.DriverDiagnostics));
            var collisions = run.WithId("SN0016");
            Assert.True(collisions.Length == 3, "expected SN0016 for a_b, a--b and A-b:\n" + Assertions.Format(run.GeneratorDiagnostics));
            Assert.Equal(new[] { "a_b", "a--b", "A-b" }.OrderBy(x => x, StringComparer.Ordinal),
                collisions.Select(d => Id(Build("topics", "a-b", "a_b", "a--b", "A-b"), d)).OrderBy(x => x, StringComparer.Ordinal));
            Assertions.CompilesWithoutErrors(run);
            HostileSupport.WithLoadedDataset(run.OutputCompilation, (dataset, assembly) =>
            {
                var topics = assembly.GetType(HostileSupport.Namespace + "." + HostileSupport.ClassName + "+Topics", throwOnError: true)!;
                var ab = topics.GetProperty("AB", BindingFlags.Public | BindingFlags.Static)!;
                Assert.Equal("a-b", ((global::StructuredNews.Entity)ab.GetValue(null)!).Id);
                Assert.Equal(4, dataset.Topics.Count());
                return 0;
            });
        }

        [Fact]
        public void AllAwkwardIdsTogetherCompile()
        {
            var run = Run("actors", Accepted().Where(r => (string)r[0] == "actors").Select(r => (string)r[1]).ToArray());
            Assert.Empty(run.Errors);
            Assertions.NoWarningsOrErrors(run.CompilationDiagnostics, "the generated code");
        }

        // The id a diagnostic points at, read from the YAML at its location.
        private static string Id(string yaml, Diagnostic d)
        {
            var span = d.Location.GetLineSpan();
            var line = yaml.Split('\n')[span.StartLinePosition.Line];
            return line.Substring(span.StartLinePosition.Character, span.EndLinePosition.Character - span.StartLinePosition.Character).Trim('"');
        }

        private static GeneratorRun Run(string kind, params string[] ids) =>
            HostileSupport.Run(new[]
            {
                InputFile.Yaml(YamlPath, Build(kind, ids)),
                InputFile.Yaml(ArticleYaml, "article: { id: art, seed: ids.txt, language: en, title: T }\nactors:\n  - { id: subject-actor, kind: group, name: Qwerty }\n"),
                InputFile.Seed(SeedPath, "Some text here."),
            });

        private static string Build(string kind, params string[] ids)
        {
            var yaml = kind + ":\n";
            foreach (var id in ids)
            {
                var quoted = InjectionTests.Quoted(id);
                yaml += kind switch
                {
                    "actors" => "  - id: " + quoted + "\n    kind: person\n    name: Zed\n",
                    "topics" => "  - id: " + quoted + "\n    name: Zed\n",
                    "events" => "  - id: " + quoted + "\n    type: protests\n    sub_type: peaceful_protest\n    summary: S\n    start: 2022-01-05\n    precision: day\n" +
                                "    reports:\n      - { article: art, quote: Some text }\n",
                    "figures" => "  - id: " + quoted + "\n    measure: count\n    subject: subject-actor\n    value: here\n    qualifier: exact\n    low: 1\n    high: 1\n" +
                                 "    unit: people\n    evidence: { article: art, quote: here }\n",
                    _ => throw new ArgumentOutOfRangeException(nameof(kind)),
                };
            }

            return yaml;
        }
    }
}
