using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace StructuredNews.Storage
{
    /// <summary>
    /// The compact form in which generated code stores one annotation file's entities: text in a string constant
    /// that no code loads (so it costs no JIT time and no space on the user-string heap, which the metadata format
    /// caps at 16 MB per assembly), which <see cref="ConstantTables"/> hands out in place, from the metadata the
    /// runtime has loaded; <see cref="TableReader"/> decodes just the section of the kind of entity asked for. This
    /// file is compiled into the generator too, so writer and reader share these definitions.
    /// <para>
    /// Layout: <see cref="Version"/>, then for each <see cref="Section"/> its offset (in chars) as eight ASCII hex digits,
    /// then the sections. A section is text: a count followed by that many records; a record is a fixed sequence
    /// of values. Numbers are one char below 0x8000, else two chars (15 bits each). Lists are prefixed by their
    /// count + 1, with 0 meaning null. A string is 0 (null), 2 × its length + 1 followed by its chars, or, for a
    /// string of at most <see cref="MaxReusedLength"/> chars already written in the same section (ids, units,
    /// claimants repeat across records), 2 × (its number + 1), numbering such strings in order of first writing:
    /// tables are smaller, and the reader decodes each repeated string once. Dates are day numbers + 1 (0 = none); enums are their numeric value.
    /// Decimals are 0 (none), <see cref="SmallDecimalBase"/> + the value for whole numbers up to
    /// <see cref="MaxSmallDecimal"/> (most figures: no parsing), or <see cref="DecimalText"/> and the invariant text.
    /// Every char is a Unicode scalar value (no lone surrogate), so a table is valid UTF-16, which tools that rewrite
    /// assemblies (trimming) keep as it is.
    /// </para>
    /// </summary>
    internal static class TableFormat
    {
        /// <summary>Bumped whenever the layout changes; the reader rejects other versions.</summary>
        public const char Version = '\u0004';

        /// <summary>The name of the string constant in which generated code holds a table.</summary>
        public const string ConstantName = "Table";

        /// <summary>The sections of a table, in order.</summary>
        public enum Section
        {
            /// <summary>Articles.</summary>
            Articles,
            /// <summary>Actors.</summary>
            Actors,
            /// <summary>Places.</summary>
            Places,
            /// <summary>Topics.</summary>
            Topics,
            /// <summary>Events.</summary>
            Events,
            /// <summary>Figures.</summary>
            Figures,
            /// <summary>Statements.</summary>
            Statements,
        }

        /// <summary>Number of sections.</summary>
        public const int SectionCount = 7;

        /// <summary>Hex digits of each section offset in the header.</summary>
        public const int OffsetDigits = 8;

        /// <summary>Chars before the first section: the version and one offset per section.</summary>
        public const int HeaderLength = 1 + (OffsetDigits * SectionCount);

        internal const int OneCharLimit = 0x8000;

        /// <summary>The largest storable number: its high char stays below the surrogate range.</summary>
        public const int MaxNumber = (1 << 29) - 1;

        /// <summary>Appends a non-negative number.</summary>
        public static void AppendNumber(StringBuilder table, int value)
        {
            if (value < 0 || value > MaxNumber)
            {
                throw new ArgumentOutOfRangeException(nameof(value), "Table numbers are between 0 and " + MaxNumber + ".");
            }

            if (value < OneCharLimit)
            {
                table.Append((char)value);
            }
            else
            {
                table.Append((char)(OneCharLimit | (value >> 15))).Append((char)(value & 0x7FFF));
            }
        }

        /// <summary>Tag of a decimal stored as its invariant text.</summary>
        public const int DecimalText = 1;

        /// <summary>Added to a whole, non-negative decimal stored as a number.</summary>
        public const int SmallDecimalBase = 2;

        /// <summary>The largest decimal stored as a number.</summary>
        public const int MaxSmallDecimal = MaxNumber - SmallDecimalBase;

        /// <summary>Strings up to this length are numbered and written once per section.</summary>
        public const int MaxReusedLength = 64;

        /// <summary>Appends a decimal, or null. Whole numbers without a scale (250, not 250.0) need no parsing.</summary>
        public static void AppendDecimal(StringBuilder table, decimal? value, Dictionary<string, int> written)
        {
            var text = value?.ToString(CultureInfo.InvariantCulture);
            if (value == null)
            {
                AppendNumber(table, 0);
            }
            else if (value.Value >= 0 && value.Value <= MaxSmallDecimal && text!.IndexOf('.') < 0)
            {
                AppendNumber(table, (int)value.Value + SmallDecimalBase);
            }
            else
            {
                AppendNumber(table, DecimalText);
                AppendString(table, text, written);
            }
        }

        /// <summary>
        /// Appends a string, or null. A lone surrogate (possible only in an article text read as UTF-16) becomes
        /// U+FFFD, as tools that rewrite assemblies would make it; lengths and offsets are unchanged.
        /// </summary>
        /// <param name="table">The section being written.</param>
        /// <param name="value">The string.</param>
        /// <param name="written">The section's numbered strings so far; a new section starts with an empty one.</param>
        public static void AppendString(StringBuilder table, string? value, Dictionary<string, int> written)
        {
            if (value == null)
            {
                AppendNumber(table, 0);
                return;
            }

            if (value.Length <= MaxReusedLength)
            {
                if (written.TryGetValue(value, out var number))
                {
                    AppendNumber(table, 2 * (number + 1));
                    return;
                }

                written.Add(value, written.Count);
            }

            AppendNumber(table, (2 * value.Length) + 1);
            for (var i = 0; i < value.Length; i++)
            {
                var c = value[i];
                if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
                {
                    table.Append(c).Append(value[++i]);
                }
                else
                {
                    table.Append(char.IsSurrogate(c) ? '\uFFFD' : c);
                }
            }
        }

        /// <summary>Where a section starts in a table, from the header (after checking the version).</summary>
        public static int SectionStart(ReadOnlySpan<char> table, Section section)
        {
            if (table.Length < HeaderLength || table[0] != Version)
            {
                throw new InvalidOperationException("The dataset table was written by a different version of StructuredNews; rebuild the dataset.");
            }

            var value = 0;
            var digits = table.Slice(1 + (OffsetDigits * (int)section), OffsetDigits);
            foreach (var digit in digits)
            {
                value = (value << 4) | HexValue(digit);
            }

            return value;
        }

        /// <summary>Where a section ends: the next section's start, or the end of the table.</summary>
        public static int SectionEnd(ReadOnlySpan<char> table, Section section) =>
            (int)section + 1 < SectionCount ? SectionStart(table, section + 1) : table.Length;

        /// <summary>The number a date is stored as: days since 0001-01-01, plus one (0 means no date).</summary>
        public static int DateNumber(int year, int month, int day) =>
            (int)(new DateTime(year, month, day, 0, 0, 0, DateTimeKind.Unspecified).Ticks / TimeSpan.TicksPerDay) + 1;

        private static int HexValue(char digit) =>
            digit >= '0' && digit <= '9' ? digit - '0'
            : digit >= 'a' && digit <= 'f' ? digit - 'a' + 10
            : throw new InvalidOperationException("Corrupt dataset table header; rebuild the dataset.");
    }

    /// <summary>The kinds of value a table record holds (see <see cref="TableFormat"/> for how each is written).</summary>
    internal enum FieldType
    {
        /// <summary>A non-negative number: an enum value, a count, a position.</summary>
        Number,

        /// <summary>A string or null.</summary>
        String,

        /// <summary>A date, or none.</summary>
        Date,

        /// <summary>A decimal, or none.</summary>
        Decimal,

        /// <summary>A list of strings that may be null: its count + 1 (0 for null), then the strings.</summary>
        Strings,

        /// <summary>The fields of <see cref="Field.Nested"/>, in place.</summary>
        Group,

        /// <summary>A list of <see cref="Field.Nested"/> records that may be null: its count + 1 (0 for null), then the records.</summary>
        Records,

        /// <summary>A list of <see cref="Field.Nested"/> records: its count, then the records.</summary>
        CountedRecords,
    }

    /// <summary>One value of a record: the property of the runtime entity it becomes, its type, and for lists and groups the fields of each item.</summary>
    internal sealed class Field
    {
        public Field(string name, FieldType type, Field[]? nested = null)
        {
            Name = name;
            Type = type;
            Nested = nested;
        }

        public string Name { get; }

        public FieldType Type { get; }

        public Field[]? Nested { get; }
    }

    /// <summary>
    /// The record layout of each entity kind, declared once: the engine's TableWriter checks every value it writes
    /// against it, the runtime skips records by it, and tests read records written by it with the runtime's
    /// EntityRecords. Field names are the runtime entities' property names. Changing a layout means bumping
    /// <see cref="TableFormat.Version"/>.
    /// </summary>
    internal static class TableLayout
    {
        public static readonly Field[] Evidence =
        {
            new Field("ArticleId", FieldType.String),
            new Field("Quote", FieldType.String), // null when located: then Start and Length say where it is
            new Field("Start", FieldType.Number), // + 1; 0 when not located
            new Field("Length", FieldType.Number),
        };

        public static readonly Field[] LocalizedName =
        {
            new Field("Language", FieldType.String),
            new Field("Name", FieldType.String),
        };

        public static readonly Field[] Article =
        {
            new Field("Id", FieldType.String),
            new Field("Seed", FieldType.String),
            new Field("Language", FieldType.String),
            new Field("Title", FieldType.String),
            new Field("Publisher", FieldType.String),
            new Field("Published", FieldType.Date),
            new Field("PublishedSource", FieldType.Number), // + 1; 0 for none
            new Field("Url", FieldType.String),
            new Field("Text", FieldType.String),
            new Field("TextSha256", FieldType.String),
        };

        public static readonly Field[] Role =
        {
            new Field("Title", FieldType.String),
            new Field("OfId", FieldType.String),
            new Field("From", FieldType.Date),
            new Field("To", FieldType.Date),
        };

        public static readonly Field[] Actor =
        {
            new Field("Id", FieldType.String),
            new Field("Kind", FieldType.Number),
            new Field("Name", FieldType.String),
            new Field("Names", FieldType.Records, LocalizedName),
            new Field("Aliases", FieldType.Strings),
            new Field("Roles", FieldType.Records, Role),
            new Field("Description", FieldType.String),
        };

        public static readonly Field[] Place =
        {
            new Field("Id", FieldType.String),
            new Field("Kind", FieldType.Number),
            new Field("Name", FieldType.String),
            new Field("Names", FieldType.Records, LocalizedName),
            new Field("Aliases", FieldType.Strings),
            new Field("WithinId", FieldType.String),
            new Field("Latitude", FieldType.String), // invariant round-trip text of a double
            new Field("Longitude", FieldType.String),
        };

        public static readonly Field[] Topic =
        {
            new Field("Id", FieldType.String),
            new Field("Name", FieldType.String),
            new Field("Names", FieldType.Records, LocalizedName),
            new Field("Aliases", FieldType.Strings),
            new Field("Description", FieldType.String),
        };

        public static readonly Field[] Participant =
        {
            new Field("ActorId", FieldType.String),
            new Field("Role", FieldType.Number),
        };

        public static readonly Field[] Report =
        {
            new Field("Evidence", FieldType.Group, Evidence),
            new Field("ClaimedById", FieldType.String),
            new Field("ViaIds", FieldType.Strings),
        };

        public static readonly Field[] Event =
        {
            new Field("Id", FieldType.String),
            new Field("SubType", FieldType.Number),
            new Field("Summary", FieldType.String),
            new Field("Start", FieldType.Date),
            new Field("End", FieldType.Date),
            new Field("Precision", FieldType.Number),
            new Field("PlaceId", FieldType.String),
            new Field("Participants", FieldType.CountedRecords, Participant),
            new Field("CauseIds", FieldType.Strings),
            new Field("Reports", FieldType.CountedRecords, Report),
        };

        /// <summary>Where a figure's measure is: the runtime's FigureTable reads a figure's id and measure ahead of the rest.</summary>
        public const int FigureMeasure = 1;

        public static readonly Field[] Figure =
        {
            new Field("Id", FieldType.String),
            new Field("Measure", FieldType.Number),
            new Field("SubjectId", FieldType.String),
            new Field("Value", FieldType.String),
            new Field("Qualifier", FieldType.Number),
            new Field("Low", FieldType.Decimal),
            new Field("High", FieldType.Decimal),
            new Field("Unit", FieldType.String),
            new Field("AsOf", FieldType.Date),
            new Field("ClaimedById", FieldType.String),
            new Field("ViaIds", FieldType.Strings),
            new Field("EventId", FieldType.String),
            new Field("PlaceId", FieldType.String),
            new Field("Note", FieldType.String),
            new Field("Evidence", FieldType.Group, Evidence),
        };

        public static readonly Field[] Statement =
        {
            new Field("Id", FieldType.String),
            new Field("SpeakerId", FieldType.String),
            new Field("Text", FieldType.String),
            new Field("Date", FieldType.Date),
            new Field("EventId", FieldType.String),
            new Field("Evidence", FieldType.Group, Evidence),
        };

        /// <summary>The layout of the records of a section.</summary>
        public static Field[] Of(TableFormat.Section section) => section switch
        {
            TableFormat.Section.Articles => Article,
            TableFormat.Section.Actors => Actor,
            TableFormat.Section.Places => Place,
            TableFormat.Section.Topics => Topic,
            TableFormat.Section.Events => Event,
            TableFormat.Section.Figures => Figure,
            TableFormat.Section.Statements => Statement,
            _ => throw new ArgumentOutOfRangeException(nameof(section)),
        };
    }
}
