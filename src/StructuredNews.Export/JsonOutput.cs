using System.IO;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace StructuredNews.Export
{
    /// <summary>
    /// The JSON writers' settings: indented with two spaces, <c>\n</c> line ends on every platform, and non-ASCII
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
    }
}
