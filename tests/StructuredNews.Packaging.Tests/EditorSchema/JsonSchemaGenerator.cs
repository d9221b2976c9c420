using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Reflection;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using StructuredNews.Annotations.Parsing;

namespace StructuredNews.Packaging.Tests.EditorSchema
{
    /// <summary>
    /// Writes docs/structurednews.schema.json, the JSON Schema (draft-07, what the YAML language server supports
    /// best) of annotation files, from the generator's one description of them: every section of
    /// <see cref="AnnotationSchema"/> becomes a definition with its keys, required keys and descriptions, closed with
    /// <c>additionalProperties: false</c>; enum keys list <see cref="Vocabulary{T}.Names"/>, the exact spellings the
    /// parser accepts; event sub-types are tied to their type through <see cref="EventTaxonomy"/>.
    /// </summary>
    internal static class JsonSchemaGenerator
    {
        public const string SchemaId = "https://raw.githubusercontent.com/structurednews/structurednews/main/docs/structurednews.schema.json";

        /// <summary>What <see cref="Emission.Identifiers"/> accepts as an id, in ECMA-262 syntax: a letter, then letters, digits, '-' and '_' (non-ASCII letters approximated by ranges).</summary>
        public const string IdPattern = @"^[A-Za-z\u00C0-\u02AF\u0370-\u1FFF\u3040-\uD7FF][A-Za-z0-9\u00C0-\u02AF\u0370-\u1FFF\u3040-\uD7FF_-]*$";

        public const string DatePattern = @"^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$";

        public const string NumberPattern = @"^[+-]?([0-9]+(\.[0-9]*)?|\.[0-9]+)([eE][+-]?[0-9]+)?$";

        public const string PositiveIntegerPattern = @"^[1-9][0-9]*$";

        public const string LanguageTagPattern = @"^[A-Za-z0-9-]{2,35}$";

        /// <summary>The sections, by the name of their <see cref="AnnotationSchema"/> field, in declaration order.</summary>
        public static IReadOnlyList<(string Name, SectionSchema Section)> Sections() =>
            typeof(AnnotationSchema).GetFields(BindingFlags.Public | BindingFlags.Static)
                .Where(f => f.FieldType == typeof(SectionSchema))
                .OrderBy(f => f.MetadataToken)
                .Select(f => (f.Name, (SectionSchema)f.GetValue(null)!))
                .ToList();

        /// <summary>The spellings the parser accepts for an enum: <c>Vocabulary&lt;T&gt;.Names</c>.</summary>
        public static ImmutableArray<string> EnumNames(Type enumType) =>
            (ImmutableArray<string>)typeof(Vocabulary<>).MakeGenericType(enumType).GetProperty(nameof(Vocabulary<DatePrecision>.Names))!.GetValue(null)!;

        public static string Generate()
        {
            var sections = Sections();
            var file = sections.Single(s => ReferenceEquals(s.Section, AnnotationSchema.File)).Section;
            string NameOf(SectionSchema section) =>
                sections.FirstOrDefault(s => ReferenceEquals(s.Section, section)).Name is { } name
                    ? Camel(name)
                    : throw new InvalidOperationException("Nested schema '" + section.Description + "' is not a public static field of AnnotationSchema.");

            var definitions = new JsonObject();
            foreach (var (name, section) in sections.Where(s => !ReferenceEquals(s.Section, file)))
            {
                definitions[Camel(name)] = Section(section, NameOf);
            }

            var root = new JsonObject
            {
                ["$schema"] = "http://json-schema.org/draft-07/schema#",
                ["$id"] = SchemaId,
                ["title"] = "StructuredNews annotation file",
                ["description"] = "A YAML file of StructuredNews annotations (docs/schema.md). Generated from StructuredNews.Generators.Parsing.AnnotationSchema by tests/StructuredNews.Packaging.Tests; do not edit by hand.",
            };
            foreach (var property in Section(file, NameOf).Where(p => p.Key != "title"))
            {
                root[property.Key] = property.Value?.DeepClone();
            }

            root["definitions"] = definitions;
            return Serialize(root);
        }

        private static JsonObject Section(SectionSchema section, Func<SectionSchema, string> nameOf)
        {
            var properties = new JsonObject();
            foreach (var field in section.Fields)
            {
                properties[field.Name] = Field(field, nameOf);
            }

            var schema = new JsonObject
            {
                ["title"] = section.Description,
                ["type"] = "object",
                ["properties"] = properties,
            };
            if (section.Required.Length > 0)
            {
                schema["required"] = new JsonArray(section.Required.Select(r => (JsonNode)r!).ToArray());
            }

            schema["additionalProperties"] = false;
            var taxonomy = Taxonomy(section);
            if (taxonomy.Count > 0)
            {
                schema["allOf"] = taxonomy;
            }

            return schema;
        }

        private static JsonObject Field(FieldSchema field, Func<SectionSchema, string> nameOf)
        {
            var schema = new JsonObject { ["description"] = field.Description };
            switch (field.Kind)
            {
                case FieldKind.Text:
                    // Any scalar: the parser reads plain 317 or true as text, as the YAML language server reads them as a number or a boolean.
                    schema["type"] = Types("string", "number", "boolean");
                    break;
                case FieldKind.Id:
                case FieldKind.Reference:
                    schema["type"] = "string";
                    schema["pattern"] = IdPattern;
                    schema["maxLength"] = StructuredNews.Annotations.Model.Ids.MaxLength;
                    break;
                case FieldKind.References:
                    schema["type"] = "array";
                    schema["items"] = new JsonObject { ["type"] = "string", ["pattern"] = IdPattern, ["maxLength"] = StructuredNews.Annotations.Model.Ids.MaxLength };
                    break;
                case FieldKind.Texts:
                    schema["type"] = "array";
                    schema["items"] = new JsonObject { ["type"] = Types("string", "number", "boolean") };
                    break;
                case FieldKind.Date:
                    schema["type"] = "string";
                    schema["pattern"] = DatePattern;
                    break;
                case FieldKind.Number:
                    schema["type"] = Types("number", "string");
                    schema["pattern"] = NumberPattern;
                    break;
                case FieldKind.PositiveInteger:
                    schema["type"] = Types("integer", "string");
                    schema["minimum"] = 1;
                    schema["pattern"] = PositiveIntegerPattern;
                    break;
                case FieldKind.Enum:
                    schema["type"] = "string";
                    schema["enum"] = new JsonArray(EnumNames(field.EnumType ?? throw new InvalidOperationException(field.Name + " has no enum type")).Select(n => (JsonNode)n!).ToArray());
                    break;
                case FieldKind.LanguageNames:
                    schema["type"] = "object";
                    schema["propertyNames"] = new JsonObject { ["pattern"] = LanguageTagPattern };
                    schema["additionalProperties"] = new JsonObject { ["type"] = Types("string", "number", "boolean") };
                    break;
                case FieldKind.Mapping:
                    schema["type"] = "object";
                    schema["allOf"] = new JsonArray(Ref(nameOf(Nested(field))));
                    break;
                case FieldKind.Sequence:
                    schema["type"] = "array";
                    schema["items"] = Ref(nameOf(Nested(field)));
                    break;
                default:
                    throw new InvalidOperationException("No JSON Schema for field kind " + field.Kind + " (key '" + field.Name + "'): teach JsonSchemaGenerator about it.");
            }

            return schema;
        }

        /// <summary>For a section with an <see cref="EventType"/> key and an <see cref="EventSubType"/> key: which sub-types each type allows.</summary>
        private static JsonArray Taxonomy(SectionSchema section)
        {
            var result = new JsonArray();
            var type = section.Fields.FirstOrDefault(f => f.EnumType == typeof(EventType));
            var subType = section.Fields.FirstOrDefault(f => f.EnumType == typeof(EventSubType));
            if (type == null || subType == null)
            {
                return result;
            }

            foreach (var group in Enum.GetValues<EventSubType>().GroupBy(EventTaxonomy.TypeOf))
            {
                result.Add(new JsonObject
                {
                    ["if"] = new JsonObject
                    {
                        ["properties"] = new JsonObject { [type.Name] = new JsonObject { ["const"] = Vocabulary<EventType>.NameOf(group.Key) } },
                        ["required"] = new JsonArray(type.Name),
                    },
                    ["then"] = new JsonObject
                    {
                        ["properties"] = new JsonObject
                        {
                            [subType.Name] = new JsonObject { ["enum"] = new JsonArray(group.Select(s => (JsonNode)Vocabulary<EventSubType>.NameOf(s)!).ToArray()) },
                        },
                    },
                });
            }

            return result;
        }

        private static SectionSchema Nested(FieldSchema field) =>
            field.Nested ?? throw new InvalidOperationException("Key '" + field.Name + "' is a " + field.Kind + " without a nested schema.");

        private static JsonObject Ref(string definition) => new JsonObject { ["$ref"] = "#/definitions/" + definition };

        private static JsonArray Types(params string[] types) => new JsonArray(types.Select(t => (JsonNode)t!).ToArray());

        private static string Camel(string pascal) => char.ToLowerInvariant(pascal[0]) + pascal.Substring(1);

        private static string Serialize(JsonNode root)
        {
            var options = new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
            return root.ToJsonString(options).Replace("\r\n", "\n") + "\n";
        }
    }
}
