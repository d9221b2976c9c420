using System.Linq;
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
        public void HelpDescribesTheCommand()
        {
            var result = Sn.Run("actors", "--help");

            Assert.Equal(0, result.ExitCode);
            Assert.Contains("List the actors", result.Out);
        }
    }
}
