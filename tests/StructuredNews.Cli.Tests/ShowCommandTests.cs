using Xunit;

namespace StructuredNews.Cli.Tests
{
    public class ShowCommandTests
    {
        private static string Show(string id)
        {
            var result = Sn.Run("show", id);
            Assert.Equal(0, result.ExitCode);
            Assert.Equal(string.Empty, result.Error);
            return result.Out;
        }

        [Fact]
        public void FigureWithEveryReferenceResolvedAndItsEvidence()
        {
            Assert.Equal(
                "killed-12 (figure killed)\n"
                + "  measure     killed\n"
                + "  subject     security-forces (Kazakh security forces)\n"
                + "  value       12\n"
                + "  qualifier   at_least\n"
                + "  low..high   12..\n"
                + "  unit        people\n"
                + "  as of       2022-01-06\n"
                + "  claimed by  interior-ministry (Interior Ministry)\n"
                + "  via         tass (TASS) > sputnik (Sputnik)\n"
                + "  event       -\n"
                + "  place       kazakhstan (Kazakhstan)\n"
                + "  note        -\n"
                + "  evidence    art-da (Kaos i Kasakhstan): \"Mindst 12 betjente er dræbt\"\n",
                Show("killed-12"));
        }

        [Fact]
        public void EventWithPlaceParticipantsReportsAndFigures()
        {
            Assert.Equal(
                "city-hall-stormed (event violent_demonstration)\n"
                + "  type          riots\n"
                + "  sub type      violent_demonstration\n"
                + "  summary       Protesters storm and set fire to Almaty city hall.\n"
                + "  date          2022-01-05\n"
                + "  precision     day\n"
                + "  place         almaty-city-hall (Almaty City Hall)\n"
                + "  participants  protesters (Protesters), initiator\n"
                + "                security-forces (Kazakh security forces), target\n"
                + "  causes        zhanaozen-protest (Protests begin in Zhanaozen.)\n"
                + "  caused        -\n"
                + "  reports       art-en (Eight security officers killed): \"Protesters stormed the city hall in Almaty\"\n"
                + "                art-da (Kaos i Kasakhstan): \"Demonstranter stormede borgmesterkontoret\"; claimed by tass (TASS) via sputnik (Sputnik)\n"
                + "  figures       killed-8 (killed security-forces: eight people)\n"
                + "  statements    -\n",
                Show("city-hall-stormed"));
        }

        [Fact]
        public void StatementWithSpeakerEventAndEvidence()
        {
            Assert.Equal(
                "tokayev-terrorists (statement)\n"
                + "  speaker   tokayev (Kassym-Jomart Tokayev)\n"
                + "  text      terrorists\n"
                + "  date      2022-01-07\n"
                + "  event     troops-arrive (Russian troops arrive.)\n"
                + "  evidence  art-en (Eight security officers killed): \"President Tokayev called them \"terrorists\" in a televised address\"\n",
                Show("tokayev-terrorists"));
        }

        [Fact]
        public void ActorWithNamesAndWhatRefersToIt()
        {
            Assert.Equal(
                "interior-ministry (actor government_body)\n"
                + "  name             Interior Ministry\n"
                + "  names            da: indenrigsministeriet\n"
                + "  aliases          Ministry of Internal Affairs\n"
                + "  roles            -\n"
                + "  description      -\n"
                + "  events           -\n"
                + "  figures about    -\n"
                + "  figures claimed  killed-8 (killed security-forces: eight people)\n"
                + "                   killed-12 (killed security-forces: at least 12 people)\n"
                + "                   injured-317 (injured security-forces: 317 people)\n"
                + "  figures relayed  -\n"
                + "  statements       -\n",
                Show("interior-ministry"));
            var sputnik = Show("sputnik");
            Assert.Contains("  figures relayed  killed-8 (killed security-forces: eight people)\n                   killed-12 (", sputnik);
            var protesters = Show("protesters");
            Assert.Contains("  events           zhanaozen-protest (Protests begin in Zhanaozen.), initiator\n                   city-hall-stormed (Protesters storm and set fire to Almaty city hall.), initiator\n", protesters);
            Assert.Contains("  statements       shal-ket (protesters: \"Shal ket!\")\n", protesters);
        }

        [Fact]
        public void PlaceWithItsEnclosingPlacesAndEventsWithinIt()
        {
            var hall = Show("almaty-city-hall");
            Assert.Contains("  within         almaty (Almaty) > kazakhstan (Kazakhstan)\n", hall);
            Assert.Contains("  names          da: borgmesterkontoret\n", hall);
            Assert.Contains("  coordinates    -\n", hall);

            var almaty = Show("almaty");
            Assert.Contains("  coordinates    43.25, 76.95\n", almaty);
            Assert.Contains("  places within  almaty-city-hall (Almaty City Hall)\n", almaty);
            Assert.Contains("  events         city-hall-stormed (Protesters storm and set fire to Almaty city hall.)\n", almaty);
            Assert.Contains("  figures at     injured-317 (injured security-forces: 317 people)\n", almaty);
        }

        [Fact]
        public void TopicWithItsFigures()
        {
            Assert.Equal(
                "lpg (topic)\n"
                + "  name           Liquefied petroleum gas\n"
                + "  names          -\n"
                + "  aliases        LPG\n"
                + "  description    -\n"
                + "  figures about  lpg-120 (price lpg: 120 KZT per litre)\n"
                + "                 lpg-60 (price lpg: about 60 KZT per litre)\n",
                Show("lpg"));
        }

        [Fact]
        public void ArticleWithWhatItReportsAndItsText()
        {
            var article = Show("art-da");

            Assert.StartsWith("art-da (article)\n  title        Kaos i Kasakhstan\n  language     da\n  publisher    -\n  published    -\n", article);
            Assert.Contains("  events       city-hall-stormed (Protesters storm and set fire to Almaty city hall.)\n               troops-arrive (Russian troops arrive.)\n", article);
            Assert.Contains("  figures      killed-12 (killed security-forces: at least 12 people)\n               lpg-60 (", article);
            Assert.Contains("  statements   shal-ket (protesters: \"Shal ket!\")\n", article);
            Assert.Contains("  text         Kaos i Kasakhstan\n               Mindst 12 betjente er dræbt,", article);
            Assert.Contains("  published    2022-01-06 (stated)\n", Show("art-en"));
        }

        [Theory]
        [InlineData("killed", "Did you mean 'killed-8' (killed security-forces: eight people) or 'killed-12' (killed security-forces: at least 12 people)?")]
        [InlineData("city-hall-stromed", "Did you mean 'city-hall-stormed' (Protesters storm and set fire to Almaty city hall.)?")]
        [InlineData("Tokayev", "Did you mean 'tokayev' (Kassym-Jomart Tokayev) or 'tokayev-terrorists' (tokayev: \"terrorists\")?")] // a name, then an id it starts
        public void UnknownIdSuggestsTheNearest(string id, string suggestion)
        {
            var result = Sn.Run("show", id);

            Assert.Equal(1, result.ExitCode);
            Assert.Equal(string.Empty, result.Out);
            Assert.Equal("sn: no article, actor, place, topic, event, figure or statement has the id '" + id + "'. " + suggestion + "\n", result.Error);
        }

        [Fact]
        public void EveryEntityOfTheBundledDatasetShows()
        {
            var dataset = Repo.Bundled;
            foreach (var entity in dataset.All)
            {
                var output = new System.IO.StringWriter { NewLine = "\n" };
                var error = new System.IO.StringWriter { NewLine = "\n" };
                Assert.Equal(0, SnCli.Run(new[] { "show", entity.Id }, dataset, output, error));
                Assert.StartsWith(entity.Id + " (", output.ToString());
            }
        }
    }
}
