namespace StructuredNews.Annotations.Validation
{
    /// <summary>A figure's value is in its evidence quote, as written or as the same number written another way (SN0025).</summary>
    public sealed class ValueInQuoteCheck : IFileCheck
    {
        public IEnumerable<DiagnosticInfo> Check(FileInDataset input)
        {
            // A blank value is reported as a missing value by the parser.
            foreach (var figure in input.File.Figures.Where(f => f.Value.Trim().Length > 0))
            {
                var language = LanguageOf(figure.Evidence, input.Index);
                if (ValueLocator.Find(figure.Value, figure.Evidence.Quote, language) != null)
                {
                    continue;
                }

                var stated = NumberReading.Find(figure.Evidence.Quote, language)
                    .Select(p => "'" + figure.Evidence.Quote.Substring(p.Start, p.Length) + "'")
                    .Distinct(StringComparer.Ordinal)
                    .Take(5)
                    .ToList();
                var hint = stated.Count > 0 ? " (the quote states " + string.Join(", ", stated) + ")" : "";
                yield return DiagnosticInfo.Create(DiagnosticDescriptors.ValueNotInQuote, figure.Spans.Value, figure.Value, hint);
            }
        }

        /// <summary>The language of the article a quote is from (number words are read in it); empty when unknown.</summary>
        internal static string LanguageOf(EvidenceSpec evidence, DatasetIndex index) =>
            evidence.Article is { } article && index.ArticleOf(article.Id) is { } facts ? facts.Language : "";
    }
}
