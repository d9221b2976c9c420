using System.Linq;
using System.Text.Json;
using Xunit;

namespace StructuredNews.Cli.Tests
{
    public class StatementsCommandTests
    {
        private static readonly string[] Headers = { "ID", "DATE", "SPEAKER", "ARTICLE", "TEXT", "QUOTE" };

        [Fact]
        public void ListsEveryStatementWithDateSpeakerArticleTextAndQuote()
        {
            var result = Sn.Run("statements");

            Assert.Equal(0, result.ExitCode);
            Assert.Equal(string.Empty, result.Error);
            var columns = new Columns(result.Lines[0], Headers);
            Assert.Equal(3, result.Lines.Length);
            var terrorists = result.Lines[1];
            Assert.Equal("tokayev-terrorists", columns.Cell(terrorists, "ID"));
            Assert.Equal("2022-01-07", columns.Cell(terrorists, "DATE"));
            Assert.Equal("tokayev", columns.Cell(terrorists, "SPEAKER"));
            Assert.Equal("art-en", columns.Cell(terrorists, "ARTICLE"));
            Assert.Equal("terrorists", columns.Cell(terrorists, "TEXT"));
            Assert.Equal("President Tokayev called them \"terrorists\" in a televised address", columns.Cell(terrorists, "QUOTE"));
            var shalKet = result.Lines[2];
            Assert.Equal("shal-ket", columns.Cell(shalKet, "ID"));
            Assert.Equal("-", columns.Cell(shalKet, "DATE"));
            Assert.Equal("protesters", columns.Cell(shalKet, "SPEAKER"));
            Assert.Equal("Shal ket!", columns.Cell(shalKet, "TEXT"));
        }

        [Theory]
        [InlineData(new[] { "--speaker", "tokayev" }, new[] { "tokayev-terrorists" })]
        [InlineData(new[] { "--article", "art-da" }, new[] { "shal-ket" })]
        [InlineData(new[] { "--speaker", "protesters", "--article", "art-da" }, new[] { "shal-ket" })]
        public void FiltersBySpeakerAndArticle(string[] filter, string[] ids)
        {
            var result = Sn.Run(new[] { "statements" }.Concat(filter).ToArray());

            Assert.Equal(0, result.ExitCode);
            var columns = new Columns(result.Lines[0], Headers);
            Assert.Equal(ids, result.Lines.Skip(1).Select(l => columns.Cell(l, "ID")));
        }

        [Fact]
        public void NoMatchSaysSo()
        {
            var result = Sn.Run("statements", "--speaker", "tass");

            Assert.Equal(0, result.ExitCode);
            Assert.Equal("No statements.\n", result.Out);
        }

        [Theory]
        [InlineData(new[] { "--speaker", "tokayv" }, "sn: --speaker: no actor has the id 'tokayv'. Did you mean 'tokayev' (Kassym-Jomart Tokayev)?")]
        [InlineData(new[] { "--speaker", "kazakhstan" }, "sn: --speaker: no actor has the id 'kazakhstan' ('kazakhstan' is a place country).")]
        [InlineData(new[] { "--article", "art-dk" }, "sn: --article: no article has the id 'art-dk'. Did you mean 'art-da' (Kaos i Kasakhstan) or 'art-en' (Eight security officers killed)?")]
        public void UnknownIdIsAnErrorWithSuggestions(string[] filter, string message)
        {
            var result = Sn.Run(new[] { "statements" }.Concat(filter).ToArray());

            Assert.Equal(1, result.ExitCode);
            Assert.Equal(string.Empty, result.Out);
            Assert.Equal(message + "\n", result.Error);
        }

        [Fact]
        public void CsvQuotesQuotesAndLeavesAbsentDatesEmpty()
        {
            var result = Sn.Run("statements", "--format", "csv");

            Assert.Equal(
                "id,date,speaker,article,text,quote\r\n"
                + "tokayev-terrorists,2022-01-07,tokayev,art-en,terrorists,\"President Tokayev called them \"\"terrorists\"\" in a televised address\"\r\n"
                + "shal-ket,,protesters,art-da,Shal ket!,\"Demonstranterne råbte \"\"Shal ket!\"\"\"\r\n",
                result.Out);
        }

        [Fact]
        public void JsonIsAnArrayOfTheExportsStatementRecords()
        {
            var result = Sn.Run("statements", "--format", "json");

            Assert.Equal(0, result.ExitCode);
            using var json = JsonDocument.Parse(result.Out);
            var shalKet = json.RootElement[1];
            Assert.Equal("shal-ket", shalKet.GetProperty("id").GetString());
            Assert.Equal(JsonValueKind.Null, shalKet.GetProperty("date").ValueKind);
            Assert.Equal("art-da", shalKet.GetProperty("evidence").GetProperty("article").GetString());
            Assert.Equal("Demonstranterne råbte \"Shal ket!\"", shalKet.GetProperty("evidence").GetProperty("quote").GetString());
            using var export = JsonDocument.Parse(Sn.Run("export").Out);
            JsonAssert.Same(export.RootElement.GetProperty("statements"), json.RootElement);
        }
    }
}
