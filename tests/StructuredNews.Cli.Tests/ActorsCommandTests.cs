using System.Linq;
using System.Text.Json;
using Xunit;

namespace StructuredNews.Cli.Tests
{
    public class ActorsCommandTests
    {
        [Fact]
        public void ListsActorsInDatasetOrderWithSnakeCaseKindsAndAliases()
        {
            var result = Sn.Run("actors");

            Assert.Equal(0, result.ExitCode);
            Assert.Equal(string.Empty, result.Error);
            var lines = result.Lines;
            var columns = new Columns(lines[0], "ID", "KIND", "NAME", "ALIASES");
            var rows = lines.Skip(1).ToArray();
            Assert.Equal(
                new[] { "tokayev", "interior-ministry", "security-forces", "sputnik", "tass", "protesters", "almaty-akimat" },
                rows.Select(r => columns.Cell(r, "ID")));
            Assert.Equal(
                new[] { "person", "government_body", "security_force", "media", "media", "protesters", "government_body" },
                rows.Select(r => columns.Cell(r, "KIND")));
            Assert.Equal("Kassym-Jomart Tokayev", columns.Cell(rows[0], "NAME"));
            Assert.Equal("Tokayev, Kassym-Shomart Tokayev, Qasym-Jōmart Toqaev", columns.Cell(rows[0], "ALIASES"));
            Assert.Equal("-", columns.Cell(rows[3], "ALIASES"));
        }

        [Fact]
        public void CsvQuotesFieldsWithCommasAndLeavesAbsentValuesEmpty()
        {
            var result = Sn.Run("actors", "--format", "csv");

            Assert.Equal(0, result.ExitCode);
            var lines = result.Out.Split("\r\n");
            Assert.Equal("id,kind,name,aliases", lines[0]);
            Assert.Equal("tokayev,person,Kassym-Jomart Tokayev,\"Tokayev, Kassym-Shomart Tokayev, Qasym-Jōmart Toqaev\"", lines[1]);
            Assert.Equal("sputnik,media,Sputnik,", lines[4]);
            Assert.Equal(1 + 7 + 1, lines.Length);
        }

        [Fact]
        public void JsonHasNamesPerLanguageAndAliases()
        {
            var result = Sn.Run("actors", "-f", "JSON");

            Assert.Equal(0, result.ExitCode);
            using var json = JsonDocument.Parse(result.Out);
            var tokayev = json.RootElement[0];
            Assert.Equal("tokayev", tokayev.GetProperty("id").GetString());
            Assert.Equal("person", tokayev.GetProperty("kind").GetString());
            Assert.Equal("Kassym-Jomart Tokajev", tokayev.GetProperty("names").GetProperty("da").GetString());
            Assert.Equal(3, tokayev.GetProperty("aliases").GetArrayLength());
            Assert.Equal(7, json.RootElement.GetArrayLength());
        }

        [Fact]
        public void HelpDescribesTheCommand()
        {
            var result = Sn.Run("actors", "--help");

            Assert.Equal(0, result.ExitCode);
            Assert.Contains("List the actors", result.Out);
        }
    }
}
