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
    /// <see cref="AnnotationFile"/> per file → cross-file tables (article texts, identifier plan) → one source per
    /// annotation file plus the dataset class; diagnostics come from a separate validation step.
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

            var identifierPlan = annotations
                .Select((file, _) => IdentifierPlan.DeclarationsOf(file))
                .Collect()
                .Select((declarations, _) => IdentifierPlan.Compute(declarations).Skipped)
                .WithTrackingName(TrackingNames.IdentifierPlan);

            var fileModels = annotations
                .Combine(articleTexts)
                .Combine(identifierPlan)
                .Combine(options)
                .Select((input, ct) => BuildFileModel(input.Left.Left.Left, input.Left.Left.Right, input.Left.Right, input.Right))
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

            var diagnostics = annotations
                .Collect()
                .Combine(articleTexts)
                .Select((input, ct) => Guard(() => DatasetValidator.Validate(input.Left, input.Right, ct), input.Left))
                .WithTrackingName(TrackingNames.Diagnostics);
            context.RegisterSourceOutput(diagnostics, (spc, list) =>
            {
                foreach (var diagnostic in list)
                {
                    spc.ReportDiagnostic(diagnostic.ToDiagnostic());
                }
            });
        }

        private static Diagnostic InternalError(string path, Exception e) =>
            DiagnosticInfo.Create(DiagnosticDescriptors.InternalError, SourceSpan.FileStart(path), e.GetType().Name + ": " + e.Message).ToDiagnostic();

        // Validation must not throw into the compiler (CS8785 would silently drop the dataset): a bug becomes SN0999.
        private static EquatableArray<DiagnosticInfo> Guard(Func<EquatableArray<DiagnosticInfo>> validate, ImmutableArray<AnnotationFile> files)
        {
            try
            {
                return validate();
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                var path = files.IsEmpty ? "" : files.Select(f => f.Path).OrderBy(p => p, StringComparer.Ordinal).First();
                return new[] { DiagnosticInfo.Create(DiagnosticDescriptors.InternalError, SourceSpan.FileStart(path), e.GetType().Name + ": " + e.Message) }.ToEquatableArray();
            }
        }

        private static FileEmitModel BuildFileModel(AnnotationFile file, ArticleTextTable texts, EquatableArray<SkippedMember> skipped, GeneratorOptions options)
        {
            var quotes = EvidenceOrder.Of(file)
                .Select(e => e.Article != null && texts.Find(e.Article.Id) is { Text: { } text } && QuoteLocator.Locate(text, e) is { Found: true } match
                    ? new QuotePosition(match.Start, e.Quote.Length)
                    : new QuotePosition(-1, 0))
                .ToEquatableArray();
            var own = file.Article != null ? texts.Find(file.Article.Id.Id) : null;
            return new FileEmitModel(
                file,
                Identifiers.FileClassName(file.RelativePath),
                Identifiers.HintName(file.RelativePath),
                options,
                own?.Text,
                own?.Sha256,
                quotes,
                skipped.Where(s => s.RelativePath == file.RelativePath).Select(s => s.Id).ToEquatableArray());
        }
    }
}
