using System;
using Xunit;

namespace StructuredNews.Tests
{
    public class VocabularyNamesTests
    {
        [Theory]
        [InlineData("GovernmentBody", "government_body")]
        [InlineData("Person", "person")]
        [InlineData("RemoteExplosiveLandmineIed", "remote_explosive_landmine_ied")]
        [InlineData("MoreThan", "more_than")]
        [InlineData("HTTPServer", "http_server")]
        [InlineData("Level2Region", "level2_region")]
        public void ConvertsPascalCase(string pascal, string snake)
        {
            Assert.Equal(snake, VocabularyNames.From(pascal));
        }

        [Fact]
        public void MatchesTheYamlSpellings()
        {
            Assert.Equal("violent_demonstration", VocabularyNames.Of(EventSubType.ViolentDemonstration));
            Assert.Equal("explosions_remote_violence", VocabularyNames.Of(EventType.ExplosionsRemoteViolence));
            Assert.Equal("non_state_actor_overtakes_territory", VocabularyNames.Of(EventSubType.NonStateActorOvertakesTerritory));
            Assert.Equal("international_organisation", VocabularyNames.Of(ActorKind.InternationalOrganisation));
            Assert.Equal("time_of_day", VocabularyNames.Of(Measure.TimeOfDay));
            Assert.Equal("at_least", VocabularyNames.Of(Qualifier.AtLeast));
        }

        [Fact]
        public void RoundTripsEveryMeasure()
        {
            foreach (var measure in Enum.GetValues<Measure>())
            {
                Assert.True(VocabularyNames.TryParse<Measure>(VocabularyNames.Of(measure), out var parsed));
                Assert.Equal(measure, parsed);
            }
        }

        [Theory]
        [InlineData("pricechange")]
        [InlineData("price-change")]
        [InlineData("PRICE_CHANGE")]
        [InlineData("")]
        [InlineData(null)]
        [InlineData("7")]
        public void RejectsOtherText(string? text)
        {
            Assert.False(VocabularyNames.TryParse<Measure>(text, out _));
        }
    }
}
