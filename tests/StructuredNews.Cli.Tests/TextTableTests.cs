using System.IO;
using System.Linq;
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
        public void WrapsTheMarkedColumnToTheWidthLeavingOtherColumnsBlankOnContinuationLines()
        {
            var table = new TextTable("ID", "SUMMARY", "N").Wrap("SUMMARY")
                .Add("a", "Protesters storm and set fire to Almaty city hall.", "2")
                .Add("bb", "Short.", "1");
            var writer = new StringWriter { NewLine = "\n" };

            table.WriteTo(writer, width: 30);

            // 2 + 2 + SUMMARY + 2 + 1 = 30: SUMMARY gets 23 columns.
            Assert.Equal(
                "ID  SUMMARY                  N\n"
                + "a   Protesters storm and     2\n"
                + "    set fire to Almaty city\n"
                + "    hall.\n"
                + "bb  Short.                   1\n",
                writer.ToString());
        }

        [Fact]
        public void WithoutAWidthOrAMarkedColumnNothingWraps()
        {
            var unmarked = new TextTable("ID", "SUMMARY").Add("a", "Protesters storm and set fire to Almaty city hall.");
            var marked = new TextTable("ID", "SUMMARY").Wrap("SUMMARY").Add("a", "Protesters storm and set fire to Almaty city hall.");
            var expected = "ID  SUMMARY\na   Protesters storm and set fire to Almaty city hall.\n";

            Assert.Equal(expected, Render(marked));
            var writer = new StringWriter { NewLine = "\n" };
            unmarked.WriteTo(writer, width: 20);
            Assert.Equal(expected, writer.ToString());
        }

        [Fact]
        public void NarrowsTheWidestMarkedColumnFirstAndNeverBelowTheMinimum()
        {
            var table = new TextTable("A", "B").Wrap("A", "B")
                .Add(new string('x', 10) + " " + new string('y', 10), "one two three four five six seven eight nine ten");
            var writer = new StringWriter { NewLine = "\n" };

            table.WriteTo(writer, width: 42);

            // B (49 wide) shrinks alone down to A's 21, then both, to 20 + 2 + 20 = 42.
            Assert.Equal(
                "A                     B\n"
                + "xxxxxxxxxx            one two three four\n"
                + "yyyyyyyyyy            five six seven eight\n"
                + "                      nine ten\n",
                writer.ToString());

            // Below 20 + 2 + 20 it cannot fit: unwrapped, as without a width, rather than squeezed.
            var narrow = new StringWriter { NewLine = "\n" };
            table.WriteTo(narrow, width: 41);
            Assert.Equal(Render(table), narrow.ToString());
        }

        [Theory]
        [InlineData("one two three", 7, new[] { "one two", "three" })]
        [InlineData("abcdefghij", 4, new[] { "abcd", "efgh", "ij" })] // a word longer than the line is cut
        [InlineData("ab  cd", 10, new[] { "ab cd" })]
        [InlineData("", 5, new[] { "" })]
        [InlineData("Zhanao\u0308zen x", 8, new[] { "Zhanao\u0308ze", "n x" })] // the accent stays with its letter
        public void WrapTextBreaksAtSpacesAndCutsLongWords(string text, int width, string[] lines)
        {
            Assert.Equal(lines, TextTable.WrapText(text, width));
        }

        [Fact]
        public void FlattensLineBreaksAndIndents()
        {
            var table = new TextTable("A", "B").Add("one\ntwo", "3");

            Assert.Equal("  A        B\n  one two  3\n", Render(table, "  "));
        }
    }
}
