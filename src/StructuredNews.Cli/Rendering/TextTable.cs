using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;

namespace StructuredNews.Cli.Rendering
{
    /// <summary>
    /// A plain-text table: a header row and data rows whose columns are padded to a common width and separated
    /// by two spaces. No colour, no borders, no trailing spaces, so output reads the same in a terminal, a pipe
    /// or a file.
    /// </summary>
    public sealed class TextTable
    {
        private const string Gap = "  ";
        private readonly string[] headers;
        private readonly List<string[]> rows = new List<string[]>();

        /// <summary>Starts a table with its column headers.</summary>
        public TextTable(params string[] headers)
        {
            if (headers.Length == 0)
            {
                throw new ArgumentException("A table needs at least one column.", nameof(headers));
            }

            this.headers = headers;
        }

        /// <summary>The number of data rows.</summary>
        public int Count => rows.Count;

        /// <summary>Adds a row; <see langword="null"/> cells print as empty, line breaks as spaces.</summary>
        public TextTable Add(params string?[] cells)
        {
            if (cells.Length != headers.Length)
            {
                throw new ArgumentException("Expected " + headers.Length + " cells, got " + cells.Length + ".", nameof(cells));
            }

            var row = new string[cells.Length];
            for (var i = 0; i < cells.Length; i++)
            {
                row[i] = OneLine(cells[i] ?? string.Empty);
            }

            rows.Add(row);
            return this;
        }

        /// <summary>Writes the header and the rows, each line ended by a newline, indented by <paramref name="indent"/>.</summary>
        public void WriteTo(TextWriter output, string indent = "")
        {
            var widths = new int[headers.Length];
            for (var i = 0; i < headers.Length; i++)
            {
                widths[i] = Width(headers[i]);
                foreach (var row in rows)
                {
                    widths[i] = Math.Max(widths[i], Width(row[i]));
                }
            }

            WriteRow(output, indent, headers, widths);
            foreach (var row in rows)
            {
                WriteRow(output, indent, row, widths);
            }
        }

        /// <summary>The number of columns a string takes on a terminal (text elements, so combining accents count once).</summary>
        public static int Width(string text) => new StringInfo(text).LengthInTextElements;

        private static void WriteRow(TextWriter output, string indent, string[] cells, int[] widths)
        {
            var line = new StringBuilder(indent);
            for (var i = 0; i < cells.Length; i++)
            {
                if (i > 0)
                {
                    line.Append(Gap);
                }

                line.Append(cells[i]);
                if (i < cells.Length - 1)
                {
                    line.Append(' ', widths[i] - Width(cells[i]));
                }
            }

            output.WriteLine(line.ToString().TrimEnd());
        }

        private static string OneLine(string text) =>
            text.IndexOfAny(new[] { '\r', '\n', '\t' }) < 0
                ? text
                : text.Replace("\r\n", " ").Replace('\r', ' ').Replace('\n', ' ').Replace('\t', ' ');
    }
}
