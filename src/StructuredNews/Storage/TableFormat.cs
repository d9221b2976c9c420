using System;
using System.Text;

namespace StructuredNews.Storage
{
    /// <summary>
    /// The compact form in which generated code stores one annotation file's entities: a single string constant
    /// (so it costs no JIT time and lives in the assembly's string heap), decoded by <see cref="TableReader"/> on
    /// first use. This file is compiled into the generator too, so writer and reader share these definitions.
    /// <para>
    /// Layout: <see cref="Version"/>, then for each <see cref="Section"/> its start offset as a fixed two-char
    /// number, then the sections. A section is a count followed by that many records; a record is a fixed sequence
    /// of values. Numbers are one char below 0x8000, else two chars (15 bits each). Strings and lists are prefixed
    /// by length + 1, with 0 meaning null. Dates are day numbers + 1 (0 = none); enums are their numeric value.
    /// </para>
    /// </summary>
    internal static class TableFormat
    {
        /// <summary>Bumped whenever the layout changes; the reader rejects other versions.</summary>
        public const char Version = '\u0002';

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

        /// <summary>Characters before the first section: the version and one two-char offset per section.</summary>
        public const int HeaderLength = 1 + (2 * SectionCount);

        internal const int OneCharLimit = 0x8000;

        /// <summary>Appends a non-negative number.</summary>
        public static void AppendNumber(StringBuilder table, int value)
        {
            if (value < 0)
            {
                throw new ArgumentOutOfRangeException(nameof(value), "Table numbers are non-negative.");
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

        /// <summary>Writes a number as exactly two chars at <paramref name="index"/> (the header's offsets).</summary>
        public static void SetFixedNumber(StringBuilder table, int index, int value)
        {
            table[index] = (char)(value >> 15);
            table[index + 1] = (char)(value & 0x7FFF);
        }

        /// <summary>Appends a string, or null.</summary>
        public static void AppendString(StringBuilder table, string? value)
        {
            if (value == null)
            {
                AppendNumber(table, 0);
                return;
            }

            AppendNumber(table, value.Length + 1);
            table.Append(value);
        }

        /// <summary>The number a date is stored as: days since 0001-01-01, plus one (0 means no date).</summary>
        public static int DateNumber(int year, int month, int day) =>
            (int)(new DateTime(year, month, day, 0, 0, 0, DateTimeKind.Unspecified).Ticks / TimeSpan.TicksPerDay) + 1;
    }
}
