using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using StructuredNews.Annotations;
using StructuredNews.Annotations.Naming;
using StructuredNews.Annotations.Parsing;
using StructuredNews.Cli.Annotations;

namespace StructuredNews.Cli.Sources
{
    /// <summary>
    /// Annotation files and article texts read from disk, as a project's build passes them to the generator, and
    /// handed to the same engine (<see cref="AnnotationEngine"/>): <c>sn</c> reports what a build reports, at the same
    /// places, and shows the dataset the build's generated code would hold.
    /// </summary>
    internal sealed class AnnotationInputs
    {
        /// <summary>The package's default globs (buildTransitive/StructuredNews.targets).</summary>
        public const string DefaultAnnotations = "**/*.news.yaml";

        /// <summary>The package's default glob of article texts.</summary>
        public const string DefaultArticles = "articles/**/*.txt";

        private AnnotationBuild? build;

        private AnnotationInputs(string description, string? projectDirectory, string className, IReadOnlyList<string> annotationPaths, IReadOnlyList<string> articlePaths)
        {
            Description = description;
            ProjectDirectory = projectDirectory;
            ClassName = className;
            Annotations = annotationPaths.Select(p => (p, File.ReadAllText(p))).ToList();
            Articles = articlePaths.Select(p => (p, File.ReadAllText(p))).ToList();
        }

        /// <summary>Where the files come from, for the line that says which dataset is shown.</summary>
        public string Description { get; }

        /// <summary>The directory the generator keys files relative to (the project's), or <see langword="null"/> for the deepest common folder.</summary>
        public string? ProjectDirectory { get; }

        /// <summary>The dataset class a build would generate; names the dataset when no file has a <c>dataset</c> section.</summary>
        public string ClassName { get; }

        /// <summary>Annotation files: absolute path and text, ordered by path (ordinal).</summary>
        public IReadOnlyList<(string Path, string Text)> Annotations { get; }

        /// <summary>Article texts: absolute path and text, ordered by path (ordinal).</summary>
        public IReadOnlyList<(string Path, string Text)> Articles { get; }

        /// <summary>
        /// A project's annotation files and article texts: its <c>StructuredNewsAnnotations</c> and
        /// <c>StructuredNewsArticles</c> (the package's defaults when not set), relative to the project directory;
        /// <paramref name="articlesOverride"/> (a glob) replaces the articles.
        /// </summary>
        public static AnnotationInputs FromProject(ProjectFile project, string? articlesOverride)
        {
            var annotations = project[ProjectFile.AnnotationsProperty] ?? DefaultAnnotations;
            var articles = articlesOverride ?? project[ProjectFile.ArticlesProperty] ?? DefaultArticles;
            var ns = DatasetClassName.Namespace(project["StructuredNewsNamespace"] ?? project["RootNamespace"] ?? project.Name);
            return new AnnotationInputs(
                Path.GetFileName(project.Path),
                project.Directory,
                DatasetClassName.For(ns, project["StructuredNewsClassName"]),
                FileGlob.Expand(annotations, project.Directory),
                FileGlob.Expand(articles, project.Directory));
        }

        /// <summary>
        /// Files given on the command line: <paramref name="annotations"/> and <paramref name="articles"/> are each a
        /// file or a glob, relative to <paramref name="baseDirectory"/>.
        /// </summary>
        public static AnnotationInputs FromGlobs(string annotations, string articles, string baseDirectory, string description) =>
            new AnnotationInputs(
                description,
                projectDirectory: null,
                DatasetClassName.For(DatasetClassName.FallbackNamespace, null),
                FileGlob.Expand(annotations, baseDirectory),
                FileGlob.Expand(articles, baseDirectory));

        /// <summary>
        /// The dataset a build would generate from these files, with the build's diagnostics (computed once). With
        /// errors the dataset is still what the generator writes (a build would fail).
        /// </summary>
        public AnnotationBuild Build(CancellationToken cancellationToken = default) =>
            build ??= AnnotationEngine.Build(Annotations, Articles, ProjectDirectory, ClassName, cancellationToken);

        /// <summary>The diagnostics a build reports, in a stable order (file, position, id), without building the dataset.</summary>
        public ImmutableArray<Diagnostic> Validate(CancellationToken cancellationToken = default) =>
            Sort(build?.Diagnostics ?? AnnotationEngine.Validate(Annotations, Articles, ProjectDirectory, cancellationToken));

        /// <summary>Diagnostics in a stable order: file, line, column, id.</summary>
        public static ImmutableArray<Diagnostic> Sort(IEnumerable<Diagnostic> diagnostics) =>
            diagnostics
                .OrderBy(d => d.Location.GetLineSpan().Path ?? string.Empty, StringComparer.Ordinal)
                .ThenBy(d => d.Location.GetLineSpan().StartLinePosition.Line)
                .ThenBy(d => d.Location.GetLineSpan().StartLinePosition.Character)
                .ThenBy(d => d.Id, StringComparer.Ordinal)
                .ToImmutableArray();

        /// <summary>Article id of each file that declares an <c>article</c>, by absolute path.</summary>
        public IReadOnlyDictionary<string, string> ArticleIdsByPath() =>
            Parse().Where(f => f.Article != null).ToDictionary(f => f.Path, f => f.Article!.Id.Id, StringComparer.Ordinal);

        /// <summary>The actors and places the files declare, with every name they go by.</summary>
        public IReadOnlyList<KnownName> KnownNames() =>
            Parse().SelectMany(f =>
                    f.Actors.Select(a => new KnownName(a.Id.Id, "actor", VocabularyNames.From(a.Kind.ToString()), a.Naming.All()))
                        .Concat(f.Places.Select(p => new KnownName(p.Id.Id, "place", VocabularyNames.From(p.Kind.ToString()), p.Naming.All()))))
                .ToList();

        private IReadOnlyList<StructuredNews.Annotations.Model.AnnotationFile> Parse() =>
            Annotations.Select(a => AnnotationParser.Parse(a.Path, Path.GetFileName(a.Path), a.Text, CancellationToken.None)).ToList();
    }
}
