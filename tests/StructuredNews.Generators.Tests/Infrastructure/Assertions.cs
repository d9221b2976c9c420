using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Xunit;

namespace StructuredNews.Generators.Tests.Infrastructure
{
    public static class Assertions
    {
        public static string Format(IEnumerable<Diagnostic> diagnostics) =>
            string.Join("\n", diagnostics.Select(d => "  " + d));

        /// <summary>No diagnostic of warning severity or above.</summary>
        public static void NoWarningsOrErrors(IEnumerable<Diagnostic> diagnostics, string what)
        {
            var bad = diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();
            Assert.True(bad.Count == 0, what + " has " + bad.Count + " warnings or errors:\n" + Format(bad));
        }

        /// <summary>No C# error in the compilation that includes the generated sources.</summary>
        public static void CompilesWithoutErrors(GeneratorRun run)
        {
            var errors = run.CompilationErrors.ToList();
            Assert.True(errors.Count == 0, "the generated code has C# errors:\n" + Format(errors));
            Assert.DoesNotContain(run.GeneratorDiagnostics, d => d.Id.StartsWith("CS", System.StringComparison.Ordinal));
        }
    }
}
