using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace StructuredNews.Packaging.Tests.EditorSchema
{
    /// <summary>
    /// Checks a YAML document against the editor schema the way an editor would: plain scalars typed by YAML 1.2's
    /// core schema (the YAML language server's default), then the keywords the generated schema uses
    /// ($ref, type, properties, required, additionalProperties, propertyNames, items, enum, const, pattern, minimum,
    /// maxLength, allOf, if/then). Small on purpose: no JSON Schema package needed.
    /// </summary>
    internal sealed class YamlSchemaValidator
    {
        private static readonly Regex CoreInteger = new Regex(@"^([-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$", RegexOptions.CultureInvariant);
        private static readonly Regex CoreFloat = new Regex(@"^([-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?|[-+]?\.(inf|Inf|INF)|\.nan|\.NaN|\.NAN)$", RegexOptions.CultureInvariant);

        private readonly JsonObject root;

        public YamlSchemaValidator(JsonObject root)
        {
            this.root = root;
        }

        public List<string> Validate(YamlNode node)
        {
            var errors = new List<string>();
            Check(node, root, "$", errors);
            return errors;
        }

        private void Check(YamlNode node, JsonObject schema, string path, List<string> errors)
        {
            if (schema["$ref"] is JsonValue reference)
            {
                Check(node, Resolve(reference.GetValue<string>()), path, errors);
            }

            var type = TypeOf(node);
            if (schema["type"] is { } types)
            {
                var allowed = types is JsonArray array ? array.Select(t => t!.GetValue<string>()).ToList() : new List<string> { types.GetValue<string>() };
                if (!allowed.Any(a => a == type || (a == "number" && type == "integer")))
                {
                    errors.Add(Where(node, path) + ": expected " + string.Join(" or ", allowed) + ", found " + type);
                    return;
                }
            }

            if (node is YamlScalarNode scalar)
            {
                var value = scalar.Value ?? "";
                if (schema["enum"] is JsonArray values && !values.Any(v => v!.ToString() == value))
                {
                    errors.Add(Where(node, path) + ": '" + value + "' is not one of " + string.Join(", ", values));
                }

                if (schema["const"] is JsonValue constant && constant.ToString() != value)
                {
                    errors.Add(Where(node, path) + ": expected '" + constant + "'");
                }

                if (type == "string")
                {
                    if (schema["pattern"] is JsonValue pattern && !Regex.IsMatch(value, pattern.GetValue<string>(), RegexOptions.CultureInvariant))
                    {
                        errors.Add(Where(node, path) + ": '" + value + "' does not match " + pattern);
                    }

                    if (schema["maxLength"] is JsonValue maxLength && value.Length > maxLength.GetValue<int>())
                    {
                        errors.Add(Where(node, path) + ": longer than " + maxLength);
                    }
                }

                if ((type == "integer" || type == "number") && schema["minimum"] is JsonValue minimum &&
                    double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && number < minimum.GetValue<double>())
                {
                    errors.Add(Where(node, path) + ": " + value + " is less than " + minimum);
                }
            }

            if (node is YamlMappingNode mapping)
            {
                var properties = schema["properties"] as JsonObject;
                foreach (var entry in mapping.Children)
                {
                    var key = ((YamlScalarNode)entry.Key).Value ?? "";
                    var childPath = path + "." + key;
                    if (schema["propertyNames"] is JsonObject names)
                    {
                        Check(entry.Key, names, childPath, errors);
                    }

                    if (properties?[key] is JsonObject property)
                    {
                        Check(entry.Value, property, childPath, errors);
                    }
                    else if (schema["additionalProperties"] is JsonValue additional && !additional.GetValue<bool>())
                    {
                        errors.Add(Where(entry.Key, childPath) + ": key '" + key + "' is not allowed here");
                    }
                    else if (schema["additionalProperties"] is JsonObject additionalSchema)
                    {
                        Check(entry.Value, additionalSchema, childPath, errors);
                    }
                }

                if (schema["required"] is JsonArray required)
                {
                    foreach (var key in required.Select(r => r!.GetValue<string>()))
                    {
                        if (!mapping.Children.ContainsKey(new YamlScalarNode(key)))
                        {
                            errors.Add(Where(node, path) + ": missing required key '" + key + "'");
                        }
                    }
                }
            }

            if (node is YamlSequenceNode sequence && schema["items"] is JsonObject items)
            {
                var index = 0;
                foreach (var item in sequence.Children)
                {
                    Check(item, items, path + "[" + index++ + "]", errors);
                }
            }

            if (schema["allOf"] is JsonArray all)
            {
                foreach (var part in all.OfType<JsonObject>())
                {
                    if (part["if"] is JsonObject condition)
                    {
                        var probe = new List<string>();
                        Check(node, condition, path, probe);
                        if (probe.Count == 0 && part["then"] is JsonObject then)
                        {
                            Check(node, then, path, errors);
                        }
                    }
                    else
                    {
                        Check(node, part, path, errors);
                    }
                }
            }
        }

        private JsonObject Resolve(string reference)
        {
            const string Prefix = "#/definitions/";
            if (!reference.StartsWith(Prefix, StringComparison.Ordinal) || root["definitions"]?[reference.Substring(Prefix.Length)] is not JsonObject target)
            {
                throw new InvalidOperationException("Unresolvable $ref " + reference);
            }

            return target;
        }

        /// <summary>The JSON type an editor sees: YAML 1.2 core schema for plain scalars, string for quoted ones.</summary>
        internal static string TypeOf(YamlNode node)
        {
            switch (node)
            {
                case YamlMappingNode:
                    return "object";
                case YamlSequenceNode:
                    return "array";
                case YamlScalarNode scalar when scalar.Style != ScalarStyle.Plain:
                    return "string";
                case YamlScalarNode scalar:
                    var value = scalar.Value ?? "";
                    if (value is "" or "~" or "null" or "Null" or "NULL")
                    {
                        return "null";
                    }

                    if (value is "true" or "True" or "TRUE" or "false" or "False" or "FALSE")
                    {
                        return "boolean";
                    }

                    if (CoreInteger.IsMatch(value))
                    {
                        return "integer";
                    }

                    return CoreFloat.IsMatch(value) ? "number" : "string";
                default:
                    return "unknown";
            }
        }

        private static string Where(YamlNode node, string path) => "(" + node.Start.Line + "," + node.Start.Column + ") " + path;
    }
}
