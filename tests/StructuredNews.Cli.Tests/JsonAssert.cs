using System.Linq;
using System.Text.Json;
using Xunit;

namespace StructuredNews.Cli.Tests
{
    /// <summary>JSON comparisons that ignore layout and the order of an object's properties (records declare theirs in their own order).</summary>
    internal static class JsonAssert
    {
        public static void Same(JsonElement expected, JsonElement actual)
        {
            Assert.Equal(expected.ValueKind, actual.ValueKind);
            switch (expected.ValueKind)
            {
                case JsonValueKind.Object:
                    var names = expected.EnumerateObject().Select(p => p.Name).OrderBy(n => n, System.StringComparer.Ordinal).ToList();
                    Assert.Equal(names, actual.EnumerateObject().Select(p => p.Name).OrderBy(n => n, System.StringComparer.Ordinal));
                    foreach (var name in names)
                    {
                        Same(expected.GetProperty(name), actual.GetProperty(name));
                    }

                    break;
                case JsonValueKind.Array:
                    Assert.Equal(expected.GetArrayLength(), actual.GetArrayLength());
                    for (var i = 0; i < expected.GetArrayLength(); i++)
                    {
                        Same(expected[i], actual[i]);
                    }

                    break;
                default:
                    Assert.Equal(expected.GetRawText(), actual.GetRawText());
                    break;
            }
        }
    }
}
