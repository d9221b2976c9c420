namespace StructuredNews.Generators
{
    /// <summary>Names of the pipeline steps, so tests can check that each is cached when nothing changed.</summary>
    internal static class TrackingNames
    {
        public const string Options = nameof(Options);
        public const string AnnotationFiles = nameof(AnnotationFiles);
        public const string SeedTexts = nameof(SeedTexts);
        public const string ArticleTexts = nameof(ArticleTexts);
        public const string IdentifierPlan = nameof(IdentifierPlan);
        public const string FileEmitModels = nameof(FileEmitModels);
        public const string DatasetEmitModel = nameof(DatasetEmitModel);
        public const string Diagnostics = nameof(Diagnostics);
    }
}
