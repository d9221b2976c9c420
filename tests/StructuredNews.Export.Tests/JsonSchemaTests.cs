using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Json.Schema;
using Xunit;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace StructuredNews.Export.Tests
{
    /// <summary>
    /// docs/export.schema.json (draft 2020-12) describes the JSON export, every object closed by
    /// <c>additionalProperties: false</c>; docs/structurednews.schema.json (draft-07) describes annotation files. Both
    /// are checked here with JsonSchema.Net, so neither drifts from what it describes.
    /// </summary>
    public class JsonSchemaTests
    {
        private static readonly NewsDataset Bundled = Kazakhstan2022.Kazakhstan2022.Dataset;

        private static readonly Lazy<JsonSchema> ExportSchema = new Lazy<JsonSchema>(() => Load("export.schema.json"));

        private static readonly Lazy<JsonSchema> AnnotationSchema = new Lazy<JsonSchema>(() => Load("structurednews.schema.json"));

        private static readonly Regex CoreInteger = new Regex("^[-+]?[0-9]+$", RegexOptions.CultureInvariant);

        private static readonly Regex CoreFloat = new Regex(@"^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$", RegexOptions.CultureInvariant);

        private static string Root
        {
            get
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
        }

        // Each schema is built once: building registers it under its $id.
        private static JsonSchema Load(string name) => JsonSchema.FromText(File.ReadAllText(Path.Combine(Root, "docs", name)));

        private static List<string> Errors(JsonSchema schema, JsonElement instance)
        {
            var results = schema.Evaluate(instance, new EvaluationOptions { OutputFormat = OutputFormat.List });
            if (results.IsValid)
            {
                return new List<string>();
            }

            var all = new[] { results }.Concat(results.Details ?? Enumerable.Empty<EvaluationResults>())
                .Where(d => d.Errors != null)
                .SelectMany(d => d.Errors!.Select(e => (Path: d.EvaluationPath.ToString(), Message: d.InstanceLocation + " (" + d.EvaluationPath + "): " + e.Value)))
                .ToList();
            // The list output also names the failed branch of every anyOf (a date or null) that passed: noise, unless
            // nothing else failed.
            var relevant = all.Where(e => !e.Path.Contains("/anyOf/", StringComparison.Ordinal)).ToList();
            return (relevant.Count > 0 ? relevant : all).Select(e => e.Message).ToList();
        }

        private static JsonElement Export(NewsDataset dataset)
        {
            using var json = JsonDocument.Parse(DatasetExport.ToJson(dataset));
            return json.RootElement.Clone();
        }

        [Fact]
        public void TheExportSchemaIsDraft2020_12()
        {
            var schema = JsonNode.Parse(File.ReadAllText(Path.Combine(Root, "docs", "export.schema.json")))!;
            Assert.Equal("https://json-schema.org/draft/2020-12/schema", schema["$schema"]!.GetValue<string>());
            Assert.Equal("http://json-schema.org/draft-07/schema#", JsonNode.Parse(File.ReadAllText(Path.Combine(Root, "docs", "structurednews.schema.json")))!["$schema"]!.GetValue<string>());
        }

        [Fact]
        public void TheBundledExportConformsToItsSchema()
        {
            var errors = Errors(ExportSchema.Value, Export(Bundled));
            Assert.True(errors.Count == 0, string.Join("\n", errors));
        }

        [Fact]
        public void AnEmptyDatasetsExportConformsToo() =>
            Assert.Empty(Errors(ExportSchema.Value, Export(new NewsDatasetBuilder("empty", "Empty").Build())));

        [Theory]
        [InlineData("")]
        [InlineData("dataset")]
        [InlineData("articles/0")]
        [InlineData("actors/0")]
        [InlineData("actors/0/roles/0")]
        [InlineData("places/0")]
        [InlineData("topics/0")]
        [InlineData("events/0")]
        [InlineData("events/0/participants/0")]
        [InlineData("events/0/reports/0")]
        [InlineData("figures/0")]
        [InlineData("figures/0/evidence")]
        [InlineData("statements/0")]
        [InlineData("series/0")]
        [InlineData("series/0/steps/0")]
        [InlineData("conflicts/0")]
        public void AKeyTheSchemaDoesNotKnowFailsIt(string pointer)
        {
            // What a new key in the export without a schema change looks like.
            var export = JsonNode.Parse(DatasetExport.ToJson(Bundled))!;
            var target = pointer.Split('/', StringSplitOptions.RemoveEmptyEntries)
                .Aggregate(export, (node, part) => int.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out var i) ? node[i]! : node[part]!);
            target.AsObject().Add("addedKey", 1);

            var errors = Errors(ExportSchema.Value, JsonSerializer.SerializeToElement(export));

            Assert.NotEmpty(errors);
        }

        [Fact]
        public void AMissingKeyOrAWrongValueFailsIt()
        {
            var export = JsonNode.Parse(DatasetExport.ToJson(Bundled))!;
            export["figures"]![0]!.AsObject().Remove("note");
            Assert.NotEmpty(Errors(ExportSchema.Value, JsonSerializer.SerializeToElement(export)));

            export = JsonNode.Parse(DatasetExport.ToJson(Bundled))!;
            export["figures"]![0]!["measure"] = "kiled";
            export["events"]![0]!["start"] = "5 January 2022";
            var errors = Errors(ExportSchema.Value, JsonSerializer.SerializeToElement(export));
            Assert.Equal(new[] { "/events/0/start", "/figures/0/measure" }, errors.Select(e => e.Split(' ')[0]).Distinct().OrderBy(p => p, StringComparer.Ordinal));
        }

        public static IEnumerable<object[]> Vocabularies() => new[]
        {
            new object[] { "actorKind", VocabularyNames.NamesOf<ActorKind>() },
            new object[] { "placeKind", VocabularyNames.NamesOf<PlaceKind>() },
            new object[] { "eventType", VocabularyNames.NamesOf<EventType>() },
            new object[] { "eventSubType", VocabularyNames.NamesOf<EventSubType>() },
            new object[] { "datePrecision", VocabularyNames.NamesOf<DatePrecision>() },
            new object[] { "participantRole", VocabularyNames.NamesOf<ParticipantRole>() },
            new object[] { "measure", VocabularyNames.NamesOf<Measure>() },
            new object[] { "qualifier", VocabularyNames.NamesOf<Qualifier>() },
            new object[] { "dateSource", VocabularyNames.NamesOf<DateSource>() },
            new object[] { "stepKind", VocabularyNames.NamesOf<StepKind>() },
        };

        [Theory]
        [MemberData(nameof(Vocabularies))]
        public void TheSchemasEnumsAreTheRuntimesVocabularies(string definition, IReadOnlyList<string> names)
        {
            // Values the bundled data does not use would otherwise drift unnoticed.
            var schema = JsonNode.Parse(File.ReadAllText(Path.Combine(Root, "docs", "export.schema.json")))!;
            Assert.Equal(names, schema["$defs"]![definition]!["enum"]!.AsArray().Select(v => v!.GetValue<string>()));
        }

        public static IEnumerable<object[]> AnnotationFiles() =>
            Directory.EnumerateFiles(Path.Combine(Root, "data", "kazakhstan-2022"), "*.yaml", SearchOption.AllDirectories)
                .Select(path => Path.GetRelativePath(Root, path).Replace('\\', '/'))
                .OrderBy(path => path, StringComparer.Ordinal)
                .Select(path => new object[] { path });

        [Theory]
        [MemberData(nameof(AnnotationFiles))]
        public void EveryAnnotationFileConformsToTheEditorSchema(string file)
        {
            var errors = Errors(AnnotationSchema.Value, Json(File.ReadAllText(Path.Combine(Root, file))));
            Assert.True(errors.Count == 0, file + ":\n" + string.Join("\n", errors));
        }

        [Theory]
        [InlineData("actors:\n  - { id: a, kind: person, name: A, nmae: B }\n")]
        [InlineData("actors:\n  - { id: a, kind: persons, name: A }\n")]
        [InlineData("actors:\n  - { id: a, name: A }\n")]
        [InlineData("figures:\n  - { id: f, measure: killed, subject: s, value: eight, qualifier: exact, low: eight, high: 8, unit: people, evidence: { quote: q } }\n")]
        public void TheEditorSchemaRejectsABadFile(string yaml) =>
            Assert.NotEmpty(Errors(AnnotationSchema.Value, Json(yaml)));

        [Fact]
        public void YamlScalarsAreTypedAsAnEditorTypesThem()
        {
            var json = Json("a: 317\nb: \"317\"\nc: 2022-01-05\nd: ~\ne: true\nf: 0.5\ng: [x, 1]\n");

            Assert.Equal("{\"a\":317,\"b\":\"317\",\"c\":\"2022-01-05\",\"d\":null,\"e\":true,\"f\":0.5,\"g\":[\"x\",1]}", json.GetRawText());
        }

        // YAML to JSON as the YAML language server reads it: plain scalars typed by YAML 1.2's core schema (null,
        // booleans, integers, floats; everything else, dates included, a string), quoted scalars always strings.
        private static JsonElement Json(string yaml)
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(yaml));
            return JsonSerializer.SerializeToElement(ToJson(stream.Documents.Single().RootNode));
        }

        private static JsonNode? ToJson(YamlNode node)
        {
            switch (node)
            {
                case YamlMappingNode mapping:
                    var obj = new JsonObject();
                    foreach (var pair in mapping.Children)
                    {
                        obj.Add(((YamlScalarNode)pair.Key).Value!, ToJson(pair.Value));
                    }

                    return obj;
                case YamlSequenceNode sequence:
                    return new JsonArray(sequence.Children.Select(ToJson).ToArray());
                case YamlScalarNode scalar when scalar.Style != ScalarStyle.Plain:
                    return JsonValue.Create(scalar.Value);
                case YamlScalarNode scalar:
                    var value = scalar.Value ?? string.Empty;
                    if (value is "" or "~" or "null" or "Null" or "NULL")
                    {
                        return null;
                    }

                    if (value is "true" or "True" or "TRUE" or "false" or "False" or "FALSE")
                    {
                        return JsonValue.Create(value.StartsWith("t", StringComparison.OrdinalIgnoreCase));
                    }

                    if (CoreInteger.IsMatch(value) || CoreFloat.IsMatch(value))
                    {
                        return JsonNode.Parse(value.TrimStart('+').StartsWith('.') ? "0" + value.TrimStart('+') : value.TrimStart('+'));
                    }

                    return JsonValue.Create(value);
                default:
                    throw new InvalidOperationException("Unexpected YAML node " + node.GetType().Name);
            }
        }
    }
}
