namespace StructuredNews.Generators
{
    /// <summary>Names of the pipeline steps, so tests can check that each is cached when nothing changed.</summary>
    internal static class TrackingNames
    {
        public const string Options = nameof(Options);
        public const string AnnotationFiles = nameof(AnnotationFiles);
        public const string SeedTexts = nameof(SeedTexts);
        public const string ArticleTexts = nameof(ArticleTexts);
        public const string FileFacts = nameof(FileFacts);
        public const string DatasetIndex = nameof(DatasetIndex);
        public const string IdentifierPlan = nameof(IdentifierPlan);
        public const string LocatedQuotes = nameof(LocatedQuotes);
        public const string FileEmitModels = nameof(FileEmitModels);
        public const string AccessorBuckets = nameof(AccessorBuckets);
        public const string DatasetEmitModel = nameof(DatasetEmitModel);
        public const string ArticleAnnotations = nameof(ArticleAnnotations);
        public const string ArticleIndex = nameof(ArticleIndex);
        public const string NameTables = nameof(NameTables);
        public const string AnnotatedArticles = nameof(AnnotatedArticles);
        public const string FileDiagnostics = nameof(FileDiagnostics);
        public const string QuoteDiagnostics = nameof(QuoteDiagnostics);
        public const string ArticleDiagnostics = nameof(ArticleDiagnostics);
        public const string SoughtSpellings = nameof(SoughtSpellings);
        public const string SpellingsInTexts = nameof(SpellingsInTexts);
        public const string DatasetFindings = nameof(DatasetFindings);
        public const string DatasetDiagnostics = nameof(DatasetDiagnostics);
        public const string ClaimAccessorCost = nameof(ClaimAccessorCost);
    }
}
