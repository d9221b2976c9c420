using System.CommandLine;
using System.IO;
using StructuredNews.Cli.Rendering;
using StructuredNews.Cli.Sources;
using StructuredNews.Export;

namespace StructuredNews.Cli.Commands
{
    /// <summary><c>sn actors</c>: every actor with its kind, name and aliases.</summary>
    public static class ActorsCommand
    {
        /// <summary>The command, over the dataset the command line selects.</summary>
        public static Command Create(DatasetSelection datasets, CliEnvironment environment)
        {
            var format = ValueParsers.FormatOption("actors");
            var command = new Command(
                "actors",
                "List the actors (people, bodies, forces, groups, countries, outlets): id, kind (as spelled in the "
                + "YAML, e.g. government_body), canonical name and aliases.")
            {
                format,
            };
            command.SetAction(parseResult => datasets.Open(parseResult, parseResult.InvocationConfiguration.Error) is not { } source
                ? ExitCodes.NotFound
                : Run(source.Dataset, parseResult.GetValue(format), environment.TerminalWidth, parseResult.InvocationConfiguration.Output));
            return command;
        }

        /// <summary>Writes the actors.</summary>
        public static int Run(NewsDataset dataset, ListFormat format, int? width, TextWriter output)
        {
            var listing = new Listing<ActorRecord>(new[] { "ID", "KIND", "NAME", "ALIASES" }, "NAME", "ALIASES");
            foreach (var actor in dataset.Actors)
            {
                listing.Add(ActorRecord.Of(actor), actor.Id, VocabularyNames.Of(actor.Kind), actor.Name, actor.Aliases.Count == 0 ? null : Display.List(actor.Aliases));
            }

            listing.WriteTo(output, format, width, "No actors.");
            return ExitCodes.Ok;
        }
    }
}
