using System.Collections.Immutable;
using System.Globalization;

namespace StructuredNews.Annotations.Parsing
{
    /// <summary>
    /// Reads the values of one YAML mapping against its <see cref="SectionSchema"/>. Problems become diagnostics
    /// at the offending node and the getter returns <see langword="null"/>, so parsing always goes on.
    /// </summary>
    internal sealed class MappingReader
    {
        // The entry of each schema key, by its slot in the schema (Key null: absent). One small array per reader
        // instead of a dictionary: readers are made for every mapping, and their dictionaries were much of parsing's garbage.
        private readonly KeyValuePair<YamlScalar, YamlNode>[] entries;
        private readonly List<DiagnosticInfo> diagnostics;
        private readonly SectionSchema schema;

        public MappingReader(YamlMapping mapping, SectionSchema schema, List<DiagnosticInfo> diagnostics)
        {
            Mapping = mapping;
            this.schema = schema;
            this.diagnostics = diagnostics;
            entries = new KeyValuePair<YamlScalar, YamlNode>[schema.Keys.Length];
            foreach (var entry in mapping.Entries)
            {
                var key = entry.Key.Value;
                var slot = schema.SlotOf(key);
                if (slot < 0)
                {
                    var suggestion = Messages.Suggest(key, schema.Keys);
                    Report(DiagnosticDescriptors.UnknownKey, entry.Key.Span, key, schema.Description,
                        suggestion == null ? "" : " (did you mean '" + suggestion + "'?)", string.Join(", ", schema.Keys));
                }
                else if (entries[slot].Key is { } first)
                {
                    diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.DuplicateSection, entry.Key.Span, first.Span,
                        "The key '" + key + "'", "line " + (first.Span.StartLine + 1).ToString(CultureInfo.InvariantCulture) + " of this mapping"));
                }
                else
                {
                    entries[slot] = entry;
                }
            }

            foreach (var required in schema.Required)
            {
                if (!TryGetEntry(required, out var entry))
                {
                    Report(DiagnosticDescriptors.MissingKey, mapping.Span, Capitalize(schema.Description), required);
                }
                else if (IsBlank(entry.Value))
                {
                    // Reported here, at the value: the entity is then left out, and references to it would otherwise
                    // say only that its id is unknown.
                    Report(DiagnosticDescriptors.EmptyValue, entry.Value.Span, required, Capitalize(schema.Description) + " needs it: write one.");
                }
            }
        }

        public YamlMapping Mapping { get; }

        public bool Has(string key) => TryGetEntry(key, out var entry) && !(entry.Value is YamlScalar { IsNull: true });

        /// <summary>Where the value of <paramref name="key"/> is; callers ask only after reading a value for it.</summary>
        public SourceSpan SpanOf(string key) =>
            TryGetEntry(key, out var entry) ? entry.Value.Span : throw new KeyNotFoundException("No '" + key + "' in this mapping.");

        /// <summary>Where the value of <paramref name="key"/> is, or null when the key is absent.</summary>
        public SourceSpan? OptionalSpanOf(string key) => TryGetEntry(key, out var entry) ? entry.Value.Span : null;

        private bool TryGetEntry(string key, out KeyValuePair<YamlScalar, YamlNode> entry)
        {
            var slot = schema.SlotOf(key);
            entry = slot < 0 ? default : entries[slot];
            return entry.Key != null;
        }

        /// <summary>The value of a key; null when absent, null, or (for a required key, reported) blank.</summary>
        public YamlNode? Node(string key)
        {
            if (!TryGetEntry(key, out var entry))
            {
                return null;
            }

            return entry.Value is YamlScalar { IsNull: true } || (IsBlank(entry.Value) && schema.Required.Contains(key)) ? null : entry.Value;
        }

        // A scalar that says nothing: null, empty, or only white space.
        private static bool IsBlank(YamlNode node) => node is YamlScalar scalar && (scalar.IsNull || string.IsNullOrWhiteSpace(scalar.Value));

        public string? Text(string key) => Node(key) is { } node ? AsText(node, key) : null;

        public Ref? Reference(string key) => Node(key) is { } node ? AsReference(node, key) : null;

        public string? Date(string key) => Node(key) is { } node ? AsDate(node, key) : null;

        public decimal? Decimal(string key)
        {
            var text = Text(key);
            if (text == null)
            {
                return null;
            }

            if (decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent, CultureInfo.InvariantCulture, out var value))
            {
                return value;
            }

            Report(DiagnosticDescriptors.InvalidNumber, SpanOf(key), text, key, "write a number such as 12 or 0.72");
            return null;
        }

        public double? Coordinate(string key, double limit)
        {
            var value = Decimal(key);
            if (value is { } v && Math.Abs(v) > (decimal)limit)
            {
                Report(DiagnosticDescriptors.InvalidNumber, SpanOf(key), v.ToString(CultureInfo.InvariantCulture), key,
                    "degrees must lie between -" + limit.ToString(CultureInfo.InvariantCulture) + " and " + limit.ToString(CultureInfo.InvariantCulture));
                return null;
            }

            return value is { } d ? (double)d : null;
        }

        public int? PositiveInteger(string key)
        {
            var text = Text(key);
            if (text == null)
            {
                return null;
            }

            if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= 1)
            {
                return value;
            }

            Report(DiagnosticDescriptors.InvalidNumber, SpanOf(key), text, key, "write a whole number of 1 or more");
            return null;
        }

        public T? Enum<T>(string key, string description)
            where T : struct, Enum
        {
            if (schema.Field(key)?.EnumType != typeof(T))
            {
                // The schema (and so the editor schema generated from it) must name the enum the parser reads.
                throw new InvalidOperationException("Schema of " + schema.Description + " does not declare '" + key + "' as " + typeof(T).Name);
            }

            var text = Text(key);
            if (text == null)
            {
                return null;
            }

            if (Vocabulary<T>.TryParse(text, out var value))
            {
                return value;
            }

            Report(DiagnosticDescriptors.InvalidEnumValue, SpanOf(key), text, description, Vocabulary<T>.AllowedList);
            return null;
        }

        public List<YamlNode> Items(string key)
        {
            var node = Node(key);
            switch (node)
            {
                case null:
                    return new List<YamlNode>();
                case YamlSequence sequence:
                    return sequence.Items;
                default:
                    Report(DiagnosticDescriptors.WrongShape, node.Span, node.Describe(), "a sequence under '" + key + "'");
                    return new List<YamlNode>();
            }
        }

        public EquatableArray<string> Texts(string key) => ReadItems(key, AsNonBlankText);

        public EquatableArray<Spelling> Spellings(string key) => ReadItems(key, (node, k) => AsNonBlankText(node, k) is { } text ? new Spelling(text, node.Span) : null);

        // An item of a list of texts (aliases, ...): a blank one is reported and left out.
        private string? AsNonBlankText(YamlNode node, string key)
        {
            if (IsBlank(node))
            {
                Report(DiagnosticDescriptors.EmptyValue, node.Span, "An item of '" + key + "'", "Write it or remove the item.");
                return null;
            }

            return AsText(node, key);
        }

        public EquatableArray<Ref> References(string key) => ReadItems(key, AsReference);

        // The items of a sequence that read well. Most such keys are absent or short, so the absent case allocates nothing.
        private EquatableArray<T> ReadItems<T>(string key, Func<YamlNode, string, T?> read)
            where T : class, IEquatable<T>
        {
            if (Node(key) == null)
            {
                return EquatableArray<T>.Empty;
            }

            var items = Items(key);
            var values = ImmutableArray.CreateBuilder<T>(items.Count);
            foreach (var item in items)
            {
                if (read(item, key) is { } value)
                {
                    values.Add(value);
                }
            }

            return new EquatableArray<T>(values.Count == values.Capacity ? values.MoveToImmutable() : values.ToImmutable());
        }

        public EquatableArray<LocalizedName> Names(string key)
        {
            var node = Node(key);
            if (node == null)
            {
                return EquatableArray<LocalizedName>.Empty;
            }

            if (node is not YamlMapping mapping)
            {
                Report(DiagnosticDescriptors.WrongShape, node.Span, node.Describe(), "a mapping of language tags to names under '" + key + "'");
                return EquatableArray<LocalizedName>.Empty;
            }

            var names = new List<LocalizedName>();
            var seen = new Dictionary<string, YamlScalar>(StringComparer.OrdinalIgnoreCase);
            foreach (var entry in mapping.Entries)
            {
                if (!IsLanguageTag(entry.Key.Value))
                {
                    Report(DiagnosticDescriptors.InvalidEnumValue, entry.Key.Span, entry.Key.Value, "BCP 47 language tag", "tags such as en, da, ru, kk");
                }
                else if (seen.TryGetValue(entry.Key.Value, out var first))
                {
                    diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.DuplicateSection, entry.Key.Span, first.Span,
                        "The language '" + entry.Key.Value + "'", "line " + (first.Span.StartLine + 1).ToString(CultureInfo.InvariantCulture) + " of '" + key + "'"));
                }
                else if (IsBlank(entry.Value))
                {
                    seen.Add(entry.Key.Value, entry.Key);
                    Report(DiagnosticDescriptors.EmptyValue, entry.Value.Span, "The name in '" + entry.Key.Value + "'", "Write it or remove the language.");
                }
                else if (AsText(entry.Value, entry.Key.Value) is { } name)
                {
                    seen.Add(entry.Key.Value, entry.Key);
                    names.Add(new LocalizedName(entry.Key.Value, name, entry.Value.Span));
                }
            }

            return names.ToEquatableArray();
        }

        public string? AsText(YamlNode node, string key)
        {
            if (node is YamlScalar scalar && !scalar.IsNull)
            {
                return scalar.Value;
            }

            Report(DiagnosticDescriptors.WrongShape, node.Span, node.Describe(), "a text value for '" + key + "'");
            return null;
        }

        private Ref? AsReference(YamlNode node, string key)
        {
            var text = AsText(node, key);
            return text == null ? null : new Ref(text, node.Span);
        }

        private string? AsDate(YamlNode node, string key)
        {
            var text = AsText(node, key);
            if (text == null)
            {
                return null;
            }

            if (IsIsoDate(text))
            {
                return text;
            }

            Report(DiagnosticDescriptors.InvalidDate, node.Span, text);
            return null;
        }

        public void Report(Microsoft.CodeAnalysis.DiagnosticDescriptor descriptor, SourceSpan span, params string[] arguments) =>
            diagnostics.Add(DiagnosticInfo.Create(descriptor, span, arguments));

        // yyyy-MM-dd with a real day of a real month; by hand, because DateTime.TryParseExact was a twentieth of a
        // full generator run over 40,000 dated figures.
        internal static bool IsIsoDate(string text)
        {
            if (text.Length != 10 || text[4] != '-' || text[7] != '-')
            {
                return false;
            }

            int Digits(int start, int count)
            {
                var value = 0;
                for (var i = start; i < start + count; i++)
                {
                    if (text[i] < '0' || text[i] > '9')
                    {
                        return -1;
                    }

                    value = (value * 10) + (text[i] - '0');
                }

                return value;
            }

            var year = Digits(0, 4);
            var month = Digits(5, 2);
            var day = Digits(8, 2);
            return year >= 1 && month >= 1 && month <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month);
        }

        internal static bool IsLanguageTag(string tag) =>
            tag.Length is > 1 and < 36 && tag.All(c => c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '-');

        private static string Capitalize(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text.Substring(1);
    }
}
