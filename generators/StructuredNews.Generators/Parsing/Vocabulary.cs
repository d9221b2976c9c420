using System;
using System.Collections.Immutable;
using System.Linq;
using System.Text;

namespace StructuredNews.Generators.Parsing
{
    /// <summary>
    /// YAML spellings of the runtime's enums: each member in snake_case (<c>GovernmentBody</c> is
    /// <c>government_body</c>). The enums are compiled into the generator from the runtime's sources, so the two
    /// cannot drift.
    /// </summary>
    internal static class Vocabulary<T>
        where T : struct, Enum
    {
        private static readonly ImmutableDictionary<string, T> ByName =
            Enum.GetValues(typeof(T)).Cast<T>().ToImmutableDictionary(v => SnakeCase(v.ToString()), v => v, StringComparer.Ordinal);

        public static ImmutableArray<string> Names { get; } =
            Enum.GetValues(typeof(T)).Cast<T>().Select(v => SnakeCase(v.ToString())).ToImmutableArray();

        public static string AllowedList => string.Join(", ", Names);

        public static bool TryParse(string text, out T value) => ByName.TryGetValue(text, out value);

        public static string NameOf(T value) => SnakeCase(value.ToString());

        private static string SnakeCase(string pascal)
        {
            var builder = new StringBuilder(pascal.Length + 8);
            for (var i = 0; i < pascal.Length; i++)
            {
                if (char.IsUpper(pascal[i]) && i > 0)
                {
                    builder.Append('_');
                }

                builder.Append(char.ToLowerInvariant(pascal[i]));
            }

            return builder.ToString();
        }
    }
}
