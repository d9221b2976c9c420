using System.Linq;
using Microsoft.CodeAnalysis;
using Xunit;

namespace StructuredNews.Generators.Tests.Infrastructure
{
    public static class DiagnosticAssert
    {
        /// <summary>The one diagnostic with <paramref name="id"/>; fails listing every diagnostic otherwise.</summary>
        public static Diagnostic Single(GeneratorRun run, string id)
        {
            var matches = run.WithId(id);
            Assert.True(matches.Length == 1, "expected one " + id + ", got " + matches.Length + ":\n" + Assertions.Format(run.GeneratorDiagnostics));
            return matches[0];
        }

        /// <summary>Where the diagnostic points: file and 0-based (line, column) of start and end, as Roslyn reports them.</summary>
        public static void At(Diagnostic diagnostic, string path, int startLine, int startColumn, int endLine, int endColumn) =>
            At(diagnostic.Location, path, startLine, startColumn, endLine, endColumn, diagnostic.ToString());

        public static void At(Location location, string path, int startLine, int startColumn, int endLine, int endColumn, string? what = null)
        {
            var span = location.GetLineSpan();
            Assert.True(location.IsInSource || location.Kind == LocationKind.ExternalFile, "no file location: " + what);
            Assert.Equal(path, span.Path);
            var expected = "(" + startLine + "," + startColumn + ")-(" + endLine + "," + endColumn + ")";
            var actual = "(" + span.StartLinePosition.Line + "," + span.StartLinePosition.Character + ")-(" + span.EndLinePosition.Line + "," + span.EndLinePosition.Character + ")";
            Assert.True(expected == actual, "location of " + what + ": expected " + expected + ", actual " + actual);
        }

        public static void IsError(Diagnostic diagnostic) => Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);

        public static void None(GeneratorRun run, params string[] ids)
        {
            var found = run.GeneratorDiagnostics.Where(d => ids.Contains(d.Id)).ToList();
            Assert.True(found.Count == 0, "unexpected:\n" + Assertions.Format(found));
        }
    }
}
