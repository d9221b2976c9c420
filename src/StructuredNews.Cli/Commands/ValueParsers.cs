using System;
using System.CommandLine;
using System.CommandLine.Parsing;
using System.Linq;
using StructuredNews.Cli.Rendering;

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

        /// <summary>A date option (<c>--from</c>, <c>--to</c>) read by <see cref="Date"/>.</summary>
        public static Option<NewsDate?> DateOption(string name, string description) =>
            new Option<NewsDate?>(name) { Description = description, HelpName = "YYYY-MM-DD", CustomParser = Date };

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

            var names = VocabularyNames.NamesOf<TEnum>();
            result.AddError("Unknown " + what + " '" + text + "'." + DidYouMean.Phrase(DidYouMean.Nearest(name ?? string.Empty, names))
                + " Allowed values: " + string.Join(", ", names) + ".");
            return null;
        }

        /// <summary>The <c>--format</c> option of the list commands: table (default), json or csv.</summary>
        public static Option<ListFormat> FormatOption(string records)
        {
            var names = Enum.GetValues<ListFormat>().Select(f => f.ToString().ToLowerInvariant()).ToArray();
            var option = new Option<ListFormat>("--format", "-f")
            {
                Description = "table (default: aligned columns), json (an array of " + records + " as the JSON export writes them) "
                    + "or csv (the table's columns, RFC 4180, with a header row).",
                HelpName = string.Join("|", names),
                DefaultValueFactory = _ => ListFormat.Table,
                CustomParser = result =>
                {
                    var text = result.Tokens.Count == 0 ? null : result.Tokens[0].Value;
                    var name = text?.Trim().ToLowerInvariant();
                    var index = Array.IndexOf(names, name);
                    if (index >= 0)
                    {
                        return Enum.GetValues<ListFormat>()[index];
                    }

                    result.AddError("Unknown format '" + text + "'." + DidYouMean.Phrase(DidYouMean.Nearest(name ?? string.Empty, names))
                        + " Allowed values: " + string.Join(", ", names) + ".");
                    return ListFormat.Table;
                },
            };
            option.CompletionSources.Add(names);
            return option;
        }
    }
}
