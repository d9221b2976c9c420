using System.Collections.Immutable;
using System.IO;
using System.Threading;
using Microsoft.CodeAnalysis;
using StructuredNews.Annotations.Naming;
using StructuredNews.Annotations.Parsing;
using StructuredNews.Annotations.Tables;
using StructuredNews.Annotations.Validation;

namespace StructuredNews.Annotations
{
    public static partial class AnnotationEngine
    {
        /// <summary>
        /// Builds annotation files in memory as the generator compiles them: the diagnostics a build reports (as
        /// <see cref="Validate"/>), and a <see cref="NewsDataset"/> over the very tables the generated code would
        /// hold (one per file, written by <see cref="TableWriter"/>, in the generator's order), so a tool shows what
        /// a build of the same files would. Files are keyed relative to <paramref name="projectDirectory"/> as the
        /// generator keys them (without one, relative to the deepest folder holding every file, as in Validate). When no file has a <c>dataset</c> section, the dataset's id and title come from the
        /// generated class's name, as in a build: <paramref name="className"/> (see <see cref="DatasetClassName"/>).
        /// When there are errors, the dataset is what the generator writes nonetheless (a quote that was not found
        /// keeps its own text and no position); a build would fail.
        /// </summary>
        public static AnnotationBuild Build(
            IEnumerable<(string Path, string Text)> annotations,
            IEnumerable<(string Path, string Text)> articles,
            string? projectDirectory,
            string className,
            CancellationToken cancellationToken = default)
        {
            var texts = articles.ToList();
            var (files, table) = Read(annotations, texts, projectDirectory, cancellationToken);
            var diagnostics = DatasetValidator.Validate(files, table, cancellationToken).ToList();

            // The generator's order of tables: its file classes in ordinal order of the relative paths.
            var tables = new List<char[]>(files.Length);
            foreach (var file in files.OrderBy(f => f.RelativePath, StringComparer.Ordinal))
            {
                cancellationToken.ThrowIfCancellationRequested();
                try
                {
                    tables.Add(TableWriter.Write(QuoteLocator.LocateQuotesOf(file, table)));
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    // As in the generator: a bug becomes SN0999 at the file, and the file's source (here its table) is left out.
                    diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InternalError, SourceSpan.FileStart(file.Path), e.GetType().Name + ": " + e.Message));
                }
            }

            // The first dataset section by path (others are reported), as the generator's dataset class takes it.
            var section = files.Select(f => f.Dataset).Where(d => d != null).OrderBy(d => d!.Span.Path, StringComparer.Ordinal).FirstOrDefault();
            var dataset = NewsDataset.FromTables(
                section?.Id ?? className.ToLowerInvariant(),
                section?.Title ?? className,
                tables.Count,
                index => tables[index]);
            return new AnnotationBuild(
                DatasetValidator.Sorted(diagnostics).Select(d => d.ToDiagnostic()).ToImmutableArray(),
                dataset,
                files.Length,
                texts.Count);
        }
    }

    /// <summary>What <see cref="AnnotationEngine.Build"/> gives: a build's diagnostics and the dataset its generated code would hold.</summary>
    public sealed class AnnotationBuild
    {
        internal AnnotationBuild(ImmutableArray<Diagnostic> diagnostics, NewsDataset dataset, int annotationFiles, int articleTexts)
        {
            Diagnostics = diagnostics;
            Dataset = dataset;
            AnnotationFiles = annotationFiles;
            ArticleTexts = articleTexts;
        }

        /// <summary>Every diagnostic a build of the files would report, in a stable order (file, position, id).</summary>
        public ImmutableArray<Diagnostic> Diagnostics { get; }

        /// <summary>The dataset, over the tables the generated code would hold.</summary>
        public NewsDataset Dataset { get; }

        /// <summary>The number of annotation files built.</summary>
        public int AnnotationFiles { get; }

        /// <summary>The number of article texts given.</summary>
        public int ArticleTexts { get; }

        /// <summary>Whether a build would fail: a diagnostic is an error.</summary>
        public bool HasErrors => Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);
    }
}
