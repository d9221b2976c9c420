using System.Linq;
using Xunit;

namespace StructuredNews.Cli.Tests
{
    public class CliTests
    {
        [Theory]
        [InlineData("timeline", "chronological order", "--from")]
        [InlineData("actors", "List the actors", "--help")]
        [InlineData("figures", "numeric claims", "--measure")]
        [InlineData("statements", "what an actor said", "--speaker")]
        [InlineData("conflicts", "contradiction", "--help")]
        [InlineData("resolve", "canonical id", "<name>")]
        [InlineData("resolve", "spelling that matched", "--id-only")]
        [InlineData("show", "Show anything by id", "<id>")]
        [InlineData("timeline", "anywhere within it", "--place")]
        [InlineData("figures", "as of this day or later", "--claimed-by")]
        [InlineData("export", "interchange format", "--output")]
        [InlineData("export", "geojson", "FILE|DIR")]
        [InlineData("stats", "Per article coverage", "--data")]
        [InlineData("report", "static HTML report", "--output")]
        [InlineData("validate", "exactly as the build does", "--articles")]
        [InlineData("new", "starter YAML", "article")]
        public void EveryCommandHasHelp(string command, string description, string option)
        {
            var result = Sn.Run(command, "--help");

            Assert.Equal(0, result.ExitCode);
            Assert.Contains(description, result.Out);
            Assert.Contains(option, result.Out);
        }

        [Fact]
        public void RootHelpListsEveryCommand()
        {
            var result = Sn.Run("--help");

            Assert.Equal(0, result.ExitCode);
            foreach (var command in new[] { "timeline", "actors", "figures", "statements", "conflicts", "resolve", "show", "export", "stats", "report", "new", "validate" })
            {
                Assert.Contains(command, result.Out);
            }
        }

        [Fact]
        public void NewArticleHasHelp()
        {
            var result = Sn.Run("new", "article", "--help");

            Assert.Equal(0, result.ExitCode);
            foreach (var option in new[] { "PATH-TO-TEXT", "--language", "--id", "--output", "--data", "TODO: annotate as a figure" })
            {
                Assert.Contains(option, result.Out);
            }
        }

        /// <summary>sn writes no colour at all, so NO_COLOR changes nothing: the output is the same bytes with and without it.</summary>
        [Fact]
        public void NoColorChangesNothing()
        {
            var commands = new[] { new[] { "timeline" }, new[] { "actors" }, new[] { "figures" }, new[] { "conflicts" }, new[] { "stats" }, new[] { "export", "--format", "csv" }, new[] { "--help" } };
            var before = commands.Select(c => Sn.Run(c)).ToList();
            var previous = System.Environment.GetEnvironmentVariable("NO_COLOR");
            System.Environment.SetEnvironmentVariable("NO_COLOR", "1");
            try
            {
                for (var i = 0; i < commands.Length; i++)
                {
                    var after = Sn.Run(commands[i]);
                    Assert.Equal(before[i].Out, after.Out);
                    Assert.Equal(before[i].Error, after.Error);
                    Assert.False(after.Out.Contains('\u001b'), string.Join(" ", commands[i]) + " wrote an escape character");
                }
            }
            finally
            {
                System.Environment.SetEnvironmentVariable("NO_COLOR", previous);
            }
        }

        /// <summary>Bare sn lists every command, one line each with its summary, and succeeds (issue 20.5).</summary>
        [Fact]
        public void NoCommandListsTheCommands()
        {
            var result = Sn.Run();

            Assert.Equal(0, result.ExitCode);
            Assert.Equal(string.Empty, result.Error);
            var root = SnCli.CreateRootCommand(new Sources.DatasetSelection(null, CliEnvironment.Default), CliEnvironment.Default);
            var names = root.Subcommands.Select(c => c.Name).ToList();
            Assert.Equal(12, names.Count);
            foreach (var name in names)
            {
                var summary = SnCli.Summary(name);
                Assert.False(string.IsNullOrEmpty(summary), name + " has no summary");
                Assert.Single(result.Lines, l => l.StartsWith("  " + name + " ", System.StringComparison.Ordinal));
                Assert.Contains(result.Lines, l => l.StartsWith("  " + name + " ", System.StringComparison.Ordinal) && l.EndsWith("  " + summary, System.StringComparison.Ordinal));
            }

            Assert.Contains("  timeline    the events in chronological order (--actor, --place, --from, --to)", result.Lines);
            Assert.Contains("sn COMMAND --help", result.Out);
        }

        /// <summary>Only the dataset options and no command: still the list, not "Required command was not provided".</summary>
        [Fact]
        public void DatasetOptionsAloneListTheCommands()
        {
            var result = Sn.Run("--bundled");

            Assert.Equal(0, result.ExitCode);
            Assert.Equal(Sn.Run().Out, result.Out);
        }

        [Fact]
        public void UnknownCommandIsAUsageError()
        {
            var result = Sn.Run("timelines");

            Assert.Equal(2, result.ExitCode);
            Assert.Equal(string.Empty, result.Out);
            Assert.Contains("timelines", result.Error);
        }

        [Fact]
        public void UnknownOptionIsAUsageError()
        {
            var result = Sn.Run("actors", "--colour");

            Assert.Equal(2, result.ExitCode);
            Assert.Contains("--colour", result.Error);
            Assert.Contains("sn actors --help", result.Error);
        }

        [Theory]
        [InlineData("timelin", "timeline")]
        [InlineData("figuers", "figures")]
        [InlineData("Actors", "actors")]
        [InlineData("statement", "statements")]
        public void UnknownCommandSuggestsTheNearest(string typed, string meant)
        {
            var result = Sn.Run(typed);

            Assert.Equal(2, result.ExitCode);
            Assert.Equal(string.Empty, result.Out);
            Assert.Equal("sn: unknown command '" + typed + "'. Did you mean '" + meant + "'?\nRun 'sn --help' for usage.\n", result.Error);
        }

        [Fact]
        public void UnknownCommandFarFromEveryCommandSuggestsNothing()
        {
            var result = Sn.Run("frobnicate");

            Assert.Equal(2, result.ExitCode);
            Assert.Equal("sn: unknown command 'frobnicate'.\nRun 'sn --help' for usage.\n", result.Error);
        }

        [Fact]
        public void UnknownSubcommandSuggestsTheNearestOfItsCommand()
        {
            var result = Sn.Run("new", "artcle", "x.txt");

            Assert.Equal(2, result.ExitCode);
            Assert.Equal("sn: unknown command 'artcle'. Did you mean 'article'?\nRun 'sn new --help' for usage.\n", result.Error);
        }

        [Theory]
        [InlineData(new[] { "figures", "--mesure", "killed" }, "--mesure", "--measure", "sn figures")]
        [InlineData(new[] { "timeline", "--bundeld" }, "--bundeld", "--bundled", "sn timeline")] // a dataset option, taken by every command
        [InlineData(new[] { "statements", "--speker", "tokayev" }, "--speker", "--speaker", "sn statements")]
        public void UnknownOptionSuggestsTheNearest(string[] args, string typed, string meant, string command)
        {
            var result = Sn.Run(args);

            Assert.Equal(2, result.ExitCode);
            Assert.Equal(string.Empty, result.Out);
            Assert.Equal("sn: unknown option '" + typed + "'. Did you mean '" + meant + "'?\nRun '" + command + " --help' for usage.\n", result.Error);
        }

        [Fact]
        public void ExtraArgumentKeepsTheParsersMessage()
        {
            var result = Sn.Run("resolve", "Tokayev", "extra");

            Assert.Equal(2, result.ExitCode);
            Assert.Contains("'extra'", result.Error);
            Assert.DoesNotContain("unknown command", result.Error);
        }

        [Fact]
        public void OutputHasNoEscapeSequences()
        {
            foreach (var command in new[] { "timeline", "actors", "figures", "conflicts", "export" })
            {
                Assert.False(Sn.Run(command).Out.Contains('\u001b'), command + " wrote an escape character");
            }
        }
    }
}
