using System;
using System.Collections.Generic;

namespace StructuredNews.Storage
{
    /// <summary>
    /// The figures of a dataset's tables, decoded one at a time. Figures are by far the most numerous entities
    /// (dozens per article) and a first question is usually about one measure, so a first pass over the figure
    /// sections reads only each record's id and measure, and a figure is decoded when first asked for, once.
    /// </summary>
    internal sealed class FigureTable
    {
        private readonly TableData tables;
        private readonly Func<string, string?> articleText;
        private readonly NewsDataset owner;
        private readonly List<Slot> slots;

        // Each table's numbered figure strings, kept until every figure of the dataset is decoded.
        private readonly SectionStrings?[] strings;
        private readonly Figure?[] decoded;
        private readonly object gate = new object();
        private int undecoded;

        public FigureTable(int count, TableData tables, Func<string, string?> articleText, NewsDataset owner)
        {
            this.tables = tables;
            this.articleText = articleText;
            this.owner = owner;
            strings = new SectionStrings?[count];
            var total = 0;
            for (var table = 0; table < count; table++)
            {
                total += TableReader.RecordCount(tables(table), TableFormat.Section.Figures);
            }

            slots = new List<Slot>(total);
#if NETSTANDARD2_0
            var seen = new HashSet<string>(StringComparer.Ordinal);
#else
            // Sized up front: growing it was a quarter of the garbage a first query made.
            var seen = new HashSet<string>(total, StringComparer.Ordinal);
#endif
            for (var table = 0; table < count; table++)
            {
                var reader = TableReader.First(tables(table), TableFormat.Section.Figures, articleText);
                strings[table] = reader.Strings;
                for (var records = reader.Number(); records > 0; records--)
                {
                    var id = reader.Text();
                    var rest = reader.Position;
                    var measure = EntityRecords.SkipFigure(ref reader);

                    // The generator reports duplicate ids; if that error is downgraded, the first figure wins, as in
                    // every entity collection.
                    if (seen.Add(id))
                    {
                        slots.Add(new Slot(id, table, rest, measure));
                    }
                }
            }

            decoded = new Figure?[slots.Count];
            undecoded = slots.Count;
        }

        /// <summary>Every figure, in declaration order, decoded and attached to the dataset on first use.</summary>
        public Figure[] All() => Where(_ => true);

        /// <summary>The figures of a measure, in declaration order.</summary>
        public Figure[] Measured(Measure measure) => Where(slot => slot.Measure == measure);

        private Figure[] Where(Func<Slot, bool> predicate)
        {
            var figures = new List<Figure>();
            lock (gate)
            {
                for (var i = 0; i < slots.Count; i++)
                {
                    if (predicate(slots[i]))
                    {
                        figures.Add(Decode(i));
                    }
                }
            }

            return figures.ToArray();
        }

        // Called under the lock, so that each figure is decoded once, however many threads ask.
        private Figure Decode(int index)
        {
            if (decoded[index] is { } figure)
            {
                return figure;
            }

            var slot = slots[index];
            var reader = TableReader.Again(tables(slot.Table), TableFormat.Section.Figures, strings[slot.Table]!, articleText, slot.Rest);
            figure = EntityRecords.Figure(slot.Id, ref reader);
            figure.Attach(owner);
            decoded[index] = figure;
            if (--undecoded == 0)
            {
                // Everything is decoded: the numbered strings are no longer needed.
                Array.Clear(strings, 0, strings.Length);
            }

            return figure;
        }

        private readonly struct Slot
        {
            public Slot(string id, int table, int rest, Measure measure)
            {
                Id = id;
                Table = table;
                Rest = rest;
                Measure = measure;
            }

            public string Id { get; }

            /// <summary>Which table the record is in.</summary>
            public int Table { get; }

            /// <summary>Where the record continues after its id, in that table's figure section.</summary>
            public int Rest { get; }

            public Measure Measure { get; }
        }
    }
}
