using System;
using System.Collections.Generic;
using System.Globalization;

namespace StructuredNews.Storage
{
    /// <summary>
    /// Reads the records of one section of a <see cref="TableFormat"/> table in place (from the assembly's metadata,
    /// as <see cref="ConstantTables"/> hands it out): nothing is copied except the strings a record asks for.
    /// </summary>
    internal ref struct TableReader
    {
        private readonly ReadOnlySpan<char> section;
        private readonly SectionStrings strings;
        private readonly Func<string, string?> articleText;
        private int position;

        private TableReader(ReadOnlySpan<char> section, SectionStrings strings, Func<string, string?> articleText, int position)
        {
            this.section = section;
            this.strings = strings;
            this.articleText = articleText;
            this.position = position;
        }

        /// <summary>A reader at the start of one section of a table, the first time that section is read.</summary>
        public static TableReader First(ReadOnlySpan<char> table, TableFormat.Section section, Func<string, string?> articleText)
        {
            var chars = Section(table, section);
            return new TableReader(chars, new SectionStrings(chars.Length), articleText, 0);
        }

        /// <summary>The number of records in one section of a table.</summary>
        public static int RecordCount(ReadOnlySpan<char> table, TableFormat.Section section) =>
            new TableReader(Section(table, section), null!, null!, 0).Number();

        /// <summary>
        /// A reader at a record of a section read to its end before (by <paramref name="strings"/>' reader), so that
        /// every string a record may refer back to is already numbered.
        /// </summary>
        public static TableReader Again(ReadOnlySpan<char> table, TableFormat.Section section, SectionStrings strings, Func<string, string?> articleText, int position)
        {
            strings.Complete();
            return new TableReader(Section(table, section), strings, articleText, position);
        }

        private static ReadOnlySpan<char> Section(ReadOnlySpan<char> table, TableFormat.Section section)
        {
            var start = TableFormat.SectionStart(table, section);
            var end = TableFormat.SectionEnd(table, section);
            if (start < TableFormat.HeaderLength || end < start || end > table.Length)
            {
                throw new InvalidOperationException("Corrupt dataset table header; rebuild the dataset.");
            }

            return table.Slice(start, end - start);
        }

        /// <summary>The section's numbered strings, to read the section again with <see cref="Again"/>.</summary>
        public SectionStrings Strings => strings;

        /// <summary>Where the next value starts (a char offset in the section).</summary>
        public int Position => position;

        public int Number()
        {
            int first = section[position++];
            return first < TableFormat.OneCharLimit ? first : ((first & 0x7FFF) << 15) | section[position++];
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
                return strings.Get((tag / 2) - 1, section);
            }

            var start = position;
            var length = tag / 2;
            position += length;
            var value = section.Slice(start, length).ToString();
            strings.Number(start, length, value);
            return value;
        }

        /// <summary>Moves past a string without decoding it (still numbering it, so later records can refer to it).</summary>
        public void SkipString()
        {
            var tag = Number();
            if ((tag & 1) == 1)
            {
                var start = position;
                var length = tag / 2;
                position += length;
                strings.Number(start, length, null);
            }
        }

        public string Text() => String() ?? throw new InvalidOperationException("Corrupt dataset table: a required text is missing.");

        public NewsDate? Date()
        {
            var number = Number();
            return number == 0 ? (NewsDate?)null : NewsDate.FromDayNumber(number - 1);
        }

        public double? Double() => String() is { } text ? double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture) : (double?)null;

        public IReadOnlyList<string>? List()
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
            var via = List();
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

        /// <summary>Moves past the fields of a record from <paramref name="from"/> on, cutting no string (still numbering them).</summary>
        public void Skip(Field[] fields, int from = 0)
        {
            for (var i = from; i < fields.Length; i++)
            {
                var field = fields[i];
                switch (field.Type)
                {
                    case FieldType.Number:
                    case FieldType.Date:
                        Number();
                        break;
                    case FieldType.String:
                        SkipString();
                        break;
                    case FieldType.Decimal:
                        if (Number() == TableFormat.DecimalText)
                        {
                            SkipString();
                        }

                        break;
                    case FieldType.Strings:
                        for (var count = Number() - 1; count > 0; count--)
                        {
                            SkipString();
                        }

                        break;
                    case FieldType.Group:
                        Skip(field.Nested!);
                        break;
                    case FieldType.Records:
                    case FieldType.CountedRecords:
                        for (var count = Number() - (field.Type == FieldType.Records ? 1 : 0); count > 0; count--)
                        {
                            Skip(field.Nested!);
                        }

                        break;
                }
            }
        }
    }

    /// <summary>Reads one record of a section.</summary>
    internal delegate T RecordReader<out T>(ref TableReader reader);

    /// <summary>
    /// A section's strings that records may refer back to by number (<see cref="TableFormat"/>): where each is, and
    /// the string once decoded, so a repeated id or unit is one instance however often it is read.
    /// </summary>
    internal sealed class SectionStrings
    {
        private readonly List<Entry> entries;

        // False while the section is read front to back for the first time, which is when strings get their numbers.
        private bool complete;

        // Sized for a section of this many chars (records average more than 16), so the list rarely grows: growing
        // it was a good part of the garbage a first read made.
        public SectionStrings(int sectionLength) => entries = new List<Entry>(Math.Min(sectionLength / 16, 1024));

        public void Complete() => complete = true;

        public void Number(int start, int length, string? value)
        {
            if (!complete && length <= TableFormat.MaxReusedLength)
            {
                entries.Add(new Entry(start, length, value));
            }
        }

        public string Get(int number, ReadOnlySpan<char> section)
        {
            var entry = entries[number];
            if (entry.Value == null)
            {
                entry.Value = section.Slice(entry.Start, entry.Length).ToString();
                entries[number] = entry;
            }

            return entry.Value;
        }

        private struct Entry
        {
            public Entry(int start, int length, string? value)
            {
                Start = start;
                Length = length;
                Value = value;
            }

            public int Start;
            public int Length;
            public string? Value;
        }
    }
}
