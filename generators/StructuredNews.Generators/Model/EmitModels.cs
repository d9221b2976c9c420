using System;
using System.Collections.Generic;
using System.Linq;
using StructuredNews.Annotations.Model;
using StructuredNews.Annotations.Naming;

namespace StructuredNews.Generators.Model
{
    // What the emitters read: immutable and value-equal, like the engine's model, so that a file's source is made
    // again only when something it shows changed.

    /// <summary>The MSBuild settings the generator reads.</summary>
    internal sealed record GeneratorOptions(string Namespace, string ClassName, string? ProjectDirectory, bool EmitXmlDocs, bool EmitClaimAccessors);

    /// <summary>Everything the emitters need for one file: its quotes located, its names, and the ids that get no accessor.</summary>
    internal sealed record FileEmitModel(LocatedFile Located, string ClassName, string HintName, GeneratorOptions Options, EquatableArray<string> SkippedIds)
    {
        public AnnotationFile File => Located.File;

        public static FileEmitModel Create(LocatedFile located, EquatableArray<SkippedMember> skipped, GeneratorOptions options)
        {
            var path = located.File.RelativePath;
            return new FileEmitModel(located, Identifiers.FileClassName(path), Identifiers.HintName(path), options,
                skipped.Where(s => s.RelativePath == path).Select(s => s.Id).ToEquatableArray());
        }
    }

    /// <summary>
    /// Which source holds a file's typed accessors: one of a fixed number of buckets, by a stable hash of the file's
    /// relative path. A fixed number keeps every accessor class declared in at most that many sources, however many
    /// files there are (the compiler's analyzer driver slows with the square of a type's partial declarations), and
    /// an edit still re-emits only the accessors of one bucket.
    /// </summary>
    internal static class AccessorBuckets
    {
        public const int Count = 32;

        public static int Of(string relativePath) => (int)(Identifiers.Fnv1a(relativePath) % Count);

        public static string HintName(int index) => "StructuredNews.Accessors." + index.ToString("00", System.Globalization.CultureInfo.InvariantCulture) + ".g.cs";
    }

    /// <summary>The files of one accessor bucket, in ordinal path order, each path once.</summary>
    internal sealed record AccessorBucketModel(int Index, GeneratorOptions Options, EquatableArray<FileEmitModel> Files)
    {
        public static AccessorBucketModel Create(int index, IEnumerable<FileEmitModel> files, GeneratorOptions options) =>
            new AccessorBucketModel(
                index,
                options,
                files.GroupBy(f => f.File.RelativePath, StringComparer.Ordinal).Select(g => g.First())
                    .OrderBy(f => f.File.RelativePath, StringComparer.Ordinal).ToEquatableArray());
    }

    /// <summary>What the dataset-wide source needs: the options, the dataset section, and the files' table classes.</summary>
    internal sealed record DatasetEmitModel(GeneratorOptions Options, DatasetSpec? Dataset, EquatableArray<string> FileClassNames)
    {
        /// <summary>The first dataset section by path (others are reported), and a class per annotation file, in ordinal path order.</summary>
        public static DatasetEmitModel Create(GeneratorOptions options, IEnumerable<string> relativePaths, IEnumerable<DatasetSpec> sections) =>
            new DatasetEmitModel(
                options,
                sections.OrderBy(d => d.Span.Path, StringComparer.Ordinal).FirstOrDefault(),
                relativePaths.OrderBy(p => p, StringComparer.Ordinal).Select(Identifiers.FileClassName).ToEquatableArray());
    }
}
