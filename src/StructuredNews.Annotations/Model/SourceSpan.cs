using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace StructuredNews.Annotations.Model
{
    /// <summary>
    /// Where a node is in a YAML file: the pipeline keeps this value instead of a Roslyn <see cref="Location"/>,
    /// which does not compare by value; the location is made only when a diagnostic is reported.
    /// Lines and columns are 0-based, as in Roslyn. A struct: every node and spec has one, and as objects they
    /// were a good part of parsing's garbage and of what each collection had to trace.
    /// </summary>
    public readonly record struct SourceSpan(string Path, int Start, int Length, int StartLine, int StartColumn, int EndLine, int EndColumn)
    {
        public Location ToLocation() =>
            Location.Create(
                Path,
                new TextSpan(Start, Length),
                new LinePositionSpan(new LinePosition(StartLine, StartColumn), new LinePosition(EndLine, EndColumn)));

        /// <summary>The start of a file, for problems with a file as a whole.</summary>
        public static SourceSpan FileStart(string path) => new SourceSpan(path, 0, 0, 0, 0, 0, 0);
    }
}
