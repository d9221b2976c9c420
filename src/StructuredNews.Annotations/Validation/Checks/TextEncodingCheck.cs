using System.Globalization;

namespace StructuredNews.Annotations.Validation
{
    /// <summary>
    /// A file's article text is the one meant and decoded cleanly: when several texts share the seed's file name,
    /// which one is used (SN0044); a text that is not valid UTF-8 (or UTF-16 with a byte-order mark) reaches the build
    /// with U+FFFD where the bad bytes were, in its text and its hash, said where (SN0043).
    /// </summary>
    public sealed class TextEncodingCheck : IQuoteCheck
    {
        public IEnumerable<DiagnosticInfo> Check(LocatedFile input)
        {
            if (input.File.Article is not { } article || input.OwnText?.Text is not { } text)
            {
                yield break;
            }

            if (input.OwnText.OthersWithTheName.Count > 0)
            {
                yield return DiagnosticInfo.Create(DiagnosticDescriptors.AmbiguousText, article.SeedSpan, input.OwnText.Seed,
                    (input.OwnText.OthersWithTheName.Count + 1).ToString(CultureInfo.InvariantCulture), input.OwnText.Path ?? input.OwnText.Seed,
                    string.Join(", ", input.OwnText.OthersWithTheName));
            }

            var bad = text.IndexOf('\uFFFD');
            if (bad < 0)
            {
                yield break;
            }

            var line = 1;
            var lineStart = 0;
            for (var i = 0; i < bad; i++)
            {
                if (text[i] == '\n')
                {
                    line++;
                    lineStart = i + 1;
                }
            }

            yield return DiagnosticInfo.Create(DiagnosticDescriptors.TextNotUtf8, article.SeedSpan, input.OwnText.Seed,
                bad.ToString(CultureInfo.InvariantCulture), line.ToString(CultureInfo.InvariantCulture), (bad - lineStart + 1).ToString(CultureInfo.InvariantCulture));
        }
    }
}
