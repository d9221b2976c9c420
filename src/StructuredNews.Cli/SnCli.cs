using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using StructuredNews.Cli.Commands;
using StructuredNews.Cli.Sources;

namespace StructuredNews.Cli
{
    /// <summary>
    /// The <c>sn</c> command line. Commands write to the writers given here, never to <see cref="Console"/> directly.
    /// </summary>
    public static class SnCli
    {
        /// <summary>The root command with every subcommand, over the dataset its options select (<see cref="DatasetSelection"/>).</summary>
        public static RootCommand CreateRootCommand(DatasetSelection datasets, CliEnvironment environment)
        {
            var root = new RootCommand(
                "sn: explore a StructuredNews dataset (yours: the project here, --data, --assembly; or --bundled): its "
                + "timeline, actors, figures and their conflicts, name resolution, coverage statistics, export (JSON, CSV, "
                + "GeoJSON) and an HTML report; for annotators, a starter annotation for a new article and the build's validation.");
            datasets.AddTo(root);
            root.Subcommands.Add(TimelineCommand.Create(datasets));
            root.Subcommands.Add(ActorsCommand.Create(datasets));
            root.Subcommands.Add(FiguresCommand.Create(datasets));
            root.Subcommands.Add(ConflictsCommand.Create(datasets));
            root.Subcommands.Add(ResolveCommand.Create(datasets));
            root.Subcommands.Add(ExportCommand.Create(datasets));
            root.Subcommands.Add(StatsCommand.Create(datasets));
            root.Subcommands.Add(ReportCommand.Create(datasets, environment));
            root.Subcommands.Add(NewCommand.Create(datasets, environment));
            root.Subcommands.Add(ValidateCommand.Create(datasets, environment));
            return root;
        }

        /// <summary>
        /// Parses and runs a command line over the dataset it selects: <c>--data</c>, <c>--assembly</c>,
        /// <c>--bundled</c>, else the project in the working directory or above (inside this repository, the bundled
        /// dataset). Returns an <see cref="ExitCodes"/> value.
        /// </summary>
        public static int Run(IReadOnlyList<string> args, TextWriter output, TextWriter error, CliEnvironment environment) =>
            Run(args, new DatasetSelection(null, environment), output, error, environment);

        /// <summary>
        /// As <see cref="Run(IReadOnlyList{string}, TextWriter, TextWriter, CliEnvironment)"/>, with <paramref name="dataset"/>
        /// as the dataset when no option selects another (for apps and tests that run <c>sn</c> in-process).
        /// </summary>
        public static int Run(IReadOnlyList<string> args, NewsDataset dataset, TextWriter output, TextWriter error, CliEnvironment? environment = null)
        {
            environment ??= CliEnvironment.Default;
            return Run(args, new DatasetSelection(DatasetSource.Given(dataset), environment), output, error, environment);
        }

        private static int Run(IReadOnlyList<string> args, DatasetSelection datasets, TextWriter output, TextWriter error, CliEnvironment environment)
        {
            var root = CreateRootCommand(datasets, environment);
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
