using System;
using System.IO;
using System.Linq;
using System.Text;
using Xunit;

namespace StructuredNews.Export.Tests
{
    public class ExportFormatsTests
    {
        private static readonly NewsDataset Bundled = Kazakhstan2022.Kazakhstan2022.Dataset;

        [Fact]
        public void WritesTextSaysWhetherTheMainFileIsUtf8()
        {
            var strict = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
            foreach (var exporter in ExportFormats.All)
            {
                using var buffer = new MemoryStream();
                exporter.Write(Bundled, buffer);
                var bytes = buffer.ToArray();
                Assert.NotEmpty(bytes);
                if (exporter.WritesText)
                {
                    Assert.Equal(strict.GetString(bytes), DatasetExport.ToText(Bundled, exporter));
                }
                else
                {
                    var refused = Assert.Throws<ArgumentException>(() => DatasetExport.ToText(Bundled, exporter));
                    Assert.Contains(exporter.Format + " export is binary", refused.Message, StringComparison.Ordinal);
                }
            }

            // The text formats, and Parquet (net8.0 build) as the binary one.
            Assert.Equal(new[] { "parquet" }, ExportFormats.All.Where(e => !e.WritesText).Select(e => e.Format));
        }
    }
}
