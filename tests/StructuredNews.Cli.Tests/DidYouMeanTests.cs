using StructuredNews.Annotations.Naming;
using Xunit;

namespace StructuredNews.Cli.Tests
{
    public class DidYouMeanTests
    {
        [Theory]
        [InlineData("killed", "killed", 0)]
        [InlineData("kiled", "killed", 1)] // deletion
        [InlineData("killde", "killed", 1)] // adjacent swap
        [InlineData("kitten", "sitting", 3)]
        [InlineData("", "abc", 3)]
        [InlineData("abc", "", 3)]
        [InlineData("ca", "abc", 3)] // optimal string alignment: no edit of a swapped pair
        public void DistanceCountsEditsAndSwaps(string a, string b, int distance)
        {
            Assert.Equal(distance, EditDistance.Of(a, b));
            Assert.Equal(distance, EditDistance.Of(b, a));
        }

        [Fact]
        public void NearestRanksByDistanceThenPrefixWithinReach()
        {
            var commands = new[] { "timeline", "actors", "figures", "statements", "stats", "show" };

            Assert.Equal(new[] { "timeline" }, DidYouMean.Nearest("timelin", commands));
            Assert.Equal(new[] { "timeline" }, DidYouMean.Nearest("time", commands)); // a prefix
            Assert.Equal(new[] { "stats", "statements" }, DidYouMean.Nearest("stat", commands)); // one edit, then the prefix
            Assert.Equal(new[] { "show" }, DidYouMean.Nearest("SHOW", commands)); // any case
            Assert.Empty(DidYouMean.Nearest("export", commands));
            Assert.Empty(DidYouMean.Nearest("timeline", commands)); // what was typed is no suggestion
        }

        [Fact]
        public void PhraseQuotesAndJoins()
        {
            Assert.Equal(string.Empty, DidYouMean.Phrase(new string[0]));
            Assert.Equal(" Did you mean 'a'?", DidYouMean.Phrase(new[] { "a" }));
            Assert.Equal(" Did you mean 'a' or 'b'?", DidYouMean.Phrase(new[] { "a", "b" }));
            Assert.Equal(" Did you mean 'a', 'b' or 'c'?", DidYouMean.Phrase(new[] { "a", "b", "c" }));
        }
    }
}
