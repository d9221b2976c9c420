using System.Collections.Generic;
using System.Globalization;
using System.IO;
using CsvHelper;

namespace StructuredNews.Export
{
    /// <summary>
    /// The CSV export's field formatting: RFC 4180 as CsvHelper writes it (records ended by
    /// CRLF, fields quoted only when they contain a comma, a double quote, CR or LF, a double quote inside doubled;
    /// UTF-8 without a byte order mark), and the invariant text of lists and numbers.
    /// </summary>
    public static class Csv
    {
        /// <summary>
        /// CsvHelper's default options, which are the export's format: RFC 4180 mode, comma, CRLF, quotes only when
        /// needed, no formula escaping, invariant culture, no byte order mark (a test pins each of them, so that a
        /// CsvHelper with other defaults fails it instead of changing the bytes). They are not set here because
        /// CsvHelper 34's init-only setters differ between its builds (its netstandard2.0 build marks them with its own
        /// IsExternalInit, its net8.0 build with the framework's): this library's netstandard2.0 build, run on .NET 8
        /// or later, would fail with MissingMethodException.
        /// </summary>
        internal static CsvWriterOptions Options => CsvWriterOptions.Default;

        /// <summary>One field as the export writes it, quoted when it must be; <see langword="null"/> is an empty field.</summary>
        public static string Field(string? value)
        {
            using var text = new StringWriter(CultureInfo.InvariantCulture);
            using (var writer = CsvWriter.Create(text, Options, leaveOpen: true))
            {
                // Two fields: a record whose only field is empty is written as "" (so it is not an empty line).
                CsvTable.Record(writer, new[] { value, "end" });
            }

            var record = text.ToString();
            return record.Substring(0, record.Length - ",end\r\n".Length);
        }

        /// <summary>A list in one field, joined by "; " (ACLED's separator).</summary>
        public static string List(IEnumerable<string> values) => string.Join("; ", values);

        /// <summary>A decimal without trailing zeros, invariant culture.</summary>
        public static string Number(decimal? value) => value is { } v ? v.ToString("0.############################", CultureInfo.InvariantCulture) : string.Empty;

        /// <summary>A coordinate, round-trippable, invariant culture.</summary>
        public static string Number(double? value) => value is { } v ? v.ToString("R", CultureInfo.InvariantCulture) : string.Empty;

        /// <summary>An integer, invariant culture.</summary>
        public static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>One CSV file: a header, then records of as many fields, written by CsvHelper into memory.</summary>
    internal sealed class CsvTable
    {
        private readonly MemoryStream bytes = new MemoryStream();
        private readonly CsvWriter writer;

        public CsvTable(params string[] header)
        {
            writer = CsvWriter.Create(bytes, Csv.Options, leaveOpen: true);
            Record(writer, header);
        }

        /// <summary>Appends a record; <see langword="null"/> is an empty field. A record of another width throws.</summary>
        public CsvTable Row(params string?[] fields)
        {
            Record(writer, fields);
            return this;
        }

        // Field by field: CsvHelper 34's netstandard2.0 build has WriteHeader(string[]), its net8.0 and net10.0 builds do
        // not (MissingMethodException in an app on .NET 10); WriteField and EndRecord are in every build.
        internal static void Record(CsvWriter writer, string?[] fields)
        {
            foreach (var field in fields)
            {
                writer.WriteField(field);
            }

            writer.EndRecord();
        }

        /// <summary>The file: UTF-8 without a byte order mark. The table is complete after this call.</summary>
        public byte[] ToBytes()
        {
            writer.Dispose();
            return bytes.ToArray();
        }
    }
}
