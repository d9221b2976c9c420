using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using StructuredNews.Export;

namespace StructuredNews.Cli.Rendering
{
    /// <summary>How a list command writes its rows (<c>--format</c>).</summary>
    public enum ListFormat
    {
        /// <summary>An aligned plain-text table (the default).</summary>
        Table,

        /// <summary>A JSON array of the rows' entities as plain records (<see cref="DatasetView"/>'s).</summary>
        Json,

        /// <summary>The table's columns as RFC 4180 CSV with a header row.</summary>
        Csv,
    }

    /// <summary>
    /// The rows of a list command, written as a table, as CSV with the same cells (an absent value is '-' in the
    /// table, an empty field in CSV) or as JSON: the entity behind each row as the JSON export writes it.
    /// </summary>
    /// <typeparam name="TRecord">The plain record of a row's entity (<see cref="EventRecord"/>, <see cref="FigureRecord"/>, ...).</typeparam>
    internal sealed class Listing<TRecord>
    {
        private readonly string[] headers;
        private readonly string[] wrap;
        private readonly List<string?[]> rows = new List<string?[]>();
        private readonly List<TRecord> records = new List<TRecord>();

        /// <summary>Starts a listing with its column headers and the columns that may wrap on a terminal.</summary>
        public Listing(string[] headers, params string[] wrap)
        {
            this.headers = headers;
            this.wrap = wrap;
        }

        /// <summary>The number of rows.</summary>
        public int Count => rows.Count;

        /// <summary>The CSV header of a table column: lower case, spaces as '_' (<c>AS OF</c> → <c>as_of</c>).</summary>
        public static string CsvHeader(string header) => header.ToLowerInvariant().Replace(' ', '_');

        /// <summary>Adds a row: its entity's record and its cells, <see langword="null"/> where a value is absent.</summary>
        public void Add(TRecord record, params string?[] cells)
        {
            records.Add(record);
            rows.Add(cells);
        }

        /// <summary>
        /// Writes the rows in <paramref name="format"/>; an empty table is the sentence <paramref name="none"/>
        /// instead (JSON and CSV stay parseable: <c>[]</c>, a header alone).
        /// </summary>
        public void WriteTo(TextWriter output, ListFormat format, int? width, string none)
        {
            switch (format)
            {
                case ListFormat.Json:
                    // The JSON export's options; "\n" on every platform, like the export.
                    var options = DatasetView.CreateJsonOptions();
                    options.NewLine = "\n";
                    output.Write(JsonSerializer.Serialize(records, options));
                    output.Write("\n");
                    break;
                case ListFormat.Csv:
                    var csv = new CsvTable(headers.Select(CsvHeader).ToArray());
                    foreach (var row in rows)
                    {
                        csv.Row(row);
                    }

                    output.Write(Encoding.UTF8.GetString(csv.ToBytes()));
                    break;
                default:
                    if (rows.Count == 0)
                    {
                        output.WriteLine(none);
                        break;
                    }

                    var table = new TextTable(headers).Wrap(wrap);
                    foreach (var row in rows)
                    {
                        table.Add(row.Select(c => c ?? Display.None).ToArray());
                    }

                    table.WriteTo(output, width: width);
                    break;
            }
        }
    }
}
