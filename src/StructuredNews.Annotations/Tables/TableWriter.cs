using System.Globalization;
using System.Text;
using StructuredNews.Storage;

namespace StructuredNews.Annotations.Tables
{
    /// <summary>
    /// Writes one annotation file's entities as a <see cref="TableFormat"/> table. Every value written is checked
    /// against the record's <see cref="TableLayout"/>, the layout the runtime reads and skips by: a writer that
    /// strays from it throws instead of writing a table the runtime would misread.
    /// </summary>
    public sealed class TableWriter
    {
        /// <summary>The name of the string constant in which generated code holds a table (the runtime looks it up by name).</summary>
        public const string ConstantName = TableFormat.ConstantName;

        private readonly int[] sectionEnds = new int[TableFormat.SectionCount];
        private readonly StringBuilder table = new StringBuilder();
        private readonly Dictionary<string, int> written = new Dictionary<string, int>(System.StringComparer.Ordinal);
        private readonly Queue<QuoteMatch> quotes;

        // Where the writer is in the layout: the fields of each record or item being written, and the next one's index.
        private readonly List<(Field[] Fields, int Next)> layout = new List<(Field[] Fields, int Next)>();

        private TableWriter(IEnumerable<QuoteMatch> quotes) => this.quotes = new Queue<QuoteMatch>(quotes);

        /// <summary>
        /// The table of a file, as the chars of its constant; evidence positions are taken in
        /// <see cref="EvidenceOrder"/>.
        /// </summary>
        public static char[] Write(LocatedFile located)
        {
            var writer = new TableWriter(located.Quotes);
            writer.WriteFile(located);
            return writer.Assemble();
        }

        private void WriteFile(LocatedFile located)
        {
            var file = located.File;
            Section(TableFormat.Section.Articles, file.Article == null ? new ArticleSpec[0] : new[] { file.Article }, a => Article(a, located.OwnText));
            Section(TableFormat.Section.Actors, file.Actors, Actor);
            Section(TableFormat.Section.Places, file.Places, Place);
            Section(TableFormat.Section.Topics, file.Topics, Topic);
            // Evidence positions are queued events first, then figures, then statements (EvidenceOrder).
            Section(TableFormat.Section.Events, file.Events, Event);
            Section(TableFormat.Section.Figures, file.Figures, Figure);
            Section(TableFormat.Section.Statements, file.Statements, Statement);
        }

        private void Section<T>(TableFormat.Section section, IEnumerable<T> specs, System.Action<T> write)
        {
            var list = specs.ToList();
            TableFormat.AppendNumber(table, list.Count);
            foreach (var spec in list)
            {
                Record(TableLayout.Of(section), () => write(spec));
            }

            sectionEnds[(int)section] = table.Length;
            written.Clear();
        }

        // The header (TableFormat's layout: the version, then where each section starts), then the sections as
        // written, copied once from the builder and never made a string.
        private char[] Assemble()
        {
            var chars = new char[TableFormat.HeaderLength + table.Length];
            table.CopyTo(0, chars, TableFormat.HeaderLength, table.Length);
            chars[0] = TableFormat.Version;
            var sectionStart = 0;
            for (var section = 0; section < TableFormat.SectionCount; section++)
            {
                (TableFormat.HeaderLength + sectionStart).ToString("x8", CultureInfo.InvariantCulture).CopyTo(0, chars, 1 + (section * TableFormat.OffsetDigits), TableFormat.OffsetDigits);
                sectionStart = sectionEnds[section];
            }

            return chars;
        }

        private void Article(ArticleSpec a, ArticleText? text)
        {
            Text(a.Id.Id);
            Text(a.Seed);
            Text(a.Language);
            Text(a.Title);
            Text(a.Publisher);
            Date(a.Published);
            Number(a.PublishedSource is { } source ? (int)source + 1 : 0);
            Text(a.Url);
            Text(text?.Text ?? "");
            Text(text?.Sha256 ?? "");
        }

        private void Actor(ActorSpec a)
        {
            Text(a.Id.Id);
            Number((int)a.Kind);
            Naming(a.Naming);
            Records(FieldType.Records, a.Roles, role =>
            {
                Text(role.Title);
                Text(role.Of?.Id);
                Date(role.From);
                Date(role.To);
            });

            Text(a.Description);
        }

        private void Place(PlaceSpec p)
        {
            Text(p.Id.Id);
            Number((int)p.Kind);
            Naming(p.Naming);
            Text(p.Within?.Id);
            Text(p.Latitude?.ToString("R", CultureInfo.InvariantCulture));
            Text(p.Longitude?.ToString("R", CultureInfo.InvariantCulture));
        }

        private void Topic(TopicSpec t)
        {
            Text(t.Id.Id);
            Naming(t.Naming);
            Text(t.Description);
        }

        private void Event(EventSpec e)
        {
            Text(e.Id.Id);
            Number((int)e.SubType);
            Text(e.Summary);
            Date(e.Start);
            Date(e.End);
            Number((int)e.Precision);
            Text(e.Place?.Id);
            Records(FieldType.CountedRecords, e.Participants, participant =>
            {
                Text(participant.Actor.Id);
                Number((int)participant.Role);
            });

            Texts(e.Causes.Select(c => c.Id));
            Records(FieldType.CountedRecords, e.Reports, report =>
            {
                Evidence(report);
                Text(report.ClaimedBy?.Id);
                Texts(report.Via.Select(v => v.Id));
            });
        }

        private void Figure(FigureSpec f)
        {
            Text(f.Id.Id);
            Number((int)f.Measure);
            Text(f.Subject.Id);
            Text(f.Value);
            Number((int)f.Qualifier);
            Decimal(f.Low);
            Decimal(f.High);
            Text(f.Unit);
            Date(f.AsOf);
            Text(f.ClaimedBy?.Id);
            Texts(f.Via.Select(v => v.Id));
            Text(f.Event?.Id);
            Text(f.Place?.Id);
            Text(f.Note);
            Evidence(f.Evidence);
        }

        private void Statement(StatementSpec s)
        {
            Text(s.Id.Id);
            Text(s.Speaker.Id);
            Text(s.Text);
            Date(s.Date);
            Text(s.Event?.Id);
            Evidence(s.Evidence);
        }

        private void Evidence(EvidenceSpec e)
        {
            // A located quote is stored as its place in the article text, not as text again; only a quote that was
            // not found (an error is reported) keeps its own text.
            var match = quotes.Dequeue();
            Nested(FieldType.Group, () =>
            {
                Text(e.Article?.Id ?? "");
                Text(match.Found ? null : e.Quote);
                Number(match.Found ? match.Start + 1 : 0);
                Number(match.Found ? e.Quote.Length : 0);
            });
        }

        private void Number(int value)
        {
            Next(FieldType.Number);
            TableFormat.AppendNumber(table, value);
        }

        private void Text(string? value)
        {
            Next(FieldType.String);
            TableFormat.AppendString(table, value, written);
        }

        private void Decimal(decimal? value)
        {
            Next(FieldType.Decimal);
            TableFormat.AppendDecimal(table, value, written);
        }

        // A list the reader may see as null: 0 when empty, else its count + 1 and then its strings.
        private void Texts(IEnumerable<string> values)
        {
            Next(FieldType.Strings);
            var list = values.ToList();
            TableFormat.AppendNumber(table, list.Count == 0 ? 0 : list.Count + 1);
            foreach (var value in list)
            {
                TableFormat.AppendString(table, value, written);
            }
        }

        // The name, the names by language, and the aliases the runtime resolves (search aliases too).
        private void Naming(NamesSpec naming)
        {
            Text(naming.Name);
            Records(FieldType.Records, naming.Names, name =>
            {
                Text(name.Language);
                Text(name.Name);
            });
            Texts(naming.AllAliases);
        }

        // Records: a list the reader may see as null (0 when empty, else count + 1); counted records: count. Each item
        // is written against the field's nested layout.
        private void Records<T>(FieldType type, IReadOnlyCollection<T> items, System.Action<T> write)
        {
            var nested = Next(type).Nested!;
            TableFormat.AppendNumber(table, type == FieldType.CountedRecords ? items.Count : items.Count == 0 ? 0 : items.Count + 1);
            foreach (var item in items)
            {
                Record(nested, () => write(item));
            }
        }

        private void Nested(FieldType type, System.Action write) => Record(Next(type).Nested!, write);

        private void Record(Field[] fields, System.Action write)
        {
            layout.Add((fields, 0));
            write();
            var (_, next) = layout[layout.Count - 1];
            if (next != fields.Length)
            {
                throw new System.InvalidOperationException("Table record ended after " + next + " of its " + fields.Length + " fields; the next is '" + fields[next].Name + "'.");
            }

            layout.RemoveAt(layout.Count - 1);
        }

        // The field the next value fills: it must be of this type.
        private Field Next(FieldType type)
        {
            var (fields, next) = layout[layout.Count - 1];
            if (next >= fields.Length || fields[next].Type != type)
            {
                throw new System.InvalidOperationException("Table layout mismatch: writing a " + type + " where the layout has " +
                    (next >= fields.Length ? "no more fields" : "'" + fields[next].Name + "' (" + fields[next].Type + ")") + ".");
            }

            layout[layout.Count - 1] = (fields, next + 1);
            return fields[next];
        }

        // Parsed as yyyy-MM-dd already.
        private void Date(string? iso)
        {
            Next(FieldType.Date);
            TableFormat.AppendNumber(table, iso == null ? 0 : TableFormat.DateNumber(
                int.Parse(iso.Substring(0, 4), CultureInfo.InvariantCulture),
                int.Parse(iso.Substring(5, 2), CultureInfo.InvariantCulture),
                int.Parse(iso.Substring(8, 2), CultureInfo.InvariantCulture)));
        }
    }
}
