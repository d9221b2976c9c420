using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using StructuredNews.Cli.Commands;

namespace StructuredNews.Cli
{
    /// <summary>
    /// The <c>sn</c> command line over any <see cref="NewsDataset"/>: <see cref="Program"/> passes the bundled
    /// dataset, tests pass datasets they build by hand. Commands write to the writers given here, never to
    /// <see cref="Console"/> directly.
    /// </summary>
    public static class SnCli
    {
        /// <summary>The root command with every subcommand, bound to a dataset.</summary>
        public static RootCommand CreateRootCommand(NewsDataset dataset) => CreateRootCommand(dataset, CliEnvironment.Default);

        /// <summary>The root command with every subcommand, bound to a dataset and an environment.</summary>
        public static RootCommand CreateRootCommand(NewsDataset dataset, CliEnvironment environment)
        {
            var root = new RootCommand(
                "sn: explore a StructuredNews dataset (" + dataset.Title + "): its timeline, actors, figures and "
                + "their conflicts, name resolution, coverage statistics, export (JSON, CSV, GeoJSON) and an HTML "
                + "report; for annotators, a starter annotation for a new article and the build's validation.");
            root.Subcommands.Add(TimelineCommand.Create(dataset));
            root.Subcommands.Add(ActorsCommand.Create(dataset));
            root.Subcommands.Add(FiguresCommand.Create(dataset));
            root.Subcommands.Add(ConflictsCommand.Create(dataset));
            root.Subcommands.Add(ResolveCommand.Create(dataset));
            root.Subcommands.Add(ExportCommand.Create(dataset));
            root.Subcommands.Add(StatsCommand.Create(dataset, environment));
            root.Subcommands.Add(ReportCommand.Create(dataset, environment));
            root.Subcommands.Add(NewCommand.Create(dataset, environment));
            root.Subcommands.Add(ValidateCommand.Create(environment));
            return root;
        }

        /// <summary>
        /// Parses and runs a command line. Returns <see cref="ExitCodes.Ok"/>, <see cref="ExitCodes.NotFound"/>, or
        /// <see cref="ExitCodes.UsageError"/> (after printing what is wrong to <paramref name="error"/>).
        /// </summary>
        public static int Run(IReadOnlyList<string> args, NewsDataset dataset, TextWriter output, TextWriter error) =>
            Run(args, dataset, output, error, CliEnvironment.Default);

        /// <summary>As <see cref="Run(IReadOnlyList{string}, NewsDataset, TextWriter, TextWriter)"/>, in an environment (working directory, terminal).</summary>
        public static int Run(IReadOnlyList<string> args, NewsDataset dataset, TextWriter output, TextWriter error, CliEnvironment environment)
        {
            var root = CreateRootCommand(dataset, environment);
            var parseResult = root.Parse(args);
            if (parseResult.Errors.Count > 0)
            {
                foreach (var parseError in parseResult.Errors)
                {
                    error.WriteLine("sn: " + parseError.Message);
                }

                error.WriteLine("Run '" + CommandPath(parseResult.CommandResult) + " --help' for usage.");
                return ExitCodes.UsageError;
            }

            return parseResult.Invoke(new InvocationConfiguration { Output = output, Error = error });
        }

        private static string CommandPath(System.CommandLine.Parsing.CommandResult? result)
        {
            var names = new List<string>();
            for (var current = result; current != null; current = current.Parent as System.CommandLine.Parsing.CommandResult)
            {
                names.Add(current.Parent == null ? "sn" : current.Command.Name);
            }

            names.Reverse();
            return string.Join(" ", names.Count == 0 ? new[] { "sn" } : names.ToArray());
        }
    }
}
