using System.Collections.Generic;

namespace StructuredNews.Export
{
    /// <summary>
    /// An exporter whose full output is several files (<c>sn export --format csv --output DIR</c>). Its
    /// <see cref="IDatasetExporter.Write"/> writes the main one (for standard output).
    /// </summary>
    public interface IMultiFileExporter : IDatasetExporter
    {
        /// <summary>Every file, by name, in a fixed order; deterministic.</summary>
        IReadOnlyList<KeyValuePair<string, byte[]>> WriteFiles(NewsDataset dataset);
    }
}
