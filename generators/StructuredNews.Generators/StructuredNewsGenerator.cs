using System;
using System.Linq;
using Microsoft.CodeAnalysis;
using StructuredNews.Annotations.Diagnostics;
using StructuredNews.Annotations.Model;
using StructuredNews.Annotations.Naming;
using StructuredNews.Annotations.Validation;
using StructuredNews.Generators.Emission;
using StructuredNews.Generators.Model;

namespace StructuredNews.Generators
{
    /// <summary>
    /// Compiles YAML news annotations into a typed dataset with the annotation engine: each file parsed on its own,
    /// small position-free values built across files, each file's quotes located in their articles, a table source per
    /// file, the typed accessors in a fixed number of bucket sources, the dataset class, and the diagnostics of every check in <see cref="CheckCatalog"/>, one step per
    /// scope. Each step's value compares by value, so an edit re-runs only what it changes.
    /// </summary>
    [Generator(LanguageNames.CSharp)]
    public sealed class StructuredNewsGenerator : IIncrementalGenerator
    {
        /// <inheritdoc/>
        public void Initialize(IncrementalGeneratorInitializationContext context)
        {
            // Inputs, turned into model values at once: nothing from Roslyn flows further.
            var options = context.AnalyzerConfigOptionsProvider.Select((provider, _) => Inputs.ReadOptions(provider.GlobalOptions)).WithTrackingName(TrackingNames.Options);
            var additionalFiles = context.AdditionalTextsProvider.Combine(context.AnalyzerConfigOptionsProvider);
            var files = additionalFiles.Select((input, ct) => Inputs.ReadAnnotation(input.Left, input.Right, ct)).WhereNotNull().WithTrackingName(TrackingNames.AnnotationFiles);
            var seeds = additionalFiles.Select((input, ct) => Inputs.ReadSeed(input.Left, input.Right, ct)).WhereNotNull().WithTrackingName(TrackingNames.SeedTexts);

            // Across files, without positions: cached while an edit only moves lines.
            var texts = files.Select((file, _) => ArticleTextTable.Declared(file)).Collect().Join(seeds.Collect(), (declared, texts) => ArticleTextTable.Join(declared, texts)).WithTrackingName(TrackingNames.ArticleTexts);
            var facts = files.Select((file, _) => FileFacts.Of(file)).WithTrackingName(TrackingNames.FileFacts).Collect();
            var index = facts.Select((all, _) => DatasetIndex.Build(all)).WithTrackingName(TrackingNames.DatasetIndex);
            var plan = facts.Select((all, _) => IdentifierPlan.Compute(all)).WithTrackingName(TrackingNames.IdentifierPlan);

            // Each quote is located once, for the emitter's positions and the quote checks.
            var located = files.Join(texts, QuoteLocator.LocateQuotesOf).WithTrackingName(TrackingNames.LocatedQuotes);

            // Sources: a table per annotation file, the typed accessors in a fixed number of buckets, and the dataset class.
            var fileModels = located
                .Join(plan.Select((p, _) => p.Skipped), (file, skipped) => (File: file, Skipped: skipped))
                .Join(options, (input, o) => FileEmitModel.Create(input.File, input.Skipped, o))
                .WithTrackingName(TrackingNames.FileEmitModels);
            context.RegisterSourceOutput(fileModels, EmitTable);
            for (var bucket = 0; bucket < AccessorBuckets.Count; bucket++)
            {
                var number = bucket;
                var bucketModel = fileModels.Where(model => AccessorBuckets.Of(model.File.RelativePath) == number).Collect()
                    .Join(options, (models, o) => AccessorBucketModel.Create(number, models, o))
                    .WithTrackingName(TrackingNames.AccessorBuckets);
                context.RegisterSourceOutput(bucketModel, EmitAccessors);
            }

            var datasetModel = options
                .Join(files.Select((file, _) => file.RelativePath).Collect(), (o, paths) => (Options: o, Paths: paths.ToEquatableArray()))
                .Join(files.Select((file, _) => file.Dataset).WhereNotNull().Collect(), (input, sections) => DatasetEmitModel.Create(input.Options, input.Paths, sections))
                .WithTrackingName(TrackingNames.DatasetEmitModel);
            context.RegisterSourceOutput(datasetModel, EmitDataset);

            // Built from the annotations, not the located quotes: a value that depended on every article's text would
            // re-run on any text edit, and Roslyn's step tracking (tests, tools) walks every path from each article
            // check through it to all files, which at N = 1,000 took minutes instead of seconds.
            var articleIndex = files.Select((file, _) => (file.RelativePath, ArticleAnnotations.ContributionsOf(file))).WithTrackingName(TrackingNames.ArticleAnnotations)
                .Collect().Select((all, _) => ArticleAnnotations.Join(all)).WithTrackingName(TrackingNames.ArticleIndex);
            var names = files.Select((file, _) => NameTable.Of(file)).Collect().Select((all, _) => NameTable.Build(all)).WithTrackingName(TrackingNames.NameTables);
            var articleContext = texts.Join(articleIndex, (t, a) => (Texts: t, Annotations: a)).Join(names, (c, n) => (c.Texts, c.Annotations, Names: n));
            var articles = files.Join(articleContext, (file, c) => AnnotatedArticle.Of(file, c.Texts, c.Annotations, c.Names)).WhereNotNull().WithTrackingName(TrackingNames.AnnotatedArticles);

            // Diagnostics: one step per scope of checks, apart from the sources so that they never defeat their caching.
            // Dataset checks find problems without positions (cached while edits only move lines), then locate them.
            Report(context, files.Join(index, (file, i) => CheckCatalog.CheckFile(new FileInDataset(file, i))), TrackingNames.FileDiagnostics);
            Report(context, located.Select((file, _) => CheckCatalog.CheckQuotes(file)), TrackingNames.QuoteDiagnostics);
            Report(context, articles.Select((article, _) => CheckCatalog.CheckArticle(article)), TrackingNames.ArticleDiagnostics);
            // Which spellings the texts use is searched per article, so that a text edit re-reads that text alone.
            var sought = facts.Select((all, _) => SoughtSpellings.Of(all)).WithTrackingName(TrackingNames.SoughtSpellings);
            var spellings = articles.Join(sought, (article, s) => SpellingSearch.FoundIn(article.Text.Text, s)).WithTrackingName(TrackingNames.SpellingsInTexts)
                .Collect().Select((all, _) => SpellingUse.Join(all));
            var findings = facts.Join(plan, (all, p) => (Facts: all, Plan: p)).Join(spellings, (input, used) => DatasetFacts.Of(input.Facts, input.Plan, used)).Select((dataset, _) => CheckCatalog.FindInDataset(dataset)).WithTrackingName(TrackingNames.DatasetFindings);
            var outlines = files.Select((file, _) => FileOutline.Of(file)).Collect();
            var claimCounts = files.Select((file, _) => ClaimCount.Of(file)).Collect();
            context.RegisterSourceOutput(claimCounts.Join(options, (counts, o) => ClaimAccessorCost.Diagnose(counts, o)).WithTrackingName(TrackingNames.ClaimAccessorCost), ReportAll);
            context.RegisterSourceOutput(findings.Join(outlines, (found, all) => CheckCatalog.Locate(found, all)).WithTrackingName(TrackingNames.DatasetDiagnostics), ReportAll);
        }

        private static void Report(IncrementalGeneratorInitializationContext context, IncrementalValuesProvider<EquatableArray<DiagnosticInfo>> diagnostics, string trackingName) =>
            context.RegisterSourceOutput(diagnostics.WithTrackingName(trackingName), ReportAll);

        private static void ReportAll(SourceProductionContext context, EquatableArray<DiagnosticInfo> diagnostics)
        {
            foreach (var diagnostic in diagnostics)
            {
                context.ReportDiagnostic(diagnostic.ToDiagnostic());
            }
        }

        private static void EmitTable(SourceProductionContext context, FileEmitModel model)
        {
            if (!TryEmit(context, () => TableEmitter.Emit(model), model.File.Path, out var source))
            {
                return;
            }

            try
            {
                context.AddSource(model.HintName, source);
            }
            catch (ArgumentException)
            {
                // The same file passed twice as an additional file: its first copy was already emitted.
                context.ReportDiagnostic(DiagnosticInfo.Create(DiagnosticDescriptors.DuplicateSection, SourceSpan.FileStart(model.File.Path),
                    "The file " + model.File.RelativePath, "another AdditionalFiles item with the same path").ToDiagnostic());
            }
        }

        private static void EmitAccessors(SourceProductionContext context, AccessorBucketModel model)
        {
            if (model.Files.Count > 0 && TryEmit(context, () => AccessorEmitter.Emit(model), model.Files[0].File.Path, out var source))
            {
                context.AddSource(AccessorBuckets.HintName(model.Index), source);
            }
        }

        private static bool TryEmit(SourceProductionContext context, Func<string> emit, string path, out string source)
        {
            try
            {
                source = emit();
                return true;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // A bug must not throw into the compiler (CS8785 would drop the dataset silently): it becomes SN0999.
                context.ReportDiagnostic(DiagnosticInfo.Create(DiagnosticDescriptors.InternalError, SourceSpan.FileStart(path), e.GetType().Name + ": " + e.Message).ToDiagnostic());
                source = string.Empty;
                return false;
            }
        }

        private static void EmitDataset(SourceProductionContext context, DatasetEmitModel model)
        {
            // A project without annotations (e.g. one that only consumes a compiled dataset) gets no dataset class.
            if (model.FileClassNames.Count > 0)
            {
                context.AddSource(DatasetEmitter.HintName, DatasetEmitter.Emit(model));
            }
        }
    }
}
