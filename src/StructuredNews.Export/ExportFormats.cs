using System;
using System.Collections.Generic;
using System.Linq;

namespace StructuredNews.Export
{
    /// <summary>
    /// The formats <c>sn export</c> can write. Add an <see cref="IDatasetExporter"/> here to add a format. Parquet is
    /// in the net8.0 build only (apps on .NET 8 or later).
    /// </summary>
    public static class ExportFormats
    {
        /// <summary>Every exporter, the default first.</summary>
        public static IReadOnlyList<IDatasetExporter> All { get; } = new IDatasetExporter[]
        {
            new JsonExporter(),
            new CsvExporter(),
            new GeoJsonExporter(),
            new W3cAnnotationExporter(),
#if NET8_0_OR_GREATER
            new ParquetExporter(),
#endif
        };

        /// <summary>The format used when <c>--format</c> is not given.</summary>
        public static IDatasetExporter Default => All[0];

        /// <summary>The names <c>--format</c> accepts.</summary>
        public static IEnumerable<string> Names => All.Select(e => e.Format);

        /// <summary>The exporter for a format name (case-insensitive), or <see langword="null"/>.</summary>
        public static IDatasetExporter? Find(string? format) =>
            format == null ? null : All.FirstOrDefault(e => string.Equals(e.Format, format.Trim(), StringComparison.OrdinalIgnoreCase));
    }
}
