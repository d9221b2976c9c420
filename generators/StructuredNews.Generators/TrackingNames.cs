namespace StructuredNews.Generators
{
    /// <summary>Names of the pipeline steps, so tests can check that each is cached when nothing changed.</summary>
    internal static class TrackingNames
    {
        public const string Options = nameof(Options);
        public const string AnnotationFiles = nameof(AnnotationFiles);
        public const string SeedTexts = nameof(SeedTexts);
        public const string ArticleTexts = nameof(ArticleTexts);
        public const string DeclaredIds = nameof(DeclaredIds);
        public const string IdentifierPlan = nameof(IdentifierPlan);
        public const string LocatedQuotes = nameof(LocatedQuotes);
        public const string FileEmitModels = nameof(FileEmitModels);
        public const string DatasetEmitModel = nameof(DatasetEmitModel);
        public const string Symbols = nameof(Symbols);
        public const string CoverageContributions = nameof(CoverageContributions);
        public const string CoverageIndex = nameof(CoverageIndex);
        public const string NameTables = nameof(NameTables);
        public const string CoverageModels = nameof(CoverageModels);
        public const string ParseDiagnostics = nameof(ParseDiagnostics);
        public const string ReferenceDiagnostics = nameof(ReferenceDiagnostics);
        public const string EvidenceDiagnostics = nameof(EvidenceDiagnostics);
        public const string CoverageDiagnostics = nameof(CoverageDiagnostics);
        public const string GlobalFindings = nameof(GlobalFindings);
        public const string GlobalDiagnostics = nameof(GlobalDiagnostics);
    }
}
