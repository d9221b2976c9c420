using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json.Nodes;
using StructuredNews.Annotations.Parsing;
using StructuredNews.Packaging.Tests.Infrastructure;
using Xunit;
using YamlDotNet.RepresentationModel;

namespace StructuredNews.Packaging.Tests.EditorSchema
{
    /// <summary>
    /// docs/structurednews.schema.json is generated from AnnotationSchema. When the schema changes, regenerate the
    /// file with <c>VERIFY_ACCEPT=1 dotnet test tests/StructuredNews.Packaging.Tests</c> and commit it.
    /// </summary>
    public sealed class EditorSchemaTests
    {
        private static readonly string SchemaPath = Repo.PathOf("docs", "structurednews.schema.json");

        private static JsonObject Schema => JsonNode.Parse(JsonSchemaGenerator.Generate())!.AsObject();

        [Fact]
        public void CommittedSchemaIsGeneratedFromAnnotationSchema()
        {
            var generated = JsonSchemaGenerator.Generate();
            var committed = File.Exists(SchemaPath) ? File.ReadAllText(SchemaPath).Replace("\r\n", "\n") : null;
            if (committed == generated)
            {
                return;
            }

            if (Environment.GetEnvironmentVariable("VERIFY_ACCEPT") == "1")
            {
                File.WriteAllText(SchemaPath, generated, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
                return;
            }

            Assert.Fail(SchemaPath + " is " + (committed == null ? "missing" : "out of date with AnnotationSchema") +
                ". Regenerate it with: VERIFY_ACCEPT=1 dotnet test tests/StructuredNews.Packaging.Tests");
        }

        [Fact]
        public void EverySectionKeyAndRequiredKeyIsInTheSchema()
        {
            var schema = Schema;
            var definitions = schema["definitions"]!.AsObject();
            foreach (var (name, section) in JsonSchemaGenerator.Sections())
            {
                var definition = ReferenceEquals(section, AnnotationSchema.File) ? schema : definitions[char.ToLowerInvariant(name[0]) + name.Substring(1)]!.AsObject();
                var properties = definition["properties"]!.AsObject();
                Assert.Equal(section.Keys, properties.Select(p => p.Key));
                Assert.Equal(section.Required, (definition["required"] as JsonArray)?.Select(r => r!.GetValue<string>()) ?? Enumerable.Empty<string>());
                Assert.False(definition["additionalProperties"]!.GetValue<bool>());
                foreach (var field in section.Fields)
                {
                    Assert.Equal(field.Description, properties[field.Name]!["description"]!.GetValue<string>());
                }
            }
        }

        [Fact]
        public void EnumValuesAreSpeltAsTheParserSpellsThem()
        {
            var enums = JsonSchemaGenerator.Sections().SelectMany(s => s.Section.Fields).Where(f => f.Kind == FieldKind.Enum).ToList();
            Assert.NotEmpty(enums);
            foreach (var field in enums)
            {
                Assert.NotNull(field.EnumType);
                var vocabulary = typeof(Vocabulary<>).MakeGenericType(field.EnumType!);
                var tryParse = vocabulary.GetMethod(nameof(Vocabulary<DatePrecision>.TryParse))!;
                var nameOf = vocabulary.GetMethod(nameof(Vocabulary<DatePrecision>.NameOf))!;
                var names = JsonSchemaGenerator.EnumNames(field.EnumType!);

                // One name per member, each snake_case, each read back by the parser as the member it names.
                Assert.Equal(Enum.GetValues(field.EnumType!).Length, names.Distinct().Count());
                foreach (var name in names)
                {
                    Assert.Matches("^[a-z][a-z0-9]*(_[a-z0-9]+)*$", name);
                    var arguments = new object?[] { name, null };
                    Assert.True((bool)tryParse.Invoke(null, arguments)!, field.Name + ": " + name);
                    Assert.Equal(name, nameOf.Invoke(null, new[] { arguments[1] }));
                }
            }

            var kind = Schema["definitions"]!["actor"]!["properties"]!["kind"]!["enum"]!.AsArray().Select(v => v!.GetValue<string>()).ToList();
            Assert.Contains("government_body", kind);
            Assert.Contains("international_organisation", kind);
        }

        public static IEnumerable<object[]> AnnotationFiles() =>
            Directory.EnumerateFiles(Repo.PathOf("data", "kazakhstan-2022"), "*.yaml", SearchOption.AllDirectories)
                .Concat(Directory.Exists(Repo.PathOf("tests", "StructuredNews.Generators.Tests", "TestData"))
                    ? Directory.EnumerateFiles(Repo.PathOf("tests", "StructuredNews.Generators.Tests", "TestData"), "*.yaml", SearchOption.AllDirectories)
                    : Enumerable.Empty<string>())
                .Select(path => Path.GetRelativePath(Repo.Root, path).Replace('\\', '/'))
                .OrderBy(path => path, StringComparer.Ordinal)
                .Select(path => new object[] { path });

        [Theory]
        [MemberData(nameof(AnnotationFiles))]
        public void AnnotationFilesConformToTheSchema(string file)
        {
            var errors = Validate(File.ReadAllText(Repo.PathOf(file.Split('/'))));
            Assert.True(errors.Count == 0, file + ":\n" + string.Join("\n", errors));
        }

        [Fact]
        public void TheEndToEndSampleConformsToTheSchema()
        {
            Assert.Empty(Validate(NewUserTests.Annotations));
        }

        [Theory]
        [InlineData("actors:\n  - { id: a, kind: person, name: A, nmae: B }\n", "key 'nmae' is not allowed")]
        [InlineData("actors:\n  - { id: a, name: A }\n", "missing required key 'kind'")]
        [InlineData("actors:\n  - { id: a, kind: persons, name: A }\n", "'persons' is not one of")]
        [InlineData("actors:\n  - { id: 12, kind: person, name: A }\n", "expected string")]
        [InlineData("actors:\n  - { id: -a, kind: person, name: A }\n", "does not match")]
        [InlineData("actor:\n  - { id: a, kind: person, name: A }\n", "key 'actor' is not allowed")]
        [InlineData("article: { id: a, seed: a.txt, language: en, title: A, published: 2022-1-5 }\n", "does not match")]
        [InlineData("events:\n  - { id: e, type: protests, sub_type: arrests, summary: S, start: 2022-01-05, precision: day, reports: [{ article: a, quote: q }] }\n", "'arrests' is not one of peaceful_protest")]
        [InlineData("events:\n  - { id: e, type: riots, sub_type: mob_violence, summary: S, start: 2022-01-05, precision: day, reports: [{ article: a, quote: q, ocurrence: 2 }] }\n", "key 'ocurrence' is not allowed")]
        [InlineData("figures:\n  - { id: f, measure: killed, subject: s, value: eight, qualifier: exact, low: eight, high: 8, unit: people, evidence: { quote: q } }\n", "does not match")]
        [InlineData("ignore:\n  - { text: \"2019\", reason: year, occurrence: 0 }\n", "is less than 1")]
        public void TheSchemaRejectsWhatTheParserRejects(string yaml, string expected)
        {
            var errors = Validate(yaml);
            Assert.True(errors.Any(e => e.Contains(expected, StringComparison.Ordinal)), "Expected '" + expected + "' among:\n" + string.Join("\n", errors));
        }

        private static List<string> Validate(string yaml)
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(yaml));
            var validator = new YamlSchemaValidator(Schema);
            return stream.Documents.SelectMany(d => validator.Validate(d.RootNode)).ToList();
        }
    }
}
