using System;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using StructuredNews.Generators.Diagnostics;
using StructuredNews.Generators.Emission;
using StructuredNews.Generators.Model;
using StructuredNews.Generators.Validation;

namespace StructuredNews.Generators
{
    /// <summary>
    /// Compiles YAML news annotations into a typed dataset. Pipeline: additional files → parsed
    /// <see cref="AnnotationFile"/> per file → cross-file tables (article texts, identifier plan) → each file's quotes
    /// located in their articles → one source per annotation file plus the dataset class; diagnostics come from
    /// separate validation steps.
    /// </summary>
    [Generator(LanguageNames.CSharp)]
    public sealed class StructuredNewsGenerator : IIncrementalGenerator
    {
        /// <inheritdoc/>
        public void Initialize(IncrementalGeneratorInitializationContext context)
        {
            var options = context.AnalyzerConfigOptionsProvider
                .Select((provider, _) => Inputs.ReadOptions(provider.GlobalOptions))
                .WithTrackingName(TrackingNames.Options);

            var files = context.AdditionalTextsProvider.Combine(context.AnalyzerConfigOptionsProvider);
            var annotations = files
                .Select((pair, ct) => Inputs.ReadAnnotation(pair.Left, pair.Right, ct))
                .Where(file => file != null)
                .Select((file, _) => file!)
                .WithTrackingName(TrackingNames.AnnotationFiles);
            var seeds = files
                .Select((pair, ct) => Inputs.ReadSeed(pair.Left, pair.Right, ct))
                .Where(seed => seed != null)
                .Select((seed, _) => seed!)
                .WithTrackingName(TrackingNames.SeedTexts);

            var articleTexts = annotations
                .Select((file, _) => ArticleTexts.Declared(file))
                .Where(article => article != null)
                .Collect()
                .Combine(seeds.Collect())
                .Select((pair, _) => ArticleTexts.Join(pair.Left!, pair.Right))
                .WithTrackingName(TrackingNames.ArticleTexts);

            // Ids without positions: the steps across files built on them stay cached while an edit only moves lines.
            var declaredIds = annotations
                .Select((file, _) => IdentifierPlan.IdsOf(file))
                .WithTrackingName(TrackingNames.DeclaredIds)
                .Collect();
            var identifierPlan = declaredIds
                .Select((files, _) => IdentifierPlan.Compute(files))
                .WithTrackingName(TrackingNames.IdentifierPlan);
            var skippedMembers = identifierPlan.Select((plan, _) => plan.Skipped);

            // Each quote is located once, for the emitter's positions and the evidence check.
            var locatedFiles = annotations
                .Combine(articleTexts)
                .Select((input, _) => QuoteLocator.LocateQuotesOf(input.Left, input.Right))
                .WithTrackingName(TrackingNames.LocatedQuotes);

            var fileModels = locatedFiles
                .Combine(skippedMembers)
                .Combine(options)
                .Select((input, _) => BuildFileModel(input.Left.Left, input.Left.Right, input.Right))
                .WithTrackingName(TrackingNames.FileEmitModels);
            context.RegisterSourceOutput(fileModels, (spc, model) =>
            {
                string source;
                try
                {
                    source = FileEmitter.Emit(model);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    spc.ReportDiagnostic(InternalError(model.File.Path, e));
                    return;
                }

                try
                {
                    spc.AddSource(model.HintName, source);
                }
                catch (ArgumentException)
                {
                    // The same file passed twice as an additional file: its first copy was already emitted.
                    spc.ReportDiagnostic(DiagnosticInfo.Create(DiagnosticDescriptors.DuplicateSection, SourceSpan.FileStart(model.File.Path),
                        "The file " + model.File.RelativePath, "another AdditionalFiles item with the same path").ToDiagnostic());
                }
            });

            var datasetModel = options
                .Combine(annotations.Select((file, _) => file.RelativePath).Collect())
                .Combine(annotations.Select((file, _) => file.Dataset).Where(d => d != null).Collect())
                .Select((input, _) => new DatasetEmitModel(
                    input.Left.Left,
                    input.Right.OrderBy(d => d!.Span.Path, StringComparer.Ordinal).FirstOrDefault(),
                    input.Left.Right.OrderBy(p => p, StringComparer.Ordinal).Select(Identifiers.FileClassName).ToEquatableArray()))
                .WithTrackingName(TrackingNames.DatasetEmitModel);
            context.RegisterSourceOutput(datasetModel, (spc, model) =>
            {
                // A project without annotations (e.g. one that only consumes a compiled dataset) gets no dataset class.
                if (model.FileClassNames.Count > 0)
                {
                    spc.AddSource(DatasetEmitter.HintName, DatasetEmitter.Emit(model));
                }
            });

            // Diagnostics come from their own steps, so that they never defeat the caching of sources: per file
            // (parse, references, evidence, coverage of its article), and across files (ids, dataset section, cycles).
            var symbols = declaredIds
                .Select((files, _) => SymbolTable.Build(files))
                .WithTrackingName(TrackingNames.Symbols);
            Report(context, annotations.Select((file, _) => file.Diagnostics), TrackingNames.ParseDiagnostics);
            Report(context, annotations.Combine(symbols).Select((input, _) => Guard(input.Left.Path, () => ReferenceChecker.Check(input.Left, input.Right))), TrackingNames.ReferenceDiagnostics);
            Report(context, locatedFiles.Select((located, _) => Guard(located.File.Path, () => EvidenceChecker.Check(located))), TrackingNames.EvidenceDiagnostics);

            // Built from the annotations, not the located quotes: an index that depended on every article's text
            // would re-run on any text edit, and Roslyn's step tracking (tests, tools) walks every path from each
            // coverage check through it to all files, which at N = 1,000 took minutes instead of seconds.
            var coverageIndex = annotations
                .Select((file, _) => (file.RelativePath, CoverageChecker.ContributionsOf(file)))
                .WithTrackingName(TrackingNames.CoverageContributions)
                .Collect()
                .Select((files, _) => CoverageChecker.Index(files))
                .WithTrackingName(TrackingNames.CoverageIndex);
            var names = annotations.Select((file, _) => NameTable.Of(file)).Collect().Select((files, _) => NameTable.Build(files)).WithTrackingName(TrackingNames.NameTables);
            var coverageModels = annotations
                .Combine(articleTexts)
                .Combine(coverageIndex)
                .Combine(names)
                .Select((input, _) => DatasetValidator.CoverageModelOf(input.Left.Left.Left, input.Left.Left.Right, input.Left.Right, input.Right))
                .Where(model => model != null)
                .WithTrackingName(TrackingNames.CoverageModels);
            Report(context, coverageModels.Select((model, _) => Guard(model!.Article.Id.Span.Path, () => CoverageChecker.Check(model))), TrackingNames.CoverageDiagnostics);

            // Found without positions (cached while edits only move lines), then located: nothing to do when valid.
            var outlines = annotations.Select((file, _) => FileOutline.Of(file));
            var globalFindings = outlines
                .Select((outline, _) => outline.Ids())
                .Collect()
                .Combine(identifierPlan)
                .Select((input, _) => GlobalChecker.Find(input.Left, input.Right.Conflicts))
                .WithTrackingName(TrackingNames.GlobalFindings);
            var global = globalFindings
                .Combine(outlines.Collect())
                .Select((input, _) => Guard("", () => GlobalChecker.Locate(input.Left, input.Right)));
            Report(context, global, TrackingNames.GlobalDiagnostics);
        }

        private static void Report(IncrementalGeneratorInitializationContext context, IncrementalValuesProvider<EquatableArray<DiagnosticInfo>> diagnostics, string trackingName) =>
            context.RegisterSourceOutput(diagnostics.WithTrackingName(trackingName), (spc, list) => ReportAll(spc, list));

        private static void Report(IncrementalGeneratorInitializationContext context, IncrementalValueProvider<EquatableArray<DiagnosticInfo>> diagnostics, string trackingName) =>
            context.RegisterSourceOutput(diagnostics.WithTrackingName(trackingName), (spc, list) => ReportAll(spc, list));

        // A bug in a check must not throw into the compiler (CS8785 would drop the dataset silently): it becomes SN0999.
        private static EquatableArray<DiagnosticInfo> Guard(string path, Func<EquatableArray<DiagnosticInfo>> check)
        {
            try
            {
                return check();
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                return new[] { DiagnosticInfo.Create(DiagnosticDescriptors.InternalError, SourceSpan.FileStart(path), e.GetType().Name + ": " + e.Message) }.ToEquatableArray();
            }
        }

        private static void ReportAll(SourceProductionContext context, EquatableArray<DiagnosticInfo> diagnostics)
        {
            foreach (var diagnostic in diagnostics)
            {
                context.ReportDiagnostic(diagnostic.ToDiagnostic());
            }
        }

        private static Diagnostic InternalError(string path, Exception e) =>
            DiagnosticInfo.Create(DiagnosticDescriptors.InternalError, SourceSpan.FileStart(path), e.GetType().Name + ": " + e.Message).ToDiagnostic();

        private static FileEmitModel BuildFileModel(LocatedFile located, EquatableArray<SkippedMember> skipped, GeneratorOptions options)
        {
            var file = located.File;
            return new FileEmitModel(
                file,
                Identifiers.FileClassName(file.RelativePath),
                Identifiers.HintName(file.RelativePath),
                options,
                located.OwnText?.Text,
                located.OwnText?.Sha256,
                located.Quotes,
                skipped.Where(s => s.RelativePath == file.RelativePath).Select(s => s.Id).ToEquatableArray());
        }
    }
}
