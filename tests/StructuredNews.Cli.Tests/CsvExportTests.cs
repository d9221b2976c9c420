using System.IO;
using System.Linq;
using System.Text;
using StructuredNews.Export;
using Xunit;

namespace StructuredNews.Cli.Tests
{
    public class CsvExportTests
    {
        [Theory]
        [InlineData("plain", "plain")]
        [InlineData("a,b", "\"a,b\"")]
        [InlineData("say \"hi\"", "\"say \"\"hi\"\"\"")]
        [InlineData("two\nlines", "\"two\nlines\"")]
        [InlineData("cr\rhere", "\"cr\rhere\"")]
        [InlineData("", "")]
        [InlineData(null, "")]
        public void FieldsAreQuotedAsRfc4180Says(string? value, string expected) => Assert.Equal(expected, Csv.Field(value));

        private static string[] Split(string record)
        {
            // Enough for the test data: no quoted commas in the columns checked by index.
            return record.Split(',');
        }

        [Fact]
        public void StandardOutputGetsTheEventsWithAcledColumns()
        {
            var result = Sn.Run("export", "--format", "csv");

            Assert.Equal(0, result.ExitCode);
            var records = result.Out.Split("\r\n");
            Assert.Equal(string.Join(",", CsvExporter.EventColumns), records[0]);
            Assert.Equal(string.Empty, records.Last());
            Assert.Equal(new[] { "fuel-price-rise", "zhanaozen-protest", "city-hall-stormed", "troops-arrive" }, records.Skip(1).Take(4).Select(r => r.Split(',')[0]));

            var stormed = records.Single(r => r.StartsWith("city-hall-stormed,"));
            Assert.StartsWith("city-hall-stormed,2022-01-05,,2022,1,Riots,Violent demonstration,Protesters,,Kazakh security forces,,Kazakhstan,,Almaty City Hall,43.25,76.95,2,", stormed);
            // fatalities: the lowest low of the killed figures linked to the event (killed-8); the claim is in notes.
            Assert.EndsWith(",8", stormed);
            Assert.Contains("killed security-forces: eight (art-en, interior-ministry via sputnik, as of 2022-01-05)", stormed);
            Assert.Contains("Example Wire (art-en); art-da", stormed);

            Assert.StartsWith("zhanaozen-protest,2022-01-02,,2022,2,Protests,Peaceful protest,", records.Single(r => r.StartsWith("zhanaozen-protest,")));
            var rise = records.Single(r => r.StartsWith("fuel-price-rise,"));
            Assert.StartsWith("fuel-price-rise,2022-01-01,,2022,3,Strategic developments,Other,,,,,,,,,,,", rise);
            Assert.EndsWith(",0", rise);
            Assert.StartsWith("troops-arrive,2022-01-06,2022-01-07,2022,1,Strategic developments,Change to group/activity,,,,,Kazakhstan,,Kazakhstan,48,68,3,", records.Single(r => r.StartsWith("troops-arrive,")));
        }

        [Fact]
        public void FatalitiesAreTheMostConservativeLinkedKillClaim()
        {
            var dataset = Repo.Bundled;
            var attacks = dataset.Events["attacks-on-security-forces"];
            var killed = CsvExporter.KilledFigures(dataset, attacks).ToList();
            Assert.True(killed.Count >= 2);
            Assert.Equal(killed.Min(f => f.Low ?? 0m), CsvExporter.Fatalities(dataset, attacks));
            Assert.Equal(8m, CsvExporter.Fatalities(dataset, attacks));
        }

        [Fact]
        public void OutputDirectoryGetsOneFilePerKindUtf8WithoutBomAndCrlf()
        {
            var dir = Path.Combine(Repo.TempDirectory(), "csv");

            var result = Sn.Run("export", "--format", "csv", "--output", dir);

            Assert.Equal(0, result.ExitCode);
            Assert.Equal(
                new[] { "actors.csv", "articles.csv", "event_participants.csv", "event_reports.csv", "events.csv", "figures.csv", "places.csv", "series.csv", "statements.csv", "topics.csv" },
                Directory.GetFiles(dir).Select(Path.GetFileName).OrderBy(n => n, System.StringComparer.Ordinal));
            foreach (var file in Directory.GetFiles(dir))
            {
                var bytes = File.ReadAllBytes(file);
                Assert.False(bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF, file + " has a BOM");
                var text = new UTF8Encoding(false, true).GetString(bytes);
                Assert.EndsWith("\r\n", text);
                Assert.DoesNotContain("\n", text.Replace("\r\n", string.Empty).Replace("\"two\nlines\"", string.Empty));
            }

            Assert.Equal(Sn.Run("export", "--format", "csv").Out, File.ReadAllText(Path.Combine(dir, "events.csv")));
            var figures = File.ReadAllText(Path.Combine(dir, "figures.csv"));
            Assert.StartsWith("id,measure,subject,value,qualifier,low,high,unit,as_of,claimed_by,via,event,place,note,article,quote,start,length\r\n", figures);
            // The quote with a double quote inside is quoted and the inner quotes doubled.
            var statements = File.ReadAllText(Path.Combine(dir, "statements.csv"));
            Assert.Contains(",\"President Tokayev called them \"\"terrorists\"\" in a televised address\",", statements);
            Assert.Contains("killed-12,killed,security-forces,12,at_least,12,,people,2022-01-06,interior-ministry,tass; sputnik,,kazakhstan,,art-da,Mindst 12 betjente er dræbt,", figures);
            var series = File.ReadAllLines(Path.Combine(dir, "series.csv"));
            Assert.Equal("series,measure,subject,unit,figure,value,low,high,as_of,claimed_by,article,step", series[0]);
            Assert.Equal(1 + 4, series.Length);
            Assert.StartsWith("1,killed,security-forces,people,killed-8,", series[1]);
            Assert.EndsWith(",art-en,", series[1]);
            Assert.EndsWith(",revision", series[2]);
            Assert.EndsWith(",contradiction", series[4]);
            Assert.Contains("tokayev,person,Kassym-Jomart Tokayev,en=Kassym-Jomart Tokayev; da=Kassym-Jomart Tokajev,Tokayev; Kassym-Shomart Tokayev; Qasym-Jōmart Toqaev,", File.ReadAllText(Path.Combine(dir, "actors.csv")));
        }
    }
}
