using Xunit;

namespace StructuredNews.Cli.Tests
{
    public class ResolveCommandTests
    {
        [Theory]
        [InlineData("qasym jomart TOQAEV", "tokayev")] // alias with a macron, asked without it, in another case
        [InlineData("Kassym-Jomart Tokajev", "tokayev")] // the Danish name
        [InlineData("TOKAYEV", "tokayev")]
        [InlineData("zhanaozen", "zhanaozen")]
        [InlineData("Zhanaözen", "zhanaozen")]
        [InlineData("alma ata", "almaty")]
        [InlineData("borgmesterkontoret", "almaty-city-hall")]
        [InlineData("lpg", "lpg")]
        [InlineData("Indenrigsministeriet", "interior-ministry")]
        public void PrintsTheCanonicalId(string name, string id)
        {
            var result = Sn.Run("resolve", name);

            Assert.Equal(0, result.ExitCode);
            Assert.Equal(id + "\n", result.Out);
            Assert.Equal(string.Empty, result.Error);
        }

        [Fact]
        public void MissExitsWithOneAndExplainsOnStandardError()
        {
            var result = Sn.Run("resolve", "Nazarbayev");

            Assert.Equal(1, result.ExitCode);
            Assert.Equal(string.Empty, result.Out);
            Assert.Contains("no actor, place or topic is called 'Nazarbayev'", result.Error);
        }

        [Fact]
        public void MissSuggestsEntitiesWhoseNamesContainTheQuery()
        {
            var result = Sn.Run("resolve", "Jomart");

            Assert.Equal(1, result.ExitCode);
            Assert.Contains("Did you mean: tokayev?", result.Error);
        }

        [Fact]
        public void SeveralMatchesPrintTheFirstAndListTheOthersOnStandardError()
        {
            var result = Sn.Run("resolve", "ALMATY");

            Assert.Equal(0, result.ExitCode);
            Assert.Equal("almaty-akimat\n", result.Out);
            Assert.Contains("also matches: almaty (place, city)", result.Error);
        }

        [Fact]
        public void MissingNameIsAUsageError()
        {
            var result = Sn.Run("resolve");

            Assert.Equal(2, result.ExitCode);
            Assert.Equal(string.Empty, result.Out);
            Assert.Contains("sn resolve --help", result.Error);
        }
    }
}
