using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Text;
using StructuredNews.Storage;
using Xunit;

namespace StructuredNews.Tests
{
    /// <summary>
    /// The reader agrees with <see cref="TableLayout"/>: a record written field by field from the layout alone, each
    /// field with a value of its own, is read by <see cref="EntityRecords"/> to the end the layout's skipper finds,
    /// and every value lands in the entity property the field names. (The engine's writer checks each value it writes
    /// against the same layout, so writer, reader and skipper cannot disagree unnoticed.)
    /// </summary>
    public class TableLayoutTests
    {
        public static TheoryData<string> Sections => new TheoryData<string>(Enum.GetNames(typeof(TableFormat.Section)));

        [Theory]
        [MemberData(nameof(Sections))]
        public void TheReaderReadsEachFieldIntoThePropertyItNames(string sectionName)
        {
            var section = Enum.Parse<TableFormat.Section>(sectionName);
            var fields = TableLayout.Of(section);
            var values = new Dictionary<string, object?>(StringComparer.Ordinal);
            var record = new StringBuilder().Append((char)1); // one record
            var counter = 0;
            WriteRecord(record, fields, "", values, ref counter);
            var table = Table(section, record.ToString());

            var reader = TableReader.First(table, section, id => "the text of " + id + " ".PadRight(20_000, 'x'));
            Assert.Equal(1, reader.Number());
            var entity = Read(section, ref reader);
            var skipper = TableReader.First(table, section, _ => null);
            skipper.Number();
            skipper.Skip(fields);
            Assert.Equal(skipper.Position, reader.Position);
            Assert.Equal(TableFormat.SectionEnd(table, section) - TableFormat.SectionStart(table, section), reader.Position);

            foreach (var (path, expected) in values)
            {
                Assert.True(Lookup(entity, path, out var actual), sectionName + ": no property for the layout field " + path);
                Assert.True(Same(expected, actual), sectionName + "." + path + ": expected " + Show(expected) + ", read " + Show(actual));
            }
        }

        [Fact]
        public void TheFigureSkipperReadsTheMeasureTheLayoutPlacesThere()
        {
            Assert.Equal("Measure", TableLayout.Figure[TableLayout.FigureMeasure].Name);
            Assert.Equal(FieldType.Number, TableLayout.Figure[TableLayout.FigureMeasure].Type);
            Assert.Equal("Id", TableLayout.Figure[0].Name);
        }

        private static object Read(TableFormat.Section section, ref TableReader reader) => section switch
        {
            TableFormat.Section.Articles => EntityRecords.Article(ref reader),
            TableFormat.Section.Actors => EntityRecords.Actor(ref reader),
            TableFormat.Section.Places => EntityRecords.Place(ref reader),
            TableFormat.Section.Topics => EntityRecords.Topic(ref reader),
            TableFormat.Section.Events => EntityRecords.Event(ref reader),
            TableFormat.Section.Figures => EntityRecords.Figure(reader.Text(), ref reader),
            TableFormat.Section.Statements => EntityRecords.Statement(ref reader),
            _ => throw new ArgumentOutOfRangeException(nameof(section)),
        };

        // Every field gets a value no other field has: strings and numbers are numbered, lists hold two items.
        private static void WriteRecord(StringBuilder table, Field[] fields, string prefix, Dictionary<string, object?> values, ref int counter)
        {
            foreach (var field in fields)
            {
                var path = prefix + field.Name;
                counter++;
                switch (field.Type)
                {
                    case FieldType.Number:
                        TableFormat.AppendNumber(table, counter);
                        values[path] = StoredPlusOne.Contains(field.Name) ? counter - 1 : counter;
                        break;
                    case FieldType.Date:
                        TableFormat.AppendNumber(table, TableFormat.DateNumber(2022, 1, 1) + counter);
                        values[path] = new DateTime(2022, 1, 1).AddDays(counter);
                        break;
                    case FieldType.Decimal:
                        TableFormat.AppendNumber(table, TableFormat.SmallDecimalBase + counter);
                        values[path] = (decimal)counter;
                        break;
                    case FieldType.String:
                        var text = IsNumberText(field.Name) ? counter + ".5" : "v" + counter;
                        TableFormat.AppendString(table, text, new Dictionary<string, int>());
                        values[path] = text;
                        break;
                    case FieldType.Strings:
                        TableFormat.AppendNumber(table, 3);
                        var items = new[] { "a" + counter, "b" + counter };
                        foreach (var item in items)
                        {
                            TableFormat.AppendString(table, item, new Dictionary<string, int>());
                        }

                        values[path] = items;
                        break;
                    case FieldType.Group:
                        WriteRecord(table, field.Nested!, path + ".", values, ref counter);
                        break;
                    case FieldType.Records:
                    case FieldType.CountedRecords:
                        TableFormat.AppendNumber(table, field.Type == FieldType.Records ? 3 : 2);
                        WriteRecord(table, field.Nested!, path + "[0].", values, ref counter);
                        WriteRecord(table, field.Nested!, path + "[1].", values, ref counter);
                        break;
                }
            }
        }

        // Numbers stored as their value + 1, so that 0 can mean none (TableLayout's comments).
        private static readonly HashSet<string> StoredPlusOne = new HashSet<string>(StringComparer.Ordinal) { "PublishedSource", "Start" };

        // Coordinates are stored as text and read as numbers.
        private static bool IsNumberText(string name) => name is "Latitude" or "Longitude";

        private static string Table(TableFormat.Section section, string records)
        {
            var sections = Enum.GetValues<TableFormat.Section>().Select(s => s == section ? records : "\0").ToList();
            var header = new StringBuilder().Append(TableFormat.Version);
            var start = TableFormat.HeaderLength;
            foreach (var body in sections)
            {
                header.Append(start.ToString("x8", System.Globalization.CultureInfo.InvariantCulture));
                start += body.Length;
            }

            return header + string.Concat(sections);
        }

        // A path such as "Reports[1].Evidence.Start": properties, list items, and a group's fields on the item itself
        // (an event report is its evidence), or a name map's entries (Names[0].Language / .Name).
        private static bool Lookup(object? target, string path, out object? value)
        {
            value = target;
            foreach (var part in path.Split('.'))
            {
                if (value == null)
                {
                    return false;
                }

                var name = part;
                int? index = null;
                if (part.EndsWith("]", StringComparison.Ordinal))
                {
                    name = part.Substring(0, part.IndexOf('[', StringComparison.Ordinal));
                    index = int.Parse(part.Substring(name.Length + 1, part.Length - name.Length - 2), System.Globalization.CultureInfo.InvariantCulture);
                }

                var property = value.GetType().GetProperty(name, BindingFlags.Public | BindingFlags.Instance);
                if (property == null)
                {
                    // A group is stored in place: its fields are the item's own (an event report is its evidence).
                    if (name == "Evidence")
                    {
                        continue;
                    }

                    // A name map entry: Language is the key, Name the value.
                    if (value is KeyValuePair<string, string> entry)
                    {
                        value = name == "Language" ? entry.Key : name == "Name" ? entry.Value : null;
                        return value != null;
                    }

                    return false;
                }

                value = property.GetValue(value);
                if (index is { } i)
                {
                    value = ((IEnumerable)value!).Cast<object>().ElementAt(i);
                }
            }

            return true;
        }

        private static bool Same(object? expected, object? actual) => (expected, actual) switch
        {
            (int number, Enum e) => Convert.ToInt32(e, System.Globalization.CultureInfo.InvariantCulture) == number,
            (int number, int read) => read == number,
            (DateTime date, NewsDate news) => news.Year == date.Year && news.Month == date.Month && news.Day == date.Day,
            (decimal d, decimal read) => d == read,
            (string text, double number) => double.Parse(text, System.Globalization.CultureInfo.InvariantCulture) == number,
            (string text, string read) => text == read,
            (string[] items, IEnumerable<string> read) => items.SequenceEqual(read),
            _ => Equals(expected, actual),
        };

        private static string Show(object? value) => value is IEnumerable<string> list && value is not string ? "[" + string.Join(", ", list) + "]" : value?.ToString() ?? "null";
    }
}
