using System.Linq;
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
            var result = Sn.Run("resolve", "--id-only", name);

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
            Assert.Contains("Did you mean 'Kassym-Jomart Tokayev' (tokayev)?", result.Error);
        }

        [Fact]
        public void SeveralMatchesPrintTheFirstAndListTheOthersOnStandardError()
        {
            var result = Sn.Run("resolve", "--id-only", "ALMATY");

            Assert.Equal(0, result.ExitCode);
            Assert.Equal("almaty-akimat\n", result.Out);
            Assert.Contains("also matches: almaty (place, city)", result.Error);
        }

        [Theory]
        [InlineData("qasym jomart TOQAEV", "tokayev", "Kassym-Jomart Tokayev", "actor person", "Qasym-Jōmart Toqaev (alias)")]
        [InlineData("Kassym-Jomart Tokajev", "tokayev", "Kassym-Jomart Tokayev", "actor person", "Kassym-Jomart Tokajev (name in da)")]
        [InlineData("kassym jomart tokayev", "tokayev", "Kassym-Jomart Tokayev", "actor person", "Kassym-Jomart Tokayev (canonical name, name in en)")]
        [InlineData("Indenrigsministeriet", "interior-ministry", "Interior Ministry", "actor government_body", "indenrigsministeriet (name in da)")]
        [InlineData("Zhanaözen", "zhanaozen", "Zhanaozen", "place city", "zhanaozen (id), Zhanaozen (canonical name), Zhanaözen (alias)")]
        [InlineData("lpg", "lpg", "Liquefied petroleum gas", "topic", "lpg (id), LPG (alias)")]
        public void PrintsIdNameKindAndTheSpellingThatMatched(string name, string id, string canonical, string kind, string matched)
        {
            var result = Sn.Run("resolve", name);

            Assert.Equal(0, result.ExitCode);
            Assert.Equal(string.Empty, result.Error);
            Assert.Equal(2, result.Lines.Length);
            var columns = new Columns(result.Lines[0], "ID", "NAME", "KIND", "MATCHED");
            Assert.Equal(id, columns.Cell(result.Lines[1], "ID"));
            Assert.Equal(canonical, columns.Cell(result.Lines[1], "NAME"));
            Assert.Equal(kind, columns.Cell(result.Lines[1], "KIND"));
            Assert.Equal(matched, columns.Cell(result.Lines[1], "MATCHED"));
        }

        [Fact]
        public void SeveralMatchesAreRowsTheRuntimesChoiceFirst()
        {
            var result = Sn.Run("resolve", "ALMATY");

            Assert.Equal(0, result.ExitCode);
            var columns = new Columns(result.Lines[0], "ID", "NAME", "KIND", "MATCHED");
            Assert.Equal(new[] { "almaty-akimat", "almaty" }, result.Lines.Skip(1).Select(l => columns.Cell(l, "ID")));
            Assert.Equal("actor government_body", columns.Cell(result.Lines[1], "KIND"));
            Assert.Equal("Almaty (alias)", columns.Cell(result.Lines[1], "MATCHED"));
            Assert.Equal("place city", columns.Cell(result.Lines[2], "KIND"));
            Assert.Equal("almaty (id), Almaty (canonical name)", columns.Cell(result.Lines[2], "MATCHED"));
            Assert.Equal(Sn.Dataset.Resolve("ALMATY")!.Id, columns.Cell(result.Lines[1], "ID"));
        }

        [Theory]
        [InlineData("Tokaev", "'Tokayev' (tokayev)")] // one letter off an alias: the alias, not the full name it is a word of
        [InlineData("Zhanaozn", "'Zhanaozen' (zhanaozen)")]
        [InlineData("Tokajew", "'Kassym-Jomart Tokajev' (tokayev)")] // a word of the Danish name
        [InlineData("Sputnjik", "'Sputnik' (sputnik)")]
        [InlineData("Kazakstan", "'Kazakhstan' (kazakhstan)")]
        [InlineData("Almaty Hall", "'Almaty City Hall' (almaty-city-hall), 'Almaty' (almaty-akimat) or 'Almaty' (almaty)")] // all its words, then names it holds
        [InlineData("President Tokayev", "'Tokayev' (tokayev)")] // holds a whole alias
        public void MissSuggestsTheNearestKnownNames(string name, string suggestion)
        {
            var result = Sn.Run("resolve", name);

            Assert.Equal(1, result.ExitCode);
            Assert.Equal(string.Empty, result.Out);
            Assert.Equal("sn: no actor, place or topic is called '" + name + "'. Did you mean " + suggestion + "?\n", result.Error);
        }

        [Fact]
        public void MissFarFromEveryNameSuggestsNothing()
        {
            var result = Sn.Run("resolve", "Nazarbayev");

            Assert.Equal("sn: no actor, place or topic is called 'Nazarbayev'.\n", result.Error);
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
