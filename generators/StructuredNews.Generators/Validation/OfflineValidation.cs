using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using StructuredNews.Generators.Model;
using StructuredNews.Generators.Parsing;

namespace StructuredNews.Generators.Validation
{
    /// <summary>
    /// The generator's parsing and validation, run outside the compiler (<c>sn validate</c>): the same code, so the
    /// same diagnostics at the same places as a build.
    /// </summary>
    internal static class OfflineValidation
    {
        public static ImmutableArray<Diagnostic> Validate(
            IEnumerable<(string Path, string Text)> annotations,
            IEnumerable<(string Path, string Text)> articles,
            string? projectDirectory,
            CancellationToken cancellationToken = default)
        {
            var files = annotations
                .Select(a => AnnotationParser.Parse(a.Path, Inputs.RelativePath(a.Path, projectDirectory), a.Text, cancellationToken))
                .ToImmutableArray();
            var seeds = articles.Select(a => new SeedText(Path.GetFileName(a.Path), a.Path, a.Text));
            var texts = ArticleTexts.Join(files.Select(ArticleTexts.Declared), seeds);
            return DatasetValidator.Validate(files, texts, cancellationToken).Select(d => d.ToDiagnostic()).ToImmutableArray();
        }
    }
}
