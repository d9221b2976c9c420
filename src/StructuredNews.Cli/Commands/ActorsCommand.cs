using System.CommandLine;
using System.IO;
using StructuredNews.Cli.Rendering;
using StructuredNews.Cli.Sources;

namespace StructuredNews.Cli.Commands
{
    /// <summary><c>sn actors</c>: every actor with its kind, name and aliases.</summary>
    public static class ActorsCommand
    {
        /// <summary>The command, over the dataset the command line selects.</summary>
        public static Command Create(DatasetSelection datasets)
        {
            var command = new Command(
                "actors",
                "List the actors (people, bodies, forces, groups, countries, outlets): id, kind (as spelled in the "
                + "YAML, e.g. government_body), canonical name and aliases.");
            command.SetAction(parseResult => datasets.Open(parseResult, parseResult.InvocationConfiguration.Error) is not { } source ? ExitCodes.NotFound : Run(source.Dataset, parseResult.InvocationConfiguration.Output));
            return command;
        }

        /// <summary>Writes the actors table.</summary>
        public static int Run(NewsDataset dataset, TextWriter output)
        {
            if (dataset.Actors.Count == 0)
            {
                output.WriteLine("No actors.");
                return ExitCodes.Ok;
            }

            var table = new TextTable("ID", "KIND", "NAME", "ALIASES");
            foreach (var actor in dataset.Actors)
            {
                table.Add(actor.Id, VocabularyNames.Of(actor.Kind), actor.Name, Display.List(actor.Aliases));
            }

            table.WriteTo(output);
            return ExitCodes.Ok;
        }
    }
}
