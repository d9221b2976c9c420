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
        [InlineData("conflicts", "contradiction", "--help")]
        [InlineData("resolve", "canonical id", "<name>")]
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
            foreach (var command in new[] { "timeline", "actors", "figures", "conflicts", "resolve", "export", "stats", "report", "new", "validate" })
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

        [Fact]
        public void NoCommandIsAUsageError()
        {
            var result = Sn.Run();

            Assert.Equal(2, result.ExitCode);
            Assert.Contains("sn --help", result.Error);
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
