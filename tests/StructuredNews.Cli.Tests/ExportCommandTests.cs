using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using Xunit;

namespace StructuredNews.Cli.Tests
{
    public class ExportCommandTests
    {
        private const JsonValueKind S = JsonValueKind.String;
        private const JsonValueKind N = JsonValueKind.Number;
        private const JsonValueKind Null = JsonValueKind.Null;
        private const JsonValueKind A = JsonValueKind.Array;
        private const JsonValueKind O = JsonValueKind.Object;

        private static JsonDocument Export()
        {
            var result = Sn.Run("export", "--format", "json");
            Assert.Equal(0, result.ExitCode);
            Assert.Equal(string.Empty, result.Error);
            return JsonDocument.Parse(result.Out);
        }

        /// <summary>Asserts an object has exactly these keys, in this order, with these value kinds.</summary>
        // An event report: evidence plus whom the article credits for it.
        private static void AssertReport(JsonElement report, string article, string quote)
        {
            AssertShape(report, ("article", S), ("quote", S), ("start", N), ("length", N), ("claimedBy", report.GetProperty("claimedBy").ValueKind), ("via", A));
            Assert.Equal(article, report.GetProperty("article").GetString());
            Assert.Equal(quote, report.GetProperty("quote").GetString());
            var text = Sn.Dataset.Articles[article].Text;
            Assert.Equal(quote, text.Substring(report.GetProperty("start").GetInt32(), report.GetProperty("length").GetInt32()));
        }

        private static void AssertShape(JsonElement element, params (string Key, JsonValueKind Kind)[] expected)
        {
            Assert.Equal(JsonValueKind.Object, element.ValueKind);
            var actual = element.EnumerateObject().Select(p => (p.Name, p.Value.ValueKind)).ToArray();
            Assert.Equal(expected.Select(e => e.Key + ":" + e.Kind), actual.Select(a => a.Name + ":" + a.ValueKind));
        }

        private static void AssertEvidence(JsonElement evidence, string article, string quote)
        {
            AssertShape(evidence, ("article", S), ("quote", S), ("start", N), ("length", N));
            Assert.Equal(article, evidence.GetProperty("article").GetString());
            Assert.Equal(quote, evidence.GetProperty("quote").GetString());
            var text = Sn.Dataset.Articles[article].Text;
            Assert.Equal(quote, text.Substring(evidence.GetProperty("start").GetInt32(), evidence.GetProperty("length").GetInt32()));
        }

        private static JsonElement ById(JsonElement array, string id) =>
            array.EnumerateArray().Single(e => e.GetProperty("id").GetString() == id);

        [Fact]
        public void RootHasTheFixedSectionsAndSchemaVersionTwo()
        {
            using var json = Export();
            var root = json.RootElement;

            AssertShape(root, ("schemaVersion", N), ("dataset", O), ("articles", A), ("actors", A), ("places", A), ("topics", A),
                ("events", A), ("figures", A), ("statements", A), ("series", A), ("conflicts", A));
            Assert.Equal(2, root.GetProperty("schemaVersion").GetInt32());
            AssertShape(root.GetProperty("dataset"), ("id", S), ("title", S));
            Assert.Equal("test-2022", root.GetProperty("dataset").GetProperty("id").GetString());
            Assert.Equal("Test unrest 2022", root.GetProperty("dataset").GetProperty("title").GetString());
            Assert.Equal(Sn.Dataset.Topics.Select(t => t.Id), root.GetProperty("topics").EnumerateArray().Select(t => t.GetProperty("id").GetString()));
        }

        [Fact]
        public void ArticlesHaveTheirFieldsAndNullWhenAbsent()
        {
            using var json = Export();
            var articles = json.RootElement.GetProperty("articles");

            Assert.Equal(new[] { "art-en", "art-da" }, articles.EnumerateArray().Select(a => a.GetProperty("id").GetString()));
            var en = articles[0];
            AssertShape(en, ("id", S), ("seed", S), ("language", S), ("title", S), ("publisher", S), ("published", S), ("textSha256", S), ("url", S), ("publishedSource", S));
            Assert.Equal("https://example.org/a", en.GetProperty("url").GetString());
            Assert.Equal("stated", en.GetProperty("publishedSource").GetString());
            Assert.Equal("000_en.txt", en.GetProperty("seed").GetString());
            Assert.Equal("en", en.GetProperty("language").GetString());
            Assert.Equal("Example Wire", en.GetProperty("publisher").GetString());
            Assert.Equal("2022-01-06", en.GetProperty("published").GetString());
            Assert.Equal(Sn.Dataset.Articles["art-en"].TextSha256, en.GetProperty("textSha256").GetString());
            Assert.Matches("^[0-9a-f]{64}$", en.GetProperty("textSha256").GetString());

            AssertShape(articles[1], ("id", S), ("seed", S), ("language", S), ("title", S), ("publisher", Null), ("published", Null), ("textSha256", S), ("url", Null), ("publishedSource", Null));
        }

        [Fact]
        public void ActorsHaveSnakeCaseKindsNamesByLanguageAndAliases()
        {
            using var json = Export();
            var actors = json.RootElement.GetProperty("actors");

            Assert.Equal(7, actors.GetArrayLength());
            var tokayev = actors[0];
            AssertShape(tokayev, ("id", S), ("kind", S), ("name", S), ("names", O), ("aliases", A), ("roles", A), ("description", tokayev.GetProperty("description").ValueKind));
            Assert.Equal("tokayev", tokayev.GetProperty("id").GetString());
            Assert.Equal("person", tokayev.GetProperty("kind").GetString());
            AssertShape(tokayev.GetProperty("names"), ("en", S), ("da", S));
            Assert.Equal("Kassym-Jomart Tokajev", tokayev.GetProperty("names").GetProperty("da").GetString());
            Assert.Equal(
                new[] { "Tokayev", "Kassym-Shomart Tokayev", "Qasym-Jōmart Toqaev" },
                tokayev.GetProperty("aliases").EnumerateArray().Select(a => a.GetString()));

            var ministry = ById(actors, "interior-ministry");
            Assert.Equal("government_body", ministry.GetProperty("kind").GetString());
            var sputnik = ById(actors, "sputnik");
            AssertShape(sputnik.GetProperty("names"));
            Assert.Equal(0, sputnik.GetProperty("aliases").GetArrayLength());
            Assert.Equal("security_force", ById(actors, "security-forces").GetProperty("kind").GetString());
        }

        [Fact]
        public void PlacesHaveHierarchyAndCoordinatesAsNumbersOrNull()
        {
            using var json = Export();
            var places = json.RootElement.GetProperty("places");

            var almaty = ById(places, "almaty");
            AssertShape(almaty, ("id", S), ("kind", S), ("name", S), ("names", O), ("aliases", A), ("within", S), ("lat", N), ("lon", N));
            Assert.Equal("city", almaty.GetProperty("kind").GetString());
            Assert.Equal("kazakhstan", almaty.GetProperty("within").GetString());
            Assert.Equal(43.25, almaty.GetProperty("lat").GetDouble());
            Assert.Equal(76.95, almaty.GetProperty("lon").GetDouble());
            Assert.Equal("Alma-Ata", almaty.GetProperty("aliases")[0].GetString());

            AssertShape(ById(places, "kazakhstan"), ("id", S), ("kind", S), ("name", S), ("names", O), ("aliases", A), ("within", Null), ("lat", N), ("lon", N));
            var hall = ById(places, "almaty-city-hall");
            AssertShape(hall, ("id", S), ("kind", S), ("name", S), ("names", O), ("aliases", A), ("within", S), ("lat", Null), ("lon", Null));
            Assert.Equal("site", hall.GetProperty("kind").GetString());
        }

        [Fact]
        public void EventsAreChronologicalWithTaxonomyParticipantsCausesAndReports()
        {
            using var json = Export();
            var events = json.RootElement.GetProperty("events");

            Assert.Equal(
                new[] { "fuel-price-rise", "zhanaozen-protest", "city-hall-stormed", "troops-arrive" },
                events.EnumerateArray().Select(e => e.GetProperty("id").GetString()));

            var stormed = ById(events, "city-hall-stormed");
            AssertShape(stormed, ("id", S), ("type", S), ("subType", S), ("summary", S), ("start", S), ("end", Null), ("precision", S),
                ("place", S), ("participants", A), ("causes", A), ("reports", A));
            Assert.Equal("riots", stormed.GetProperty("type").GetString());
            Assert.Equal("violent_demonstration", stormed.GetProperty("subType").GetString());
            Assert.Equal("2022-01-05", stormed.GetProperty("start").GetString());
            Assert.Equal("day", stormed.GetProperty("precision").GetString());
            Assert.Equal("almaty-city-hall", stormed.GetProperty("place").GetString());
            var participants = stormed.GetProperty("participants");
            Assert.Equal(2, participants.GetArrayLength());
            AssertShape(participants[0], ("actor", S), ("role", S));
            Assert.Equal("protesters", participants[0].GetProperty("actor").GetString());
            Assert.Equal("initiator", participants[0].GetProperty("role").GetString());
            Assert.Equal("target", participants[1].GetProperty("role").GetString());
            Assert.Equal(new[] { "zhanaozen-protest" }, stormed.GetProperty("causes").EnumerateArray().Select(c => c.GetString()));
            var reports = stormed.GetProperty("reports");
            Assert.Equal(2, reports.GetArrayLength());
            AssertReport(reports[0], "art-en", "Protesters stormed the city hall in Almaty");
            AssertReport(reports[1], "art-da", "Demonstranter stormede borgmesterkontoret");

            var troops = ById(events, "troops-arrive");
            Assert.Equal("strategic_developments", troops.GetProperty("type").GetString());
            Assert.Equal("change_to_group_activity", troops.GetProperty("subType").GetString());
            Assert.Equal("2022-01-07", troops.GetProperty("end").GetString());
            Assert.Equal("approximate", ById(events, "zhanaozen-protest").GetProperty("precision").GetString());
            var rise = ById(events, "fuel-price-rise");
            Assert.Equal("month", rise.GetProperty("precision").GetString());
            Assert.Equal(JsonValueKind.Null, rise.GetProperty("place").ValueKind);
            Assert.Equal(0, rise.GetProperty("participants").GetArrayLength());
        }

        [Fact]
        public void FiguresHaveBoundsAsNumbersOrNullAndEvidence()
        {
            using var json = Export();
            var figures = json.RootElement.GetProperty("figures");

            Assert.Equal(
                new[] { "killed-8", "killed-12", "injured-317", "lpg-120", "lpg-60" },
                figures.EnumerateArray().Select(f => f.GetProperty("id").GetString()));
            var killed12 = ById(figures, "killed-12");
            AssertShape(killed12, ("id", S), ("measure", S), ("subject", S), ("value", S), ("low", N), ("high", Null), ("qualifier", S),
                ("unit", S), ("asOf", S), ("claimedBy", S), ("via", A), ("event", Null), ("place", S), ("note", killed12.GetProperty("note").ValueKind), ("evidence", O));
            Assert.Equal("killed", killed12.GetProperty("measure").GetString());
            Assert.Equal("security-forces", killed12.GetProperty("subject").GetString());
            Assert.Equal("12", killed12.GetProperty("value").GetString());
            Assert.Equal(12m, killed12.GetProperty("low").GetDecimal());
            Assert.Equal("at_least", killed12.GetProperty("qualifier").GetString());
            Assert.Equal("people", killed12.GetProperty("unit").GetString());
            Assert.Equal("2022-01-06", killed12.GetProperty("asOf").GetString());
            Assert.Equal("interior-ministry", killed12.GetProperty("claimedBy").GetString());
            Assert.Equal(new[] { "tass", "sputnik" }, killed12.GetProperty("via").EnumerateArray().Select(v => v.GetString()));
            Assert.Equal("kazakhstan", killed12.GetProperty("place").GetString());
            AssertEvidence(killed12.GetProperty("evidence"), "art-da", "Mindst 12 betjente er dræbt");

            Assert.Equal("city-hall-stormed", ById(figures, "killed-8").GetProperty("event").GetString());

            var lpg120 = ById(figures, "lpg-120");
            AssertShape(lpg120, ("id", S), ("measure", S), ("subject", S), ("value", S), ("low", N), ("high", N), ("qualifier", S),
                ("unit", S), ("asOf", Null), ("claimedBy", Null), ("via", A), ("event", Null), ("place", Null), ("note", lpg120.GetProperty("note").ValueKind), ("evidence", O));
            // 120.0m in the model is written as the JSON number 120, not 120.0.
            Assert.Equal("120", lpg120.GetProperty("low").GetRawText());
            Assert.Equal("KZT per litre", lpg120.GetProperty("unit").GetString());
            Assert.Equal("about", ById(figures, "lpg-60").GetProperty("qualifier").GetString());
        }

        [Fact]
        public void StatementsHaveSpeakerTextDateEventAndEvidence()
        {
            using var json = Export();
            var statements = json.RootElement.GetProperty("statements");

            Assert.Equal(2, statements.GetArrayLength());
            var terrorists = statements[0];
            AssertShape(terrorists, ("id", S), ("speaker", S), ("text", S), ("date", S), ("event", S), ("evidence", O));
            Assert.Equal("tokayev", terrorists.GetProperty("speaker").GetString());
            Assert.Equal("terrorists", terrorists.GetProperty("text").GetString());
            Assert.Equal("2022-01-07", terrorists.GetProperty("date").GetString());
            Assert.Equal("troops-arrive", terrorists.GetProperty("event").GetString());
            AssertEvidence(terrorists.GetProperty("evidence"), "art-en", "President Tokayev called them \"terrorists\" in a televised address");

            AssertShape(statements[1], ("id", S), ("speaker", S), ("text", S), ("date", Null), ("event", Null), ("evidence", O));
        }

        [Fact]
        public void ConflictsListContradictionsOnly()
        {
            using var json = Export();
            var conflicts = json.RootElement.GetProperty("conflicts");

            // 8 on the 5th then at least 12 on the 6th is a revision; about 60 (dated) and 120 (undated) contradict.
            var contradiction = Assert.Single(conflicts.EnumerateArray());
            AssertShape(contradiction, ("measure", S), ("subject", S), ("unit", S), ("figures", A));
            Assert.Equal("price", contradiction.GetProperty("measure").GetString());
            Assert.Equal("KZT per litre", contradiction.GetProperty("unit").GetString());
            Assert.Equal(new[] { "lpg-60", "lpg-120" }, contradiction.GetProperty("figures").EnumerateArray().Select(f => f.GetString()));
        }

        [Fact]
        public void SeriesCarryStepsKindsAndTheEstimate()
        {
            using var json = Export();
            var series = json.RootElement.GetProperty("series").EnumerateArray().ToList();

            var killed = Assert.Single(series, s => s.GetProperty("measure").GetString() == "killed");
            AssertShape(killed, ("measure", S), ("subject", S), ("unit", S), ("figures", A), ("steps", A), ("estimate", O));
            Assert.Equal(new[] { "killed-8", "killed-12" }, killed.GetProperty("figures").EnumerateArray().Select(f => f.GetString()));
            var step = Assert.Single(killed.GetProperty("steps").EnumerateArray());
            AssertShape(step, ("from", S), ("to", S), ("kind", S));
            Assert.Equal(("killed-8", "killed-12", "revision"), (step.GetProperty("from").GetString(), step.GetProperty("to").GetString(), step.GetProperty("kind").GetString()));
            var estimate = killed.GetProperty("estimate");
            AssertShape(estimate, ("low", N), ("best", N), ("high", N), ("asOf", S), ("figures", A));
            Assert.Equal((12m, 12m, 12m, "2022-01-06"), (estimate.GetProperty("low").GetDecimal(), estimate.GetProperty("best").GetDecimal(), estimate.GetProperty("high").GetDecimal(), estimate.GetProperty("asOf").GetString()));
            Assert.Equal(Sn.Dataset.Series.Count, series.Count);
        }

        [Fact]
        public void IsUtf8WithoutBomIndentedAndUnescaped()
        {
            var output = Sn.Run("export").Out;

            Assert.StartsWith("{\n  \"schemaVersion\": 2,\n  \"dataset\": {\n", output);
            Assert.EndsWith("}\n", output);
            Assert.False(output.Contains('\r'), "The output has carriage returns.");
            Assert.False(output.Contains('\uFEFF'), "The output has a byte order mark.");
            // Non-ASCII text and quote marks are written as themselves, not as \u escapes.
            Assert.Contains("dræbt", output);
            Assert.Contains("called them \\\"terrorists\\\"", output);
            Assert.DoesNotContain("\\u", output);
        }

        [Fact]
        public void IsDeterministic()
        {
            var first = Sn.RunOver(TestDataset.Build(), "export").Out;
            var second = Sn.RunOver(TestDataset.Build(), "export").Out;

            Assert.Equal(first, second);
        }

        [Fact]
        public void OutputFileGetsTheSameBytesAsStandardOutput()
        {
            var path = Path.Combine(Path.GetTempPath(), "sn-export-" + Guid.NewGuid().ToString("N") + ".json");
            try
            {
                var toStdout = Sn.Run("export", "--format", "json");
                var toFile = Sn.Run("export", "--format", "json", "--output", path);

                Assert.Equal(0, toFile.ExitCode);
                Assert.Equal(string.Empty, toFile.Out);
                var bytes = File.ReadAllBytes(path);
                Assert.Equal("sn: wrote " + path + " (" + bytes.Length.ToString("N0", System.Globalization.CultureInfo.InvariantCulture) + " bytes)\n", toFile.Error);
                Assert.Equal((byte)'{', bytes[0]);
                Assert.Equal(new UTF8Encoding(false).GetBytes(toStdout.Out), bytes);
            }
            finally
            {
                File.Delete(path);
            }
        }

        [Fact]
        public void UnwritableOutputFileFailsWithOne()
        {
            // Missing folders are created (issue 20.5), so the unwritable path goes through a file.
            var file = Path.Combine(Repo.TempDirectory(), "a-file");
            File.WriteAllText(file, "x");
            var path = Path.Combine(file, "out.json");

            var result = Sn.Run("export", "--output", path);

            Assert.Equal(1, result.ExitCode);
            Assert.Contains("cannot write", result.Error);
            Assert.False(File.Exists(path));
        }

        [Fact]
        public void FormatDefaultsToJson()
        {
            Assert.Equal(Sn.Run("export", "--format", "json").Out, Sn.Run("export").Out);
        }

        [Theory]
        [InlineData("xml")]
        [InlineData("shp")]
        public void OtherFormatsAreAUsageError(string format)
        {
            var result = Sn.Run("export", "--format", format);

            Assert.Equal(2, result.ExitCode);
            Assert.Equal(string.Empty, result.Out);
            Assert.Contains("Unknown export format '" + format + "'. Allowed values: json, csv, geojson, w3c, parquet.", result.Error);
        }

        [Fact]
        public void EmptyDatasetExportsEmptyArrays()
        {
            var result = Sn.RunOver(new NewsDatasetBuilder("empty", "Empty").Build(), "export");

            Assert.Equal(0, result.ExitCode);
            using var json = JsonDocument.Parse(result.Out);
            foreach (var section in new[] { "articles", "actors", "places", "events", "figures", "statements", "conflicts" })
            {
                Assert.Equal(0, json.RootElement.GetProperty(section).GetArrayLength());
            }
        }
    }
}
