using System.Collections.Generic;
using System.IO;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace StructuredNews.Export
{
    /// <summary>
    /// The JSON writers' settings and the helpers they share: indented with two spaces, <c>\n</c> line ends on every platform, and non-ASCII
    /// text kept readable ("Tokajev", "Алматы") instead of <c>\uXXXX</c> escapes (the output is a data file, never
    /// embedded in HTML).
    /// </summary>
    internal static class JsonOutput
    {
        private static readonly JsonWriterOptions Options = new JsonWriterOptions
        {
            Indented = true,
            NewLine = "\n",
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        };

        public static Utf8JsonWriter Writer(Stream stream) => new Utf8JsonWriter(stream, Options);

        /// <summary>An array of strings under <paramref name="name"/>.</summary>
        public static void WriteStrings(Utf8JsonWriter json, string name, IEnumerable<string> values)
        {
            json.WriteStartArray(name);
            foreach (var value in values)
            {
                json.WriteStringValue(value);
            }

            json.WriteEndArray();
        }

        /// <summary>A string, or <c>null</c> when there is none.</summary>
        public static void WriteStringOrNull(Utf8JsonWriter json, string name, string? value)
        {
            if (value == null)
            {
                json.WriteNull(name);
            }
            else
            {
                json.WriteString(name, value);
            }
        }
    }
}
