using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;

namespace StructuredNews.Export
{
    /// <summary>
    /// RFC 4180 CSV: a header row, records ended by CRLF, fields quoted only when they contain a comma, a double
    /// quote, CR or LF (a double quote inside is doubled). UTF-8 without a byte order mark.
    /// </summary>
    public sealed class Csv
    {
        private static readonly UTF8Encoding Utf8NoBom = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        private readonly StringBuilder text = new StringBuilder();
        private readonly int columns;

        /// <summary>Starts a table with its header.</summary>
        public Csv(params string[] header)
        {
            columns = header.Length;
            Row(header);
        }

        /// <summary>Appends a record; <see langword="null"/> is an empty field.</summary>
        public Csv Row(params string?[] fields)
        {
            if (fields.Length != columns)
            {
                throw new System.ArgumentException("Expected " + columns + " fields, got " + fields.Length + ".", nameof(fields));
            }

            text.Append(string.Join(",", fields.Select(Field))).Append("\r\n");
            return this;
        }

        /// <summary>One field, quoted when it must be.</summary>
        public static string Field(string? value)
        {
            if (string.IsNullOrEmpty(value))
            {
                return string.Empty;
            }

            return value!.IndexOfAny(new[] { ',', '"', '\r', '\n' }) < 0 ? value : "\"" + value.Replace("\"", "\"\"") + "\"";
        }

        /// <summary>A list in one field, joined by "; " (ACLED's separator).</summary>
        public static string List(IEnumerable<string> values) => string.Join("; ", values);

        /// <summary>A decimal without trailing zeros, invariant culture.</summary>
        public static string Number(decimal? value) => value is { } v ? v.ToString("0.############################", CultureInfo.InvariantCulture) : string.Empty;

        /// <summary>A coordinate, round-trippable, invariant culture.</summary>
        public static string Number(double? value) => value is { } v ? v.ToString("R", CultureInfo.InvariantCulture) : string.Empty;

        /// <summary>An integer, invariant culture.</summary>
        public static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

        /// <inheritdoc/>
        public override string ToString() => text.ToString();

        /// <summary>The table as UTF-8 without a byte order mark.</summary>
        public byte[] ToBytes() => Utf8NoBom.GetBytes(text.ToString());

        /// <summary>Writes the bytes to a stream.</summary>
        public void WriteTo(Stream stream)
        {
            var bytes = ToBytes();
            stream.Write(bytes, 0, bytes.Length);
        }
    }
}
