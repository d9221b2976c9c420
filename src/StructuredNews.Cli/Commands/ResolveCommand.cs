using System.CommandLine;
using System.IO;
using System.Linq;
using StructuredNews.Cli.Sources;

namespace StructuredNews.Cli.Commands
{
    /// <summary><c>sn resolve NAME</c>: the canonical id of the actor, place or topic a name refers to.</summary>
    public static class ResolveCommand
    {
        private const int MaxSuggestions = 5;

        /// <summary>The command, over the dataset the command line selects.</summary>
        public static Command Create(DatasetSelection datasets)
        {
            var name = new Argument<string>("name")
            {
                Description = "A name, alias or id in any language the dataset knows (case, accents and punctuation are ignored).",
            };
            var command = new Command(
                "resolve",
                "Print the canonical id of the actor, place or topic a name refers to. Exits with 1 when nothing "
                + "matches. When several entities match, the first (actors before places before topics) is printed "
                + "and the others are listed on standard error.")
            {
                name,
            };
            command.SetAction(parseResult => datasets.Open(parseResult, parseResult.InvocationConfiguration.Error) is not { } source ? ExitCodes.NotFound : Run(
                source.Dataset,
                parseResult.GetRequiredValue(name),
                parseResult.InvocationConfiguration.Output,
                parseResult.InvocationConfiguration.Error));
            return command;
        }

        /// <summary>Writes the id of the entity <paramref name="name"/> resolves to, or explains on <paramref name="error"/> that none does.</summary>
        public static int Run(NewsDataset dataset, string name, TextWriter output, TextWriter error)
        {
            var matches = dataset.ResolveAll(name);
            if (matches.Count == 0)
            {
                error.WriteLine("sn: no actor, place or topic is called '" + name + "'.");
                var suggestions = Suggest(dataset, name);
                if (suggestions.Length > 0)
                {
                    error.WriteLine("Did you mean: " + string.Join(", ", suggestions) + "?");
                }

                return ExitCodes.NotFound;
            }

            output.WriteLine(matches[0].Id);
            if (matches.Count > 1)
            {
                error.WriteLine("'" + name + "' also matches: " + string.Join(", ", matches.Skip(1).Select(m => m.Id + " (" + KindOf(m) + ")")));
            }

            return ExitCodes.Ok;
        }

        private static string KindOf(NamedEntity entity) =>
            entity switch
            {
                Actor actor => "actor, " + VocabularyNames.Of(actor.Kind),
                Place place => "place, " + VocabularyNames.Of(place.Kind),
                _ => "topic",
            };

        // Ids of entities one of whose names contains the folded query, e.g. "tokayev" for "President Tokayev".
        private static string[] Suggest(NewsDataset dataset, string name)
        {
            var key = NameKey.Fold(name);
            if (key.Length < 3)
            {
                return System.Array.Empty<string>();
            }

            return dataset.Actors.Cast<NamedEntity>().Concat(dataset.Places).Concat(dataset.Topics)
                .Where(e => e.AllNames().Prepend(e.Id).Any(n => NameKey.Fold(n).Contains(key, System.StringComparison.Ordinal)))
                .Select(e => e.Id)
                .Take(MaxSuggestions)
                .ToArray();
        }
    }
}
