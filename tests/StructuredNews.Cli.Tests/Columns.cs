using System;
using System.Collections.Generic;
using System.Linq;
using Xunit;

namespace StructuredNews.Cli.Tests
{
    /// <summary>Reads an aligned table back by its header: each cell starts where its header starts.</summary>
    internal sealed class Columns
    {
        private readonly string header;
        private readonly List<(string Name, int Start)> columns = new List<(string Name, int Start)>();

        public Columns(string header, params string[] names)
        {
            this.header = header;
            var from = 0;
            foreach (var name in names)
            {
                var start = header.IndexOf(name, from, StringComparison.Ordinal);
                Assert.True(start >= 0, "Header '" + header + "' lacks column " + name);
                columns.Add((name, start));
                from = start + name.Length;
            }

            Assert.Equal(string.Join("  ", names), string.Join("  ", columns.Select(c => c.Name)));
        }

        public string Cell(string line, string name)
        {
            var index = columns.FindIndex(c => c.Name == name);
            Assert.True(index >= 0, "No column " + name);
            var start = columns[index].Start;
            Assert.True(line.Length >= start, "Line too short for column " + name + ": " + line);
            // A cell is separated from the previous one by at least two spaces, so the character before it is blank.
            if (start > 0)
            {
                Assert.True(line[start - 1] == ' ', "Column " + name + " is not aligned in: " + line);
            }

            Assert.True(start < line.Length && line[start] != ' ', "Column " + name + " is empty or misaligned in: " + line);

            var end = index + 1 < columns.Count ? columns[index + 1].Start : line.Length;
            return line.Substring(start, Math.Min(end, line.Length) - start).TrimEnd();
        }

        public override string ToString() => header;
    }
}
