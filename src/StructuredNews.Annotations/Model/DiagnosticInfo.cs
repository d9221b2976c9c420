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
                Arguments.Cast<object>().ToArray());
    }
}
