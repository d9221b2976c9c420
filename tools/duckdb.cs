#:package DuckDB.NET.Data.Full
// DuckDB over a Parquet export, in-process, for machines without the duckdb CLI (docs/analysis.md):
//
//   dotnet run tools/duckdb.cs -- DIR "SQL"
//
// Every DIR/NAME.parquet is a view NAME (articles, actors, places, topics, events, figures, statements); the result
// prints as a table. The version comes from Directory.Packages.props.
using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using DuckDB.NET.Data;

if (args.Length != 2)
{
    Console.Error.WriteLine("usage: dotnet run tools/duckdb.cs -- DIR \"SQL\"");
    return 2;
}

using var connection = new DuckDBConnection("Data Source=:memory:");
connection.Open();
foreach (var file in Directory.GetFiles(args[0], "*.parquet").OrderBy(f => f, StringComparer.Ordinal))
{
    using var view = connection.CreateCommand();
    view.CommandText = "CREATE VIEW \"" + Path.GetFileNameWithoutExtension(file) + "\" AS SELECT * FROM read_parquet('" + Path.GetFullPath(file).Replace("'", "''", StringComparison.Ordinal) + "')";
    view.ExecuteNonQuery();
}

using var command = connection.CreateCommand();
command.CommandText = args[1];
using var reader = command.ExecuteReader();
var rows = new List<string[]> { Enumerable.Range(0, reader.FieldCount).Select(reader.GetName).ToArray() };
while (reader.Read())
{
    rows.Add(Enumerable.Range(0, reader.FieldCount).Select(i => reader.IsDBNull(i) ? "NULL" : Text(reader.GetValue(i))).ToArray());
}

var widths = Enumerable.Range(0, rows[0].Length).Select(i => rows.Max(r => r[i].Length)).ToArray();
for (var r = 0; r < rows.Count; r++)
{
    Console.WriteLine(string.Join(" | ", rows[r].Select((v, i) => v.PadRight(widths[i]))).TrimEnd());
    if (r == 0)
    {
        Console.WriteLine(string.Join("-+-", widths.Select(w => new string('-', w))));
    }
}

return 0;

// Lists as [a, b]; numbers and dates in the invariant culture (ISO dates).
static string Text(object value) => value switch
{
    DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
    DateTime time => time.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
    string s => s,
    System.Collections.IEnumerable list => "[" + string.Join(", ", list.Cast<object?>().Select(v => v == null ? "NULL" : Text(v))) + "]",
    IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
    _ => value.ToString() ?? string.Empty,
};
