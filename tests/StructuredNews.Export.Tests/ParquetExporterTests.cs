using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using CsvHelper;
using DuckDB.NET.Data;
using Xunit;

namespace StructuredNews.Export.Tests
{
    /// <summary>
    /// The Parquet export read back by DuckDB in-process: each query's answer must equal what the C# API says.
    /// </summary>
    public sealed class ParquetExporterTests : IDisposable
    {
        private static readonly NewsDataset Bundled = Kazakhstan2022.Kazakhstan2022.Dataset;
        private readonly string directory = Path.Combine(Path.GetTempPath(), "sn-parquet-" + Guid.NewGuid().ToString("N"));
        private readonly DuckDBConnection duckdb = new DuckDBConnection("Data Source=:memory:");

        public ParquetExporterTests()
        {
            DatasetExport.WriteTo(Bundled, "parquet", directory);
            duckdb.Open();
            // One view per file, so the queries read like the ones in docs/analysis.md.
            foreach (var kind in new[] { "articles", "actors", "places", "topics", "events", "figures", "statements" })
            {
                Execute("CREATE VIEW " + kind + " AS SELECT * FROM read_parquet('" + Path.Combine(directory, kind + ".parquet") + "')");
            }
        }

        public void Dispose()
        {
            duckdb.Dispose();
            Directory.Delete(directory, recursive: true);
        }

        private void Execute(string sql)
        {
            using var command = duckdb.CreateCommand();
            command.CommandText = sql;
            command.ExecuteNonQuery();
        }

        // Every row as its fields' text (NULL as null), through DuckDB's own casts.
        private List<string?[]> Query(string sql)
        {
            using var command = duckdb.CreateCommand();
            command.CommandText = sql;
            using var reader = command.ExecuteReader();
            var rows = new List<string?[]>();
            while (reader.Read())
            {
                var row = new string?[reader.FieldCount];
                for (var i = 0; i < row.Length; i++)
                {
                    row[i] = reader.IsDBNull(i) ? null : Convert.ToString(reader.GetValue(i), CultureInfo.InvariantCulture);
                }

                rows.Add(row);
            }

            return rows;
        }

        private static string Rows(IEnumerable<string?[]> rows) => string.Join("\n", rows.Select(r => string.Join(" | ", r.Select(v => v ?? "NULL"))));

        private static string? Number(decimal? value) => value?.ToString("0.######", CultureInfo.InvariantCulture);

        [Fact]
        public void ColumnsAreTyped()
        {
            var types = Query("SELECT column_name, column_type FROM (DESCRIBE SELECT * FROM figures)").ToDictionary(r => r[0]!, r => r[1]);
            Assert.Equal("VARCHAR", types["id"]);
            Assert.Equal("DECIMAL(28,6)", types["low"]);
            Assert.Equal("DECIMAL(28,6)", types["high"]);
            Assert.Equal("DATE", types["as_of"]);
            Assert.Equal("VARCHAR[]", types["via"]);
            Assert.Equal("INTEGER", types["start"]);

            var events = Query("SELECT column_name, column_type FROM (DESCRIBE SELECT * FROM events)").ToDictionary(r => r[0]!, r => r[1]);
            Assert.Equal("DATE", events["event_date"]);
            Assert.Equal("DATE", events["end_date"]);
            Assert.Equal("DOUBLE", events["latitude"]);
            Assert.Equal("DECIMAL(28,6)", events["fatalities"]);
            Assert.Equal("VARCHAR[]", events["source"]);
            Assert.Equal("DATE", Query("SELECT column_type FROM (DESCRIBE SELECT * FROM articles) WHERE column_name = 'published'").Single()[0]);
            Assert.Equal("VARCHAR[]", Query("SELECT column_type FROM (DESCRIBE SELECT * FROM actors) WHERE column_name = 'aliases'").Single()[0]);
        }

        [Fact]
        public void PeopleKilledByClaimant()
        {
            var sql = Query(
                "SELECT claimed_by, count(*), min(low), max(high), string_agg(id, ',' ORDER BY id) FROM figures "
                + "WHERE measure = 'killed' AND unit = 'people' GROUP BY claimed_by ORDER BY claimed_by NULLS LAST");

            var api = Bundled.Figures.About(Measure.Killed).Where(f => f.Unit == "people")
                .GroupBy(f => f.ClaimedById)
                .OrderBy(g => g.Key == null).ThenBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => new[]
                {
                    g.Key, g.Count().ToString(CultureInfo.InvariantCulture), Number(g.Min(f => f.Low)), Number(g.Max(f => f.High)),
                    string.Join(",", g.Select(f => f.Id).OrderBy(id => id, StringComparer.Ordinal)),
                });

            Assert.True(sql.Count > 1);
            Assert.Equal(Rows(api), Rows(sql.Select(r => new[] { r[0], r[1], Number(r[2] == null ? null : decimal.Parse(r[2]!, CultureInfo.InvariantCulture)), Number(r[3] == null ? null : decimal.Parse(r[3]!, CultureInfo.InvariantCulture)), r[4] })));
        }

        [Fact]
        public void EventsPerDay()
        {
            // Every day from the first start to the last end, with the events going on that day (multi-day events count
            // on each of their days), as EventCollection.On answers.
            var sql = Query(
                "SELECT CAST(d AS DATE)::VARCHAR AS day, count(e.event_id_cnty) FROM "
                + "generate_series((SELECT min(event_date) FROM events), (SELECT max(coalesce(end_date, event_date)) FROM events), INTERVAL 1 DAY) AS t(d) "
                + "LEFT JOIN events e ON CAST(d AS DATE) BETWEEN e.event_date AND coalesce(e.end_date, e.event_date) GROUP BY day ORDER BY day");

            var first = Bundled.Events.Min(e => e.Start);
            var last = Bundled.Events.Max(e => e.End);
            var api = new List<string?[]>();
            for (var day = first; day <= last; day = day.AddDays(1))
            {
                api.Add(new[] { day.ToString(), Bundled.Events.On(day).Count().ToString(CultureInfo.InvariantCulture) });
            }

            Assert.True(api.Count > 1);
            Assert.Equal(Rows(api), Rows(sql));
        }

        [Fact]
        public void FiguresJoinedToTheirEventsAndPlaces()
        {
            // A figure's place is its own, else its event's.
            var sql = Query(
                "SELECT f.id, e.event_id_cnty, e.event_date::VARCHAR, e.sub_event_type, p.name, p.kind FROM figures f "
                + "JOIN events e ON e.event_id_cnty = f.event "
                + "LEFT JOIN places p ON p.id = coalesce(f.place, e.place) ORDER BY e.event_date, f.id");

            var api = Bundled.Figures.Where(f => f.Event != null)
                .OrderBy(f => f.Event!.Start).ThenBy(f => f.Id, StringComparer.Ordinal)
                .Select(f => new[]
                {
                    f.Id, f.Event!.Id, f.Event.Start.ToString(), Acled.Label(f.Event.SubType), (f.Place ?? f.Event.Place)?.Name,
                    (f.Place ?? f.Event.Place) is { } place ? VocabularyNames.Of(place.Kind) : null,
                });

            Assert.True(sql.Count > 1);
            Assert.Equal(Rows(api), Rows(sql));
        }

        [Theory]
        [InlineData("articles", "id")]
        [InlineData("actors", "id")]
        [InlineData("places", "id")]
        [InlineData("topics", "id")]
        [InlineData("events", "event_id_cnty")]
        [InlineData("figures", "id")]
        [InlineData("statements", "id")]
        public void EachFileHasTheCsvExportsRowsAndColumns(string kind, string id)
        {
            var csv = new CsvExporter().WriteFiles(Bundled).Single(f => f.Key == kind + ".csv").Value;
            using var reader = CsvReader.Create(csv);
            var ids = new List<string>();
            while (reader.Read())
            {
                ids.Add(reader[0].ToString());
            }

            var csvHeader = System.Text.Encoding.UTF8.GetString(csv).Split("\r\n")[0].Split(',');
            var columns = Query("SELECT column_name FROM (DESCRIBE SELECT * FROM " + kind + ")").Select(r => r[0]!).ToList();

            Assert.Equal(ids, Query("SELECT " + id + " FROM " + kind).Select(r => r[0]!));
            // The CSV's columns, in its order; the Parquet file may add some after them.
            Assert.Equal(csvHeader, columns.Take(csvHeader.Length));
        }

        [Fact]
        public void ListsAndBoundsKeepTheirValues()
        {
            foreach (var f in Bundled.Figures)
            {
                var row = Query("SELECT array_to_string(via, '>'), len(via), low::VARCHAR, high::VARCHAR, as_of::VARCHAR, quote, start FROM figures WHERE id = '" + f.Id + "'").Single();
                Assert.Equal(string.Join(">", f.ViaIds), row[0]);
                Assert.Equal(f.ViaIds.Count.ToString(CultureInfo.InvariantCulture), row[1]);
                Assert.Equal(f.Low, row[2] == null ? null : decimal.Parse(row[2]!, CultureInfo.InvariantCulture));
                Assert.Equal(f.High, row[3] == null ? null : decimal.Parse(row[3]!, CultureInfo.InvariantCulture));
                Assert.Equal(f.AsOf?.ToString(), row[4]);
                Assert.Equal(f.Evidence.Quote, row[5]);
                Assert.Equal(f.Evidence.Start.ToString(CultureInfo.InvariantCulture), row[6]);
            }
        }

        [Fact]
        public void TheSameDatasetGivesTheSameBytes()
        {
            var first = new ParquetExporter().WriteFiles(Bundled);
            var second = new ParquetExporter().WriteFiles(Bundled);

            Assert.Equal(first.Select(f => f.Key), second.Select(f => f.Key));
            Assert.All(first.Zip(second), p => Assert.True(p.First.Value.SequenceEqual(p.Second.Value), p.First.Key + " differs"));
        }

        [Fact]
        public void ABoundThatDecimal28_6CannotHoldFailsTheExport()
        {
            var text = "About 0.1234567 percent.";
            var dataset = new NewsDatasetBuilder("tiny", "Tiny")
                .Add(new Article("a", "a.txt", "en", "A", null, null, null, null, text, "0"))
                .Add(new Topic("share", "Share"))
                .Add(new Figure("f", Measure.Price, "share", "0.1234567", Qualifier.Exact, 0.1234567m, 0.1234567m, "percent", null, null, null, null, null, null,
                    new Evidence("a", "0.1234567", 6, 9)))
                .Build();

            var error = Assert.Throws<InvalidOperationException>(() => new ParquetExporter().WriteFiles(dataset));
            Assert.Contains("'f': 0.1234567 does not fit DECIMAL(28, 6)", error.Message);
        }
    }
}
