namespace StructuredNews.Annotations.Validation
{
    // A check reads one kind of input, its scope. The scope decides when the check runs again in the generator's
    // pipeline: a file check when its file or the dataset index changes, a quote check when its file or its article's
    // text changes, an article check when anything said about its article changes, a dataset check when ids, links
    // or sections change anywhere. CheckCatalog lists every check; the generator and DatasetValidator run that list.

    /// <summary>A check of one file against the index of the dataset (ids and their kinds).</summary>
    public interface IFileCheck
    {
        IEnumerable<DiagnosticInfo> Check(FileInDataset input);
    }

    /// <summary>A check of one file's quotes as located in their articles.</summary>
    public interface IQuoteCheck
    {
        IEnumerable<DiagnosticInfo> Check(LocatedFile input);
    }

    /// <summary>A check of one article's text against everything annotated about it.</summary>
    public interface IArticleCheck
    {
        IEnumerable<DiagnosticInfo> Check(AnnotatedArticle input);
    }

    /// <summary>
    /// A check across all files. It finds problems without positions (<see cref="Finding"/>, anchored in a file), so
    /// that it stays cached while edits only move lines; the findings are put at their places when reported.
    /// </summary>
    public interface IDatasetCheck
    {
        IEnumerable<Finding> Find(DatasetFacts input);
    }
}
