using System.Globalization;
using System.Linq;
using System.Text;
using CsvHelper;
using Xunit;

namespace StructuredNews.Export.Tests
{
    public class CsvTests
    {
        private static readonly NewsDataset Bundled = Kazakhstan2022.Kazakhstan2022.Dataset;

        [Fact]
        public void CsvHelpersDefaultsAreTheExportsFormat()
        {
            // Csv uses CsvHelper's defaults as they are (setting them fails across its builds): a CsvHelper whose
            // defaults differ must fail here rather than change the files.
            var options = CsvWriterOptions.Default;

            Assert.Equal(CsvMode.Rfc4180, options.Mode);
            Assert.Equal(',', options.Separator);
            Assert.Equal("\r\n", options.NewLine);
            Assert.Equal(CsvQuoting.WhenNeeded, options.Quoting);
            Assert.Null(options.ShouldQuote);
            Assert.Null(options.NullValue);
            Assert.Equal(CsvInjection.None, options.Injection);
            Assert.Null(options.CommentPrefix);
            Assert.False(options.WriteByteOrderMark);
            Assert.Same(CultureInfo.InvariantCulture, options.FormatProvider);
        }

        [Theory]
        // What CsvHelper 33 quoted by default and RFC 4180 does not require.
        [InlineData(" leading", " leading")]
        [InlineData("trailing ", "trailing ")]
        [InlineData("tab\there", "tab\there")]
        // Text a spreadsheet would take for a formula is data here, written as it is.
        [InlineData("=1+1", "=1+1")]
        [InlineData("-8", "-8")]
        [InlineData("#hash", "#hash")]
        [InlineData("Алматы; Tokajev", "Алматы; Tokajev")]
        [InlineData("\"", "\"\"\"\"")]
        [InlineData("crlf\r\nhere", "\"crlf\r\nhere\"")]
        public void OnlyTheSeparatorQuotesAndLineBreaksQuoteAField(string value, string expected) =>
            Assert.Equal(expected, Csv.Field(value));

        [Fact]
        public void EveryFileIsUtf8WithoutBomWithCrlfRecordsOfOneWidth()
        {
            foreach (var file in new CsvExporter().WriteFiles(Bundled))
            {
                Assert.False(file.Value.Take(3).SequenceEqual(new byte[] { 0xEF, 0xBB, 0xBF }), file.Key + " has a BOM");
                var text = new UTF8Encoding(false, true).GetString(file.Value);
                Assert.EndsWith("\r\n", text);

                // Read back with CsvHelper's reader: the same number of fields in every record after the header.
                using var reader = CsvReader.Create(file.Value);
                var widths = new System.Collections.Generic.List<int>();
                while (reader.Read())
                {
                    widths.Add(reader.FieldCount);
                }

                Assert.True(widths.Count > 0, file.Key + " has no records");
                Assert.All(widths, w => Assert.Equal(widths[0], w));
            }
        }

        [Fact]
        public void AWriteOfAnotherWidthThrows()
        {
            var table = new CsvTable("a", "b");

            Assert.ThrowsAny<System.InvalidOperationException>(() => table.Row("only one"));
        }
    }
}
