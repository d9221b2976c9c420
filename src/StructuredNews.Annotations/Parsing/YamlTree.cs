namespace StructuredNews.Annotations.Parsing
{
    // A minimal YAML tree with a span on every node. It lives only inside one parse call and never enters the
    // pipeline model, so it need not be equatable.

    internal abstract class YamlNode
    {
        protected YamlNode(SourceSpan span) => Span = span;

        public SourceSpan Span { get; }

        public abstract string Describe();
    }

    internal sealed class YamlScalar : YamlNode
    {
        public YamlScalar(SourceSpan span, string value, bool isPlain)
            : base(span)
        {
            Value = value;
            IsPlain = isPlain;
        }

        public string Value { get; }

        /// <summary>Unquoted; only plain scalars can mean null.</summary>
        public bool IsPlain { get; }

        public bool IsNull => IsPlain && (Value.Length == 0 || Value == "~" || Value == "null" || Value == "Null" || Value == "NULL");

        public override string Describe() => IsNull ? "nothing (null)" : "a scalar";
    }

    internal sealed class YamlSequence : YamlNode
    {
        public YamlSequence(SourceSpan span, List<YamlNode> items)
            : base(span) => Items = items;

        public List<YamlNode> Items { get; }

        public override string Describe() => "a sequence";
    }

    internal sealed class YamlMapping : YamlNode
    {
        public YamlMapping(SourceSpan span, List<KeyValuePair<YamlScalar, YamlNode>> entries)
            : base(span) => Entries = entries;

        public List<KeyValuePair<YamlScalar, YamlNode>> Entries { get; }

        public override string Describe() => "a mapping";
    }
}
