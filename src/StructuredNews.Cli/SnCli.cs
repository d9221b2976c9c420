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
        public static RootCommand CreateRootCommand(NewsDataset dataset)
        {
            var root = new RootCommand(
                "sn: explore a StructuredNews dataset (" + dataset.Title + "): its timeline, actors, figures and "
                + "their conflicts, name resolution and export.");
            root.Subcommands.Add(TimelineCommand.Create(dataset));
            root.Subcommands.Add(ActorsCommand.Create(dataset));
            root.Subcommands.Add(FiguresCommand.Create(dataset));
            root.Subcommands.Add(ConflictsCommand.Create(dataset));
            root.Subcommands.Add(ResolveCommand.Create(dataset));
            root.Subcommands.Add(ExportCommand.Create(dataset));
            return root;
        }

        /// <summary>
        /// Parses and runs a command line. Returns <see cref="ExitCodes.Ok"/>, <see cref="ExitCodes.NotFound"/>, or
        /// <see cref="ExitCodes.UsageError"/> (after printing what is wrong to <paramref name="error"/>).
        /// </summary>
        public static int Run(IReadOnlyList<string> args, NewsDataset dataset, TextWriter output, TextWriter error)
        {
            var root = CreateRootCommand(dataset);
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
