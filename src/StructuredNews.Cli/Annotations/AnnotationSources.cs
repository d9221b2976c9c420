using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using StructuredNews.Annotations;
using StructuredNews.Annotations.Model;
using StructuredNews.Annotations.Parsing;

namespace StructuredNews.Cli.Annotations
{
    /// <summary>
    /// Annotation files (<c>**/*.yaml</c> under a directory) and article texts (<c>*.txt</c> in a directory), read
    /// from disk and handed to the annotation engine the generator runs (<c>AnnotationEngine</c>), so that
    /// <c>sn validate</c> reports what a build reports, at the same places.
    /// </summary>
    internal sealed class AnnotationSources
    {
        /// <summary>Where the bundled annotations live in the repository.</summary>
        public const string BundledDataDirectory = "data/kazakhstan-2022";

        private AnnotationSources(string dataDirectory, string? articlesDirectory, IReadOnlyList<(string Path, string Text)> annotations, IReadOnlyList<(string Path, string Text)> articles)
        {
            DataDirectory = dataDirectory;
            ArticlesDirectory = articlesDirectory;
            Annotations = annotations;
            Articles = articles;
        }

        public string DataDirectory { get; }

        public string? ArticlesDirectory { get; }

        /// <summary>Annotation files: absolute path and text, ordered by path (ordinal).</summary>
        public IReadOnlyList<(string Path, string Text)> Annotations { get; }

        /// <summary>Article texts: absolute path and text, ordered by path (ordinal).</summary>
        public IReadOnlyList<(string Path, string Text)> Articles { get; }

        /// <summary>
        /// The data directory to use: <paramref name="given"/> resolved against the working directory, or the bundled
        /// <c>data/kazakhstan-2022</c> found in the working directory or one of its parents, or above the tool itself.
        /// </summary>
        public static string? FindDataDirectory(string? given, CliEnvironment environment)
        {
            if (!string.IsNullOrEmpty(given))
            {
                return environment.Resolve(given!);
            }

            foreach (var start in new[] { environment.WorkingDirectory, AppContext.BaseDirectory })
            {
                for (var dir = new DirectoryInfo(start); dir != null; dir = dir.Parent)
                {
                    var candidate = Path.Combine(dir.FullName, BundledDataDirectory);
                    if (Directory.Exists(candidate))
                    {
                        return candidate;
                    }
                }
            }

            return null;
        }

        /// <summary>The article texts for a data directory: <paramref name="given"/>, or the nearest <c>seeds/</c> in it or one of its parents.</summary>
        public static string? FindArticlesDirectory(string dataDirectory, string? given, CliEnvironment environment)
        {
            if (!string.IsNullOrEmpty(given))
            {
                return environment.Resolve(given!);
            }

            for (var dir = new DirectoryInfo(dataDirectory); dir != null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "seeds");
                if (Directory.Exists(candidate))
                {
                    return candidate;
                }
            }

            return null;
        }

        /// <summary>Reads every <c>**/*.yaml</c> under <paramref name="dataDirectory"/> and every <c>*.txt</c> in <paramref name="articlesDirectory"/>.</summary>
        public static AnnotationSources Read(string dataDirectory, string? articlesDirectory)
        {
            var annotations = Directory.EnumerateFiles(dataDirectory, "*.yaml", SearchOption.AllDirectories)
                .Select(Path.GetFullPath)
                .OrderBy(p => p, StringComparer.Ordinal)
                .Select(p => (p, File.ReadAllText(p)))
                .ToList();
            var articles = articlesDirectory == null || !Directory.Exists(articlesDirectory)
                ? new List<(string, string)>()
                : Directory.EnumerateFiles(articlesDirectory, "*.txt", SearchOption.TopDirectoryOnly)
                    .Select(Path.GetFullPath)
                    .OrderBy(p => p, StringComparer.Ordinal)
                    .Select(p => (p, File.ReadAllText(p)))
                    .ToList();
            return new AnnotationSources(dataDirectory, articlesDirectory, annotations, articles);
        }

        /// <summary>
        /// The generator's diagnostics for these files, exactly as a build reports them, ordered by path, position
        /// and id. Paths in the diagnostics are the absolute paths the files were read from, as the compiler's.
        /// </summary>
        public ImmutableArray<Diagnostic> Validate(CancellationToken cancellationToken = default) =>
            Sort(AnnotationEngine.Validate(Annotations, Articles, projectDirectory: null, cancellationToken));

        /// <summary>Diagnostics in a stable order: file, line, column, id.</summary>
        public static ImmutableArray<Diagnostic> Sort(IEnumerable<Diagnostic> diagnostics) =>
            diagnostics
                .OrderBy(d => d.Location.GetLineSpan().Path ?? string.Empty, StringComparer.Ordinal)
                .ThenBy(d => d.Location.GetLineSpan().StartLinePosition.Line)
                .ThenBy(d => d.Location.GetLineSpan().StartLinePosition.Character)
                .ThenBy(d => d.Id, StringComparer.Ordinal)
                .ToImmutableArray();

        /// <summary>The parsed files (the generator's parser).</summary>
        internal IReadOnlyList<AnnotationFile> Parse() =>
            Annotations.Select(a => AnnotationParser.Parse(a.Path, Path.GetFileName(a.Path), a.Text, CancellationToken.None)).ToList();

        /// <summary>The dataset id the files declare (<c>dataset: id</c>), if any.</summary>
        public string? DatasetId() => Parse().Select(f => f.Dataset?.Id).FirstOrDefault(id => id != null);

        /// <summary>Article id of each file that declares an <c>article</c>, by absolute path.</summary>
        public IReadOnlyDictionary<string, string> ArticleIdsByPath() =>
            Parse().Where(f => f.Article != null).ToDictionary(f => f.Path, f => f.Article!.Id.Id, StringComparer.Ordinal);

        /// <summary>The actors and places the files declare, with every name they go by.</summary>
        public IReadOnlyList<KnownName> KnownNames() =>
            Parse().SelectMany(f =>
                    f.Actors.Select(a => new KnownName(a.Id.Id, "actor", VocabularyNames.From(a.Kind.ToString()), a.Naming.All()))
                        .Concat(f.Places.Select(p => new KnownName(p.Id.Id, "place", VocabularyNames.From(p.Kind.ToString()), p.Naming.All()))))
                .ToList();
    }

    /// <summary>An actor or place and the names it goes by (canonical, per language, aliases).</summary>
    public sealed record KnownName(string Id, string Entity, string Kind, IReadOnlyList<string> Names)
    {
        /// <summary>The actors and places of a compiled dataset.</summary>
        public static IReadOnlyList<KnownName> Of(NewsDataset dataset) =>
            dataset.Actors.Select(a => new KnownName(a.Id, "actor", VocabularyNames.Of(a.Kind), a.AllNames().Where(n => n.Length > 0).ToList()))
                .Concat(dataset.Places.Select(p => new KnownName(p.Id, "place", VocabularyNames.Of(p.Kind), p.AllNames().Where(n => n.Length > 0).ToList())))
                .ToList();
    }
}
