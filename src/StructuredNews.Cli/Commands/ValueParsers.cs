using System;
using System.CommandLine.Parsing;

namespace StructuredNews.Cli.Commands
{
    /// <summary>Parsers for option values that report a clear error (and so exit code 2) instead of throwing.</summary>
    internal static class ValueParsers
    {
        /// <summary>An ISO date <c>YYYY-MM-DD</c>.</summary>
        public static NewsDate? Date(ArgumentResult result)
        {
            var text = result.Tokens.Count == 0 ? null : result.Tokens[0].Value;
            if (NewsDate.TryParse(text, out var date))
            {
                return date;
            }

            result.AddError("'" + text + "' is not a date; expected YYYY-MM-DD (e.g. 2022-01-05).");
            return null;
        }

        /// <summary>A member of <typeparamref name="TEnum"/> spelled in snake_case as in the YAML.</summary>
        public static TEnum? SnakeCaseEnum<TEnum>(ArgumentResult result, string what)
            where TEnum : struct, Enum
        {
            var text = result.Tokens.Count == 0 ? null : result.Tokens[0].Value;
            // Forgiving on the command line: any case, and '-' or ' ' for '_'.
            var name = text?.Trim().ToLowerInvariant().Replace('-', '_').Replace(' ', '_');
            if (VocabularyNames.TryParse<TEnum>(name, out var value))
            {
                return value;
            }

            result.AddError("Unknown " + what + " '" + text + "'. Allowed values: " + string.Join(", ", VocabularyNames.NamesOf<TEnum>()) + ".");
            return null;
        }
    }
}
