using Microsoft.CodeAnalysis;

namespace StructuredNews.Annotations.Model
{
    /// <summary>A diagnostic as a value: descriptor id, where, the message arguments, and related locations.</summary>
    public sealed record DiagnosticInfo(string Id, SourceSpan Span, EquatableArray<string> Arguments, EquatableArray<SourceSpan> AdditionalSpans)
    {
        public static DiagnosticInfo Create(DiagnosticDescriptor descriptor, SourceSpan span, params string[] arguments) =>
            new DiagnosticInfo(descriptor.Id, span, arguments.ToEquatableArray(), EquatableArray<SourceSpan>.Empty);

        public static DiagnosticInfo Create(DiagnosticDescriptor descriptor, SourceSpan span, SourceSpan related, params string[] arguments) =>
            new DiagnosticInfo(descriptor.Id, span, arguments.ToEquatableArray(), new[] { related }.ToEquatableArray());

        public Diagnostic ToDiagnostic() =>
            Diagnostic.Create(
                DiagnosticDescriptors.ById(Id),
                Span.ToLocation(),
                AdditionalSpans.Select(s => s.ToLocation()),
                Arguments.Select(OneLine).Cast<object>().ToArray());

        // A diagnostic is one line ("file(3,5): error SN0012: ..."): line breaks quoted from a text become visible escapes.
        private static string OneLine(string argument) =>
            argument.IndexOfAny(LineBreaks.ToCharArray()) < 0 ? argument
            : argument.Replace("\r\n", "\\r\\n").Replace("\n", "\\n").Replace("\r", "\\r").Replace("\u0085", "\\u0085").Replace("\u2028", "\\u2028").Replace("\u2029", "\\u2029");

        private const string LineBreaks = "\r\n\u0085\u2028\u2029";
    }
}
