using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;

namespace StructuredNews.Cli.Rendering
{
    /// <summary>
    /// A plain-text table: a header row and data rows whose columns are padded to a common width and separated
    /// by two spaces. No colour, no borders, no trailing spaces, so output reads the same in a terminal, a pipe
    /// or a file. Given a terminal width, the columns marked with <see cref="Wrap"/> (long free text) wrap onto
    /// more lines so that rows fit it; without one, every row is one line.
    /// </summary>
    public sealed class TextTable
    {
        /// <summary>A wrapping column is never made narrower than this (nor than its header): narrower text is hard to read.</summary>
        public const int MinWrapWidth = 20;

        private const string Gap = "  ";
        private readonly string[] headers;
        private readonly List<string[]> rows = new List<string[]>();
        private readonly bool[] wraps;

        /// <summary>Starts a table with its column headers.</summary>
        public TextTable(params string[] headers)
        {
            if (headers.Length == 0)
            {
                throw new ArgumentException("A table needs at least one column.", nameof(headers));
            }

            this.headers = headers;
            wraps = new bool[headers.Length];
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
                row[i] = Display.OneLine(cells[i] ?? string.Empty);
            }

            rows.Add(row);
            return this;
        }

        /// <summary>
        /// Marks the columns (by header) that may wrap onto more lines when the table is wider than the terminal:
        /// free text such as summaries and quotes, never ids, which must stay whole to be copied.
        /// </summary>
        public TextTable Wrap(params string[] columns)
        {
            foreach (var column in columns)
            {
                var index = Array.IndexOf(headers, column);
                if (index < 0)
                {
                    throw new ArgumentException("No column " + column + ".", nameof(columns));
                }

                wraps[index] = true;
            }

            return this;
        }

        /// <summary>
        /// Writes the header and the rows, each line ended by a newline, indented by <paramref name="indent"/>. With
        /// a <paramref name="width"/> (the terminal's), the widest wrapping column is narrowed, then the next widest
        /// with it, until the table fits; their cells wrap at spaces (a longer word is cut), continuation lines leaving
        /// the other columns blank. A table that would not fit even with its wrapping columns at
        /// <see cref="MinWrapWidth"/> is written unwrapped, as without a width: squeezing would not make it fit.
        /// </summary>
        public void WriteTo(TextWriter output, string indent = "", int? width = null)
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

            if (width is { } available)
            {
                var fitted = (int[])widths.Clone();
                if (Fit(fitted, available - Width(indent)))
                {
                    widths = fitted;
                }
            }

            WriteRow(output, indent, headers, widths);
            foreach (var row in rows)
            {
                WriteRow(output, indent, row, widths);
            }
        }

        // Narrows the wrapping columns one column at a time, always the widest, so that long text columns end up
        // equally wide rather than one of them squeezed to nothing. Whether the table then fits.
        private bool Fit(int[] widths, int available)
        {
            var total = widths.Sum() + (Gap.Length * (widths.Length - 1));
            while (total > available)
            {
                var widest = -1;
                for (var i = 0; i < widths.Length; i++)
                {
                    if (wraps[i] && widths[i] > Math.Max(MinWrapWidth, Width(headers[i])) && (widest < 0 || widths[i] > widths[widest]))
                    {
                        widest = i;
                    }
                }

                if (widest < 0)
                {
                    return false;
                }

                widths[widest]--;
                total--;
            }

            return true;
        }

        /// <summary>The number of columns a string takes on a terminal (text elements, so combining accents count once).</summary>
        public static int Width(string text) => new StringInfo(text).LengthInTextElements;

        private static void WriteRow(TextWriter output, string indent, string[] cells, int[] widths)
        {
            var lines = new List<string>[cells.Length];
            var count = 1;
            for (var i = 0; i < cells.Length; i++)
            {
                lines[i] = Width(cells[i]) > widths[i] ? WrapText(cells[i], widths[i]) : new List<string> { cells[i] };
                count = Math.Max(count, lines[i].Count);
            }

            for (var n = 0; n < count; n++)
            {
                var line = new StringBuilder(indent);
                for (var i = 0; i < cells.Length; i++)
                {
                    var cell = n < lines[i].Count ? lines[i][n] : string.Empty;
                    if (i > 0)
                    {
                        line.Append(Gap);
                    }

                    line.Append(cell);
                    if (i < cells.Length - 1)
                    {
                        line.Append(' ', Math.Max(0, widths[i] - Width(cell)));
                    }
                }

                output.WriteLine(line.ToString().TrimEnd());
            }
        }

        /// <summary>
        /// Text cut into lines of at most <paramref name="width"/> columns: at spaces where it can, a word longer than
        /// a line cut between text elements (an accent stays with its letter).
        /// </summary>
        public static List<string> WrapText(string text, int width)
        {
            var lines = new List<string>();
            var line = new StringBuilder();
            var lineWidth = 0;
            foreach (var word in text.Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries))
            {
                var wordWidth = Width(word);
                if (lineWidth > 0 && lineWidth + 1 + wordWidth <= width)
                {
                    line.Append(' ').Append(word);
                    lineWidth += 1 + wordWidth;
                    continue;
                }

                if (lineWidth > 0)
                {
                    lines.Add(line.ToString());
                    line.Clear();
                    lineWidth = 0;
                }

                var elements = StringInfo.GetTextElementEnumerator(word);
                while (elements.MoveNext())
                {
                    if (lineWidth == width)
                    {
                        lines.Add(line.ToString());
                        line.Clear();
                        lineWidth = 0;
                    }

                    line.Append(elements.GetTextElement());
                    lineWidth++;
                }
            }

            if (lineWidth > 0 || lines.Count == 0)
            {
                lines.Add(line.ToString());
            }

            return lines;
        }
    }
}
