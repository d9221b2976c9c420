using System.Collections.Immutable;
using StructuredNews.Annotations.Parsing;

namespace StructuredNews.Annotations.Validation
{
    /// <summary>
    /// The words just before a figure's value in its quote ("more than", "at least", "omkring", "op til", …) agree
    /// with its qualifier (SN0027). A word that allows several readings ("nearly": about, or fewer than) accepts each.
    /// </summary>
    public sealed class QualifierWordingCheck : IFileCheck
    {
        private static readonly ImmutableArray<Qualifier> MoreThan = ImmutableArray.Create(Qualifier.MoreThan);
        private static readonly ImmutableArray<Qualifier> AtLeast = ImmutableArray.Create(Qualifier.AtLeast);
        private static readonly ImmutableArray<Qualifier> About = ImmutableArray.Create(Qualifier.About);
        private static readonly ImmutableArray<Qualifier> Below = ImmutableArray.Create(Qualifier.About, Qualifier.FewerThan, Qualifier.AtMost);
        private static readonly ImmutableArray<Qualifier> AtMost = ImmutableArray.Create(Qualifier.AtMost);
        private static readonly ImmutableArray<Qualifier> FewerThan = ImmutableArray.Create(Qualifier.FewerThan);

        // Longer phrases first, so that "no fewer than" is not read as "fewer than".
        private static readonly ImmutableArray<QualifyingPhrase> English = Longest(
            ("more than", MoreThan), ("over", MoreThan), ("upwards of", MoreThan), ("in excess of", MoreThan),
            ("at least", AtLeast), ("no fewer than", AtLeast), ("no less than", AtLeast),
            ("about", About), ("around", About), ("approximately", About), ("roughly", About), ("some", About), ("an estimated", About),
            ("near", About), ("close to", About), ("nearly", Below), ("almost", Below),
            ("up to", AtMost), ("as many as", AtMost), ("at most", AtMost), ("no more than", AtMost),
            ("fewer than", FewerThan), ("less than", FewerThan), ("under", FewerThan), ("below", FewerThan));

        private static readonly ImmutableArray<QualifyingPhrase> Danish = Longest(
            ("mere end", MoreThan), ("flere end", MoreThan), ("over", MoreThan), ("godt", ImmutableArray.Create(Qualifier.MoreThan, Qualifier.About)),
            ("mindst", AtLeast), ("i hvert fald", AtLeast),
            ("omkring", About), ("cirka", About), ("ca.", About), ("henved", About), ("næsten", Below), ("knap", Below), ("op mod", Below),
            ("op til", AtMost), ("højst", AtMost),
            ("færre end", FewerThan), ("mindre end", FewerThan), ("under", FewerThan));

        public IEnumerable<DiagnosticInfo> Check(FileInDataset input)
        {
            foreach (var figure in input.File.Figures)
            {
                var language = ValueInQuoteCheck.LanguageOf(figure.Evidence, input.Index);
                if (ValueLocator.Find(figure.Value, figure.Evidence.Quote, language) is not { } at ||
                    WordsBefore(figure.Evidence.Quote, at.Start, language) is not { } found ||
                    found.Allowed.Contains(figure.Qualifier))
                {
                    continue;
                }

                var calledFor = string.Join(" or ", found.Allowed.Select(q => "'" + Vocabulary<Qualifier>.NameOf(q) + "'"));
                yield return DiagnosticInfo.Create(DiagnosticDescriptors.QualifierContradictsWording, figure.Spans.Qualifier,
                    found.Words, calledFor, Vocabulary<Qualifier>.NameOf(figure.Qualifier));
            }
        }

        /// <summary>The qualifying phrase that ends right before <paramref name="start"/> (spaces or a hyphen between), if any.</summary>
        internal static QualifyingPhrase? WordsBefore(string quote, int start, string language)
        {
            var phrases = language.StartsWith("da", StringComparison.OrdinalIgnoreCase) ? Danish
                : language.StartsWith("en", StringComparison.OrdinalIgnoreCase) ? English
                : ImmutableArray<QualifyingPhrase>.Empty;

            // "near-doubling": a hyphen joins the word to the value.
            var end = start;
            if (end > 0 && quote[end - 1] == '-')
            {
                end--;
            }
            else
            {
                while (end > 0 && char.IsWhiteSpace(quote[end - 1]))
                {
                    end--;
                }

                if (end == start)
                {
                    return null;
                }
            }

            foreach (var phrase in phrases)
            {
                var from = end - phrase.Words.Length;
                if (from >= 0 && string.Compare(quote, from, phrase.Words, 0, phrase.Words.Length, StringComparison.OrdinalIgnoreCase) == 0 &&
                    (from == 0 || !char.IsLetterOrDigit(quote[from - 1])))
                {
                    return phrase with { Words = quote.Substring(from, phrase.Words.Length) };
                }
            }

            return null;
        }

        private static ImmutableArray<QualifyingPhrase> Longest(params (string Words, ImmutableArray<Qualifier> Allowed)[] phrases) =>
            phrases.OrderByDescending(p => p.Words.Length).ThenBy(p => p.Words, StringComparer.Ordinal).Select(p => new QualifyingPhrase(p.Words, p.Allowed)).ToImmutableArray();

        /// <summary>Words that qualify the number after them (as the quote writes them), and the qualifiers they allow.</summary>
        internal sealed record QualifyingPhrase(string Words, ImmutableArray<Qualifier> Allowed);
    }
}
