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
        // One line per command for bare `sn`; a test checks that every command has one.
        private static readonly (string Name, string Summary)[] Summaries =
        {
            ("timeline", "the events in chronological order (--actor, --place, --from, --to)"),
            ("actors", "the actors: people, bodies, forces, groups, outlets"),
            ("figures", "the numeric claims: killed, injured, prices, ... (--measure, --subject, --claimed-by, --article, --from, --to)"),
            ("statements", "what was said, by whom, quoted from which article (--speaker, --article)"),
            ("conflicts", "series of figures that differ, each step marked, with an estimate"),
            ("resolve", "which actor, place or topic a name refers to"),
            ("show", "anything by id, with its evidence and every reference resolved"),
            ("export", "the whole dataset as JSON, CSV or GeoJSON"),
            ("stats", "per-article coverage of the annotations"),
            ("report", "a static HTML report"),
            ("new", "a starter annotation for a new article text"),
            ("validate", "the build's checks of annotation files, without a build"),
        };

        /// <summary>The one-line summary bare <c>sn</c> prints for a command, or <see langword="null"/>.</summary>
        public static string? Summary(string command) =>
            Summaries.Where(s => s.Name == command).Select(s => s.Summary).FirstOrDefault();

        /// <summary>The root command with every subcommand, over the dataset its options select (<see cref="DatasetSelection"/>).</summary>
        public static RootCommand CreateRootCommand(DatasetSelection datasets, CliEnvironment environment)
        {
            var root = new RootCommand(
                "sn: explore a StructuredNews dataset (yours: the project here, --data, --assembly; or --bundled): its "
                + "timeline, actors, figures, statements and their conflicts, name resolution, any entity by id, coverage "
                + "statistics, export (JSON, CSV, GeoJSON) and an HTML report; for annotators, a starter annotation for a "
                + "new article and the build's validation.");
            datasets.AddTo(root);
            root.Subcommands.Add(TimelineCommand.Create(datasets, environment));
            root.Subcommands.Add(ActorsCommand.Create(datasets, environment));
            root.Subcommands.Add(FiguresCommand.Create(datasets, environment));
            root.Subcommands.Add(StatementsCommand.Create(datasets, environment));
            root.Subcommands.Add(ConflictsCommand.Create(datasets));
            root.Subcommands.Add(ResolveCommand.Create(datasets, environment));
            root.Subcommands.Add(ShowCommand.Create(datasets));
            root.Subcommands.Add(ExportCommand.Create(datasets, environment));
            root.Subcommands.Add(StatsCommand.Create(datasets));
            root.Subcommands.Add(ReportCommand.Create(datasets, environment));
            root.Subcommands.Add(NewCommand.Create(datasets, environment));
            root.Subcommands.Add(ValidateCommand.Create(datasets, environment));
            // Bare `sn` lists the commands instead of failing with "Required command was not provided".
            root.SetAction(parseResult => ListCommands(root, parseResult.InvocationConfiguration.Output));
            return root;
        }

        private static int ListCommands(RootCommand root, TextWriter output)
        {
            output.WriteLine("Usage: sn COMMAND [OPTIONS]    ('sn COMMAND --help' for a command's options)");
            output.WriteLine();
            output.WriteLine("Commands:");
            var width = root.Subcommands.Max(c => c.Name.Length);
            foreach (var command in root.Subcommands)
            {
                output.WriteLine("  " + command.Name.PadRight(width) + "  " + (Summary(command.Name) ?? command.Description));
            }

            output.WriteLine();
            output.WriteLine("The dataset: the project in this folder or above, or --data, --assembly, --bundled ('sn --help').");
            return ExitCodes.Ok;
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
                if (UnknownToken(parseResult) is { } unknown)
                {
                    error.WriteLine("sn: " + unknown);
                    error.WriteLine("Run '" + CommandPath(parseResult.CommandResult) + " --help' for usage.");
                    return ExitCodes.UsageError;
                }

                foreach (var parseError in parseResult.Errors)
                {
                    error.WriteLine("sn: " + parseError.Message);
                }

                error.WriteLine("Run '" + CommandPath(parseResult.CommandResult) + " --help' for usage.");
                return ExitCodes.UsageError;
            }

            return parseResult.Invoke(new InvocationConfiguration { Output = output, Error = error });
        }

        /// <summary>
        /// For a command line with an unknown command or option, what to say about the first one, with the nearest
        /// commands or options of the command it was given to: "unknown command 'timelin'. Did you mean 'timeline'?".
        /// <see langword="null"/> for other errors (an extra argument, a bad value), which System.CommandLine words.
        /// </summary>
        private static string? UnknownToken(ParseResult parseResult)
        {
            if (parseResult.UnmatchedTokens.Count == 0)
            {
                return null;
            }

            var token = parseResult.UnmatchedTokens[0];
            var command = parseResult.CommandResult.Command;
            if (token.StartsWith("-", StringComparison.Ordinal) && token.Length > 1)
            {
                var options = OptionsOf(parseResult.CommandResult).SelectMany(o => o.Aliases.Prepend(o.Name)).Where(n => n.StartsWith("--", StringComparison.Ordinal));
                return "unknown option '" + token + "'." + DidYouMean.Phrase(DidYouMean.Nearest(token, options));
            }

            if (command.Subcommands.Count == 0)
            {
                return null;
            }

            return "unknown command '" + token + "'." + DidYouMean.Phrase(DidYouMean.Nearest(token, command.Subcommands.Select(c => c.Name)));
        }

        // A command's own options and the recursive ones of the commands above it (the dataset options).
        private static IEnumerable<Option> OptionsOf(System.CommandLine.Parsing.CommandResult result)
        {
            foreach (var option in result.Command.Options)
            {
                yield return option;
            }

            for (var parent = result.Parent as System.CommandLine.Parsing.CommandResult; parent != null; parent = parent.Parent as System.CommandLine.Parsing.CommandResult)
            {
                foreach (var option in parent.Command.Options.Where(o => o.Recursive))
                {
                    yield return option;
                }
            }
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
