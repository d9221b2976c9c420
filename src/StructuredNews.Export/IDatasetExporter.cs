using System.IO;

namespace StructuredNews.Export
{
    /// <summary>Writes a whole dataset in one interchange format (<c>sn export --format NAME</c>).</summary>
    public interface IDatasetExporter
    {
        /// <summary>The value of <c>--format</c> that selects this exporter (lowercase, e.g. <c>json</c>).</summary>
        string Format { get; }

        /// <summary>One line for <c>--help</c>.</summary>
        string Description { get; }

        /// <summary>
        /// Whether <see cref="Write"/> writes UTF-8 text (JSON, CSV, ...), which can go to a terminal or a string;
        /// binary formats (Parquet) go to files only.
        /// </summary>
        bool WritesText { get; }

        /// <summary>Writes the dataset to a stream, deterministically: the same dataset always gives the same bytes.</summary>
        void Write(NewsDataset dataset, Stream stream);
    }
}
