using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Text;

namespace StructuredNews
{
    /// <summary>
    /// The YAML spelling of the vocabulary enums: each member in snake_case (<c>GovernmentBody</c> is
    /// <c>government_body</c>). The generator (which compiles this file too), the CLI and the exports all use it,
    /// so there is one spelling everywhere.
    /// </summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static class VocabularyNames
    {
        /// <summary>The snake_case form of a PascalCase identifier ("HTTPServer" → "http_server").</summary>
        public static string From(string pascal)
        {
            var result = new StringBuilder(pascal.Length + 4);
            for (var i = 0; i < pascal.Length; i++)
            {
                var c = pascal[i];
                if (char.IsUpper(c))
                {
                    // A word starts at a capital after a lower-case letter or digit, or at the last capital of a
                    // run that a lower-case letter follows.
                    var afterLowerOrDigit = i > 0 && (char.IsLower(pascal[i - 1]) || char.IsDigit(pascal[i - 1]));
                    var endsCapitalRun = i > 0 && char.IsUpper(pascal[i - 1]) && i + 1 < pascal.Length && char.IsLower(pascal[i + 1]);
                    if (result.Length > 0 && (afterLowerOrDigit || endsCapitalRun))
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

        /// <summary>The YAML name of an enum value.</summary>
        public static string Of<TEnum>(TEnum value)
            where TEnum : struct, Enum =>
            Names<TEnum>.ByValue.TryGetValue(value, out var name) ? name : From(value.ToString());

        /// <summary>The YAML names of every member, in declaration order.</summary>
        public static IReadOnlyList<string> NamesOf<TEnum>()
            where TEnum : struct, Enum =>
            Names<TEnum>.All;

        /// <summary>The member with exactly this YAML name.</summary>
        public static bool TryParse<TEnum>(string? name, out TEnum value)
            where TEnum : struct, Enum
        {
            value = default;
            return name != null && Names<TEnum>.ByName.TryGetValue(name, out value);
        }

        // Built once per enum type and never changed afterwards.
        private static class Names<TEnum>
            where TEnum : struct, Enum
        {
            public static readonly IReadOnlyList<string> All;
            public static readonly IReadOnlyDictionary<TEnum, string> ByValue;
            public static readonly IReadOnlyDictionary<string, TEnum> ByName;

            static Names()
            {
                var all = new List<string>();
                var byValue = new Dictionary<TEnum, string>();
                var byName = new Dictionary<string, TEnum>(StringComparer.Ordinal);
                foreach (TEnum value in Enum.GetValues(typeof(TEnum)))
                {
                    if (byValue.ContainsKey(value))
                    {
                        continue;
                    }

                    var name = From(value.ToString());
                    byValue.Add(value, name);
                    byName.Add(name, value);
                    all.Add(name);
                }

                All = all.ToArray();
                ByValue = byValue;
                ByName = byName;
            }
        }
    }
}
