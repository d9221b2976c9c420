using System.Collections.Immutable;
using System.IO;
using System.Threading;
using Microsoft.CodeAnalysis;
using StructuredNews.Annotations.Parsing;
using StructuredNews.Annotations.Validation;

namespace StructuredNews.Annotations
{
    /// <summary>
    /// The engine as tools use it, over annotation files and article texts read by the caller: the generator's own
    /// parsing and checks, so a tool reports what a build reports, at the same places.
    /// </summary>
    public static partial class AnnotationEngine
    {
        /// <summary>
        /// Every diagnostic a build of these files would report, in a stable order. Paths are keyed relative to
        /// <paramref name="projectDirectory"/> as the generator keys them; without one, relative to the deepest
        /// folder holding every annotation file (so that files of one name in different folders stay apart).
        /// </summary>
        public static ImmutableArray<Diagnostic> Validate(
            IEnumerable<(string Path, string Text)> annotations,
            IEnumerable<(string Path, string Text)> articles,
            string? projectDirectory,
            CancellationToken cancellationToken = default)
        {
            var (files, texts) = Read(annotations, articles, projectDirectory, cancellationToken);
            return DatasetValidator.Validate(files, texts, cancellationToken).Select(d => d.ToDiagnostic()).ToImmutableArray();
        }

        // Parsing and the article texts, as the generator's first steps give them.
        private static (ImmutableArray<Model.AnnotationFile> Files, ArticleTextTable Texts) Read(
            IEnumerable<(string Path, string Text)> annotations,
            IEnumerable<(string Path, string Text)> articles,
            string? projectDirectory,
            CancellationToken cancellationToken)
        {
            var sources = annotations.ToList();
            projectDirectory ??= ProjectPath.CommonDirectory(sources.Select(a => a.Path));

            // Files parse independently: on every core, in input order.
            var files = sources
                .AsParallel().AsOrdered().WithCancellation(cancellationToken)
                .Select(a => AnnotationParser.Parse(a.Path, ProjectPath.Relative(a.Path, projectDirectory), a.Text, cancellationToken))
                .ToImmutableArray();
            var seeds = articles.Select(a => new SeedText(Path.GetFileName(a.Path), a.Path, a.Text));
            return (files, ArticleTextTable.Join(files.Select(ArticleTextTable.Declared), seeds));
        }
    }
}
