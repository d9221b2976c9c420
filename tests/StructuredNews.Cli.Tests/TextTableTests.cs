using System.IO;
using StructuredNews.Cli.Rendering;
using Xunit;

namespace StructuredNews.Cli.Tests
{
    public class TextTableTests
    {
        private static string Render(TextTable table, string indent = "")
        {
            var writer = new StringWriter { NewLine = "\n" };
            table.WriteTo(writer, indent);
            return writer.ToString();
        }

        [Fact]
        public void PadsColumnsToTheWidestCellWithoutTrailingSpaces()
        {
            var table = new TextTable("ID", "NAME", "NOTE").Add("a", "Almaty", "x").Add("longer-id", "B", null);

            Assert.Equal("ID         NAME    NOTE\na          Almaty  x\nlonger-id  B\n", Render(table));
        }

        [Fact]
        public void CountsCombiningAccentsAsOneColumn()
        {
            var decomposed = "Zhanao\u0308zen"; // ö as o + combining diaeresis
            var table = new TextTable("PLACE", "X").Add(decomposed, "1").Add("Almaty", "2");

            var lines = Render(table).Split('\n');
            Assert.Equal(lines[2].IndexOf('2'), lines[1].IndexOf('1') - 1);
        }

        [Fact]
        public void FlattensLineBreaksAndIndents()
        {
            var table = new TextTable("A", "B").Add("one\ntwo", "3");

            Assert.Equal("  A        B\n  one two  3\n", Render(table, "  "));
        }
    }
}
