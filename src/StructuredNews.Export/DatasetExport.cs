using System;
using System.Collections.Generic;
using System.IO;
using System.Text;

namespace StructuredNews.Export
{
    /// <summary>
    /// One call from an app to export its dataset: <c>DatasetExport.WriteTo(MyNews.Dataset, "export/news.json")</c>.
    /// The formats are <see cref="ExportFormats.All"/>; each writes deterministically (the same dataset always gives
    /// the same bytes), UTF-8 without a byte order mark.
    /// </summary>
    public static class DatasetExport
    {
        private static readonly UTF8Encoding Utf8NoBom = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

        /// <summary>The JSON export (<see cref="JsonExporter"/>) as a string.</summary>
        public static string ToJson(NewsDataset dataset) => ToText(dataset, new JsonExporter());

        /// <summary>What a text exporter writes to a stream (its main file, for a multi-file format), as a string.</summary>
        public static string ToText(NewsDataset dataset, IDatasetExporter exporter)
        {
            if (exporter == null)
            {
                throw new ArgumentNullException(nameof(exporter));
            }

            if (!exporter.WritesText)
            {
                throw new ArgumentException("The " + exporter.Format + " export is binary: write it to files with WriteTo.", nameof(exporter));
            }

            using var buffer = new MemoryStream();
            exporter.Write(dataset ?? throw new ArgumentNullException(nameof(dataset)), buffer);
            return Utf8NoBom.GetString(buffer.ToArray());
        }

        /// <summary>
        /// Writes a dataset to <paramref name="path"/> in a format, creating missing folders: the file, or for a
        /// multi-file format (<see cref="IMultiFileExporter"/>, e.g. CSV) the directory that receives one file per
        /// kind. Existing files are overwritten. Returns the full path of every file written, in order.
        /// </summary>
        public static IReadOnlyList<string> WriteTo(NewsDataset dataset, IDatasetExporter exporter, string path)
        {
            if (dataset == null)
            {
                throw new ArgumentNullException(nameof(dataset));
            }

            if (exporter == null)
            {
                throw new ArgumentNullException(nameof(exporter));
            }

            if (string.IsNullOrEmpty(path))
            {
                throw new ArgumentException("A path is required.", nameof(path));
            }

            var full = Path.GetFullPath(path);
            var written = new List<string>();
            if (exporter is IMultiFileExporter multi)
            {
                Directory.CreateDirectory(full);
                foreach (var file in multi.WriteFiles(dataset))
                {
                    var target = Path.Combine(full, file.Key);
                    File.WriteAllBytes(target, file.Value);
                    written.Add(target);
                }

                return written;
            }

            if (Path.GetDirectoryName(full) is { Length: > 0 } directory)
            {
                Directory.CreateDirectory(directory);
            }

            using (var stream = new FileStream(full, FileMode.Create, FileAccess.Write))
            {
                exporter.Write(dataset, stream);
            }

            written.Add(full);
            return written;
        }

        /// <summary>As <see cref="WriteTo(NewsDataset, IDatasetExporter, string)"/>, in the format named <paramref name="format"/> (<c>json</c>, <c>csv</c>, <c>geojson</c>).</summary>
        public static IReadOnlyList<string> WriteTo(NewsDataset dataset, string format, string path) =>
            WriteTo(dataset, ExportFormats.Find(format) ?? throw new ArgumentException("Unknown export format '" + format + "'. Known: " + string.Join(", ", ExportFormats.Names) + ".", nameof(format)), path);
    }
}
