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

    /// <summary>Everything the emitter needs for one file: its quotes located, its names, and the ids that get no accessor.</summary>
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

    /// <summary>What the dataset-wide source needs: the options, the dataset section, and the file classes to call.</summary>
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
