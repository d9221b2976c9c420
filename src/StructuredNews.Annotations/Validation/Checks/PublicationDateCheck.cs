namespace StructuredNews.Annotations.Validation
{
    /// <summary>
    /// A figure's <c>as_of</c>, a statement's <c>date</c> and an event's <c>start</c> are not after the publication
    /// date of the article that reports them (SN0028). Articles without a publication date are not compared.
    /// </summary>
    public sealed class PublicationDateCheck : IFileCheck
    {
        public IEnumerable<DiagnosticInfo> Check(FileInDataset input)
        {
            var index = input.Index;
            foreach (var figure in input.File.Figures)
            {
                if (figure.AsOf != null && figure.Spans.AsOf != null && Later(figure.AsOf, figure.Evidence, index) is { } article)
                {
                    yield return Report(figure.Spans.AsOf.Value, "The as_of of figure '" + figure.Id.Id + "',", figure.AsOf, article, " (as_of is the day the figure describes, at the latest the day of the report)");
                }
            }

            foreach (var statement in input.File.Statements)
            {
                if (statement.Date != null && statement.DateSpan != null && Later(statement.Date, statement.Evidence, index) is { } article)
                {
                    yield return Report(statement.DateSpan.Value, "The date of statement '" + statement.Id.Id + "',", statement.Date, article, "");
                }
            }

            foreach (var @event in input.File.Events)
            {
                // The earliest report decides: no article can report an event that starts after it was published.
                var earliest = @event.Reports
                    .Select(r => r.Article is { } a ? index.ArticleOf(a.Id) : null)
                    .Where(a => a?.Published != null)
                    .OrderBy(a => a!.Published, StringComparer.Ordinal)
                    .FirstOrDefault();
                if (earliest != null && string.CompareOrdinal(@event.Start, earliest.Published) > 0)
                {
                    yield return Report(@event.DatesSpan, "The start of event '" + @event.Id.Id + "',", @event.Start, earliest, "");
                }
            }
        }

        private static ArticleFacts? Later(string date, EvidenceSpec evidence, DatasetIndex index) =>
            evidence.Article is { } a && index.ArticleOf(a.Id) is { Published: { } published } article && string.CompareOrdinal(date, published) > 0 ? article : null;

        private static DiagnosticInfo Report(SourceSpan span, string what, string date, ArticleFacts article, string hint) =>
            DiagnosticInfo.Create(DiagnosticDescriptors.DateAfterPublication, span, what, date, article.Published!, article.Id, hint);
    }
}
