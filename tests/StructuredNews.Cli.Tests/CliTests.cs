using Xunit;

namespace StructuredNews.Cli.Tests
{
    public class CliTests
    {
        [Theory]
        [InlineData("timeline", "chronological order", "--from")]
        [InlineData("actors", "List the actors", "--help")]
        [InlineData("figures", "numeric claims", "--measure")]
        [InlineData("conflicts", "disagree", "--help")]
        [InlineData("resolve", "canonical id", "<name>")]
        [InlineData("export", "interchange format", "--output")]
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
            foreach (var command in new[] { "timeline", "actors", "figures", "conflicts", "resolve", "export" })
            {
                Assert.Contains(command, result.Out);
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
