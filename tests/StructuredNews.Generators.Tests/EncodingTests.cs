using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using StructuredNews.Generators.Tests.Infrastructure;
using Xunit;
using static StructuredNews.Generators.Tests.Infrastructure.DiagnosticAssert;

namespace StructuredNews.Generators.Tests
{
    /// <summary>
    /// Texts as files really are: saved in Latin-1 (SN0043), with decomposed accents, soft hyphens or zero-width
    /// characters a quote does not have (the SN0012 near-miss hint finds them), with CRLF line breaks (messages stay
    /// one line).
    /// </summary>
    public class EncodingTests
    {
        private const string Dir = GeneratorHarness.ProjectDir;

        private static GeneratorRun Run(string text, string yaml = "") => GeneratorHarness.Run(new List<InputFile>
        {
            InputFile.Yaml(Dir + "a.yaml", "article: { id: art, seed: art.txt, language: da, title: T }\n" + yaml),
            InputFile.Seed(Dir + "texts/art.txt", text),
        });

        [Fact]
        public void SN0043_Latin1TextIsReportedWithWhereItBreaks()
        {
            // "Politiet i Århus" saved as Latin-1 and read as UTF-8, as the compiler reads an additional file.
            var latin1 = Encoding.Latin1.GetBytes("Politiet meldte ro.\nPolitiet i Århus.\n");
            var decoded = new UTF8Encoding(false, false).GetString(latin1);
            var d = Single(Run(decoded), "SN0043");
            Assert.Equal(Microsoft.CodeAnalysis.DiagnosticSeverity.Warning, d.Severity);
            Assert.Equal((0, 26), (d.Location.GetLineSpan().StartLinePosition.Line, d.Location.GetLineSpan().StartLinePosition.Character)); // the seed
            Assert.Equal("The text 'art.txt' has U+FFFD at character 31 (line 2, column 12): the file is most likely not valid UTF-8 (or UTF-16 with a byte-order mark), " +
                "and the bytes there could not be decoded. Save the file as UTF-8 (if the text really contains U+FFFD, suppress this warning).", d.GetMessage(CultureInfo.InvariantCulture).Replace("\r", "", System.StringComparison.Ordinal));
        }

        [Fact]
        public void SN0044_TwoTextsWithTheSeedsNameSayWhichIsUsed()
        {
            var run = GeneratorHarness.Run(new List<InputFile>
            {
                InputFile.Yaml(Dir + "a.yaml", "article: { id: art, seed: art.txt, language: da, title: T }\n"),
                InputFile.Seed(Dir + "texts/2024/art.txt", "Politiet meldte ro.\n"),
                InputFile.Seed(Dir + "texts/2023/art.txt", "Politiet meldte uro.\n"),
            });
            var d = Single(run, "SN0044");
            Assert.Equal(Microsoft.CodeAnalysis.DiagnosticSeverity.Warning, d.Severity);
            Assert.Equal("2 article texts are named 'art.txt': " + Dir + "texts/2023/art.txt is used, not " + Dir + "texts/2024/art.txt. " +
                "Rename the texts so that each name is used once (a seed names a file, not a path).", d.GetMessage(CultureInfo.InvariantCulture));
        }

        [Fact]
        public void SN0043_NotForCleanText() => None(Run("Politiet i Århus.\n"), "SN0043");

        [Theory]
        [InlineData("Cafe\u0301 Ro lukkede.", "Café Ro lukkede.")]          // decomposed in the text, composed in the quote
        [InlineData("Café Ro lukkede.", "Cafe\u0301 Ro lukkede.")]
        [InlineData("Demon\u00ADstranter kom.", "Demonstranter kom.")]       // a soft hyphen in the text
        [InlineData("Demon\u200Bstranter kom.", "Demonstranter kom.")]       // a zero-width space
        public void SN0012_NearMissHintFindsInvisibleDifferences(string text, string quote)
        {
            var run = Run(text + "\n", "events:\n  - { id: e, type: protests, sub_type: peaceful_protest, summary: S, start: 2024-01-01, precision: day, reports: [{ article: art, quote: \"" + quote + "\" }] }\n");
            var d = Single(run, "SN0012");
            Assert.Contains("(the article has it with", d.GetMessage(CultureInfo.InvariantCulture), System.StringComparison.Ordinal);
            Assert.Contains(text, d.GetMessage(CultureInfo.InvariantCulture), System.StringComparison.Ordinal);
        }

        [Fact]
        public void MessagesStayOneLineWhenTheyQuoteALineBreak()
        {
            var run = Run("Demonstranter\r\nkom i går.\n", "events:\n  - { id: e, type: protests, sub_type: peaceful_protest, summary: S, start: 2024-01-01, precision: day, reports: [{ article: art, quote: \"DEMONSTRANTER kom\" }] }\n");
            var message = Single(run, "SN0012").GetMessage(CultureInfo.InvariantCulture);
            Assert.DoesNotContain("\n", message, System.StringComparison.Ordinal);
            Assert.DoesNotContain("\r", message, System.StringComparison.Ordinal);
            Assert.Contains("Demonstranter\\r\\nkom", message, System.StringComparison.Ordinal);
        }
    }
}
