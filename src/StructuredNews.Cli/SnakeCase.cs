using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace StructuredNews.Cli
{
    /// <summary>
    /// Converts the runtime's PascalCase enum member names to the snake_case the YAML annotations spell
    /// (<c>GovernmentBody</c> → <c>government_body</c>) and back.
    /// </summary>
    public static class SnakeCase
    {
        /// <summary>The snake_case form of a PascalCase identifier.</summary>
        public static string From(string pascal)
        {
            var result = new StringBuilder(pascal.Length + 4);
            for (var i = 0; i < pascal.Length; i++)
            {
                var c = pascal[i];
                if (char.IsUpper(c))
                {
                    // A word starts at an upper-case letter that follows a lower-case letter or digit, or that
                    // ends a run of capitals followed by a lower-case letter ("HTTPServer" → "http_server").
                    var previousIsLowerOrDigit = i > 0 && (char.IsLower(pascal[i - 1]) || char.IsDigit(pascal[i - 1]));
                    var endsCapitalRun = i > 0 && char.IsUpper(pascal[i - 1]) && i + 1 < pascal.Length && char.IsLower(pascal[i + 1]);
                    if (result.Length > 0 && (previousIsLowerOrDigit || endsCapitalRun))
                    {
                        result.Append('_');
                    }

                    result.Append(char.ToLowerInvariant(c));
                }
                else
                {
                    result.Append(c);
                }
            }

            return result.ToString();
        }

        /// <summary>The snake_case name of an enum value.</summary>
        public static string Of<TEnum>(TEnum value)
            where TEnum : struct, Enum =>
            SnakeNames<TEnum>.ByValue.TryGetValue(value, out var name) ? name : From(value.ToString());

        /// <summary>The snake_case names of every member of an enum, in declaration order.</summary>
        public static IReadOnlyList<string> NamesOf<TEnum>()
            where TEnum : struct, Enum =>
            SnakeNames<TEnum>.All;

        /// <summary>
        /// Parses a snake_case member name (case-insensitive; <c>-</c> and spaces are read as <c>_</c>).
        /// </summary>
        public static bool TryParse<TEnum>(string? text, out TEnum value)
            where TEnum : struct, Enum
        {
            value = default;
            if (text == null)
            {
                return false;
            }

            var key = text.Trim().ToLowerInvariant().Replace('-', '_').Replace(' ', '_');
            return SnakeNames<TEnum>.ByName.TryGetValue(key, out value);
        }

        private static class SnakeNames<TEnum>
            where TEnum : struct, Enum
        {
            public static readonly IReadOnlyList<string> All;
            public static readonly Dictionary<TEnum, string> ByValue = new Dictionary<TEnum, string>();
            public static readonly Dictionary<string, TEnum> ByName = new Dictionary<string, TEnum>(StringComparer.Ordinal);

            static SnakeNames()
            {
                var all = new List<string>();
                foreach (var value in Enum.GetValues<TEnum>().Distinct())
                {
                    var name = From(value.ToString());
                    ByValue[value] = name;
                    ByName[name] = value;
                    all.Add(name);
                }

                All = all;
            }
        }
    }
}
