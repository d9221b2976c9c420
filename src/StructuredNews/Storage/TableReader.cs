using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace StructuredNews.Storage
{
    /// <summary>Decodes the sections of a <see cref="TableFormat"/> table into entities.</summary>
    internal sealed class TableReader
    {
        private readonly string table;
        private readonly Func<string, string?> articleText;

        // This section's strings that later records may reuse by number (TableFormat).
        private readonly List<string> reused = new List<string>();
        private int position;

        private TableReader(string table, int position, Func<string, string?> articleText)
        {
            this.table = table;
            this.position = position;
            this.articleText = articleText;
        }

        /// <summary>A reader over one section of a table: only that section's bytes are decoded.</summary>
        public static TableReader At(ReadOnlySpan<byte> table, TableFormat.Section section, Func<string, string?> articleText)
        {
            var start = TableFormat.SectionStart(table, section);
            var end = TableFormat.SectionEnd(table, section);
            if (start < TableFormat.HeaderLength || end < start || end > table.Length)
            {
                throw new InvalidOperationException("Corrupt dataset table header; rebuild the dataset.");
            }

            return new TableReader(Decode(table.Slice(start, end - start)), 0, articleText);
        }

        private static unsafe string Decode(ReadOnlySpan<byte> utf8)
        {
            if (utf8.IsEmpty)
            {
                return string.Empty;
            }

            // Encoding.GetString(ReadOnlySpan<byte>) is missing from netstandard2.0; the pointer overload is not.
            fixed (byte* bytes = utf8)
            {
                return Encoding.UTF8.GetString(bytes, utf8.Length);
            }
        }

        public int Number()
        {
            int first = table[position++];
            return first < TableFormat.OneCharLimit ? first : ((first & 0x7FFF) << 15) | table[position++];
        }

        public string? String()
        {
            var tag = Number();
            if (tag == 0)
            {
                return null;
            }

            if ((tag & 1) == 0)
            {
                return reused[(tag / 2) - 1];
            }

            var length = tag / 2;
            var value = table.Substring(position, length);
            position += length;
            if (length <= TableFormat.MaxReusedLength)
            {
                reused.Add(value);
            }

            return value;
        }

        public string Text() => String() ?? throw new InvalidOperationException("Corrupt dataset table: a required text is missing.");

        public NewsDate? Date()
        {
            var number = Number();
            return number == 0 ? (NewsDate?)null : NewsDate.FromDayNumber(number - 1);
        }

        public double? Double() => String() is { } text ? double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture) : (double?)null;

        public IReadOnlyList<string>? Strings()
        {
            var count = Number() - 1;
            if (count < 0)
            {
                return null;
            }

            var values = new string[count];
            for (var i = 0; i < count; i++)
            {
                values[i] = Text();
            }

            return values;
        }

        public IReadOnlyDictionary<string, string>? Names()
        {
            var count = Number() - 1;
            if (count < 0)
            {
                return null;
            }

            var names = new Dictionary<string, string>(count, StringComparer.Ordinal);
            for (var i = 0; i < count; i++)
            {
                names[Text()] = Text();
            }

            return names;
        }

        /// <summary>
        /// An evidence record. A located quote is a place in its article's text, cut when first read; a quote the
        /// generator did not find (it reported an error) is stored as text.
        /// </summary>
        public Evidence Evidence()
        {
            var (article, quote, start, length) = Quote();
            return quote != null ? new Evidence(article, quote, start, length) : new Evidence(article, start, length, articleText);
        }

        public EventReport Report()
        {
            var (article, quote, start, length) = Quote();
            var claimedBy = String();
            var via = Strings();
            return quote != null
                ? new EventReport(article, quote, start, length, claimedBy, via)
                : new EventReport(article, start, length, articleText, claimedBy, via);
        }

        private (string Article, string? Quote, int Start, int Length) Quote() => (Text(), String(), Number() - 1, Number());

        public decimal? Decimal()
        {
            var tag = Number();
            return tag == 0 ? (decimal?)null
                : tag == TableFormat.DecimalText ? decimal.Parse(Text(), NumberStyles.Float, CultureInfo.InvariantCulture)
                : tag - TableFormat.SmallDecimalBase;
        }

        /// <summary>Decodes every record of one section of a table.</summary>
        public static void ReadAll<T>(ReadOnlySpan<byte> table, TableFormat.Section section, Func<string, string?> articleText, Func<TableReader, T> read, List<T> into)
        {
            var reader = At(table, section, articleText);
            var count = reader.Number();
            for (var i = 0; i < count; i++)
            {
                into.Add(read(reader));
            }
        }
    }
}
