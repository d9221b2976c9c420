using System;
using System.Collections.Generic;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Xunit;

namespace StructuredNews.Export.Tests
{
    public class W3cAnnotationExporterTests
    {
        private static readonly NewsDataset Bundled = Kazakhstan2022.Kazakhstan2022.Dataset;

        // An emoji (U+1F525, two UTF-16 code units) before every quote, one inside a quote, and more than
        // ContextLength code points of text around them, so UTF-16 and code point positions differ.
        private const string Text =
            "x🔥 Breaking news!\n"
            + "Officials said eight officers had been killed 🔥 in the city. "
            + "The mayor 🙂 said: \"We will rebuild 🏛 the hall\" on Friday. "
            + "Protesters marched.";

        private static NewsDataset Small()
        {
            var article = new Article("a-1", "a1.txt", "en", "Breaking", null, null, null, null, Text, Sha256(Text));
            var noUrl = new Article("a-2", "a2.txt", "en", "Other", null, null, null, "https://example.org/news/2?x=1", "Protesters marched.", Sha256("Protesters marched."));
            return new NewsDatasetBuilder("small set", "A small dataset")
                .Add(article)
                .Add(noUrl)
                .Add(new Actor("officials", ActorKind.GovernmentBody, "Officials"))
                .Add(new Actor("police", ActorKind.SecurityForce, "Police"))
                .Add(new Actor("mayor", ActorKind.Person, "The mayor"))
                .Add(new Actor("protesters", ActorKind.Protesters, "Protesters"))
                .Add(new Event("march", EventSubType.PeacefulProtest, "Protesters march.", new NewsDate(2022, 1, 7), null, DatePrecision.Day, null,
                    new[] { new Participant("protesters", ParticipantRole.Initiator) }, null,
                    new[] { Report(article, "Protesters marched."), Report(noUrl, "Protesters marched.") }))
                .Add(new Figure("killed", Measure.Killed, "police", "eight", Qualifier.Exact, 8m, 8m, "people", new NewsDate(2022, 1, 6),
                    "officials", null, null, null, null, Quote(article, "eight officers had been killed 🔥")))
                .Add(new Statement("rebuild", "mayor", "We will rebuild 🏛 the hall", null, null, Quote(article, "\"We will rebuild 🏛 the hall\"")))
                .Build();
        }

        private static Evidence Quote(Article article, string quote)
        {
            var start = article.Text.IndexOf(quote, StringComparison.Ordinal);
            Assert.True(start >= 0, quote);
            return new Evidence(article.Id, quote, start, quote.Length);
        }

        private static EventReport Report(Article article, string quote)
        {
            var evidence = Quote(article, quote);
            return new EventReport(article.Id, quote, evidence.Start, evidence.Length);
        }

        private static string Sha256(string text)
        {
            using var sha = SHA256.Create();
            return string.Concat(sha.ComputeHash(Encoding.UTF8.GetBytes(text)).Select(b => b.ToString("x2", System.Globalization.CultureInfo.InvariantCulture)));
        }

        private static JsonDocument Export(NewsDataset dataset) => JsonDocument.Parse(DatasetExport.ToText(dataset, new W3cAnnotationExporter()));

        private static JsonElement Selector(JsonElement annotation, string type) =>
            annotation.GetProperty("target").GetProperty("selector").EnumerateArray().Single(s => s.GetProperty("type").GetString() == type);

        // The text as code points, each a string of one or two UTF-16 code units.
        private static string[] CodePoints(string text)
        {
            var result = new List<string>();
            for (var i = 0; i < text.Length; i += char.IsSurrogatePair(text, i) ? 2 : 1)
            {
                result.Add(text.Substring(i, char.IsSurrogatePair(text, i) ? 2 : 1));
            }

            return result.ToArray();
        }

        private static string Slice(string[] codePoints, int start, int end) => string.Concat(codePoints.Skip(start).Take(end - start));

        [Fact]
        public void PositionsAreCodePointsNotUtf16CodeUnits()
        {
            using var json = Export(Small());
            var items = json.RootElement.GetProperty("first").GetProperty("items");
            var figure = items.EnumerateArray().Single(a => a.GetProperty("id").GetString() == "urn:structurednews:small%20set:annotation:figure:killed");

            var quote = "eight officers had been killed 🔥";
            var utf16Start = Text.IndexOf(quote, StringComparison.Ordinal);
            var position = Selector(figure, "TextPositionSelector");
            // One emoji before the quote: one code point fewer than UTF-16 code units; one inside it: the end moves by two.
            Assert.Equal(utf16Start - 1, position.GetProperty("start").GetInt32());
            Assert.Equal(utf16Start - 1 + quote.Length - 1, position.GetProperty("end").GetInt32());
            Assert.Equal(quote, Slice(CodePoints(Text), position.GetProperty("start").GetInt32(), position.GetProperty("end").GetInt32()));

            var statement = items.EnumerateArray().Single(a => a.GetProperty("id").GetString()!.EndsWith(":statement:rebuild", StringComparison.Ordinal));
            var statementPosition = Selector(statement, "TextPositionSelector");
            Assert.Equal(Text.IndexOf("\"We will", StringComparison.Ordinal) - 3, statementPosition.GetProperty("start").GetInt32());
        }

        [Fact]
        public void PrefixAndSuffixHoldUpTo32CodePointsWithoutCuttingAPair()
        {
            using var json = Export(Small());
            var items = json.RootElement.GetProperty("first").GetProperty("items").EnumerateArray().ToList();
            var quote = Selector(items.Single(a => a.GetProperty("id").GetString()!.EndsWith(":figure:killed", StringComparison.Ordinal)), "TextQuoteSelector");

            // 33 code points (34 UTF-16 code units) before "eight": the prefix starts with the emoji, whole (the last 32
            // code units would start inside it).
            var before = Text.Substring(0, Text.IndexOf("eight officers", StringComparison.Ordinal));
            var expectedPrefix = string.Concat(CodePoints(before).Skip(CodePoints(before).Length - 32));
            Assert.Equal(expectedPrefix, quote.GetProperty("prefix").GetString());
            Assert.StartsWith("🔥 Breaking", quote.GetProperty("prefix").GetString(), StringComparison.Ordinal);
            Assert.Equal(32, CodePoints(quote.GetProperty("prefix").GetString()!).Length);
            Assert.Equal(32, CodePoints(quote.GetProperty("suffix").GetString()!).Length);
            Assert.StartsWith(" in the city.", quote.GetProperty("suffix").GetString(), StringComparison.Ordinal);

            // A quote at the end of its text has no suffix.
            var report = items.Single(a => a.GetProperty("id").GetString()!.EndsWith(":event:march:report:1", StringComparison.Ordinal));
            Assert.False(Selector(report, "TextQuoteSelector").TryGetProperty("suffix", out _));
            var whole = items.Single(a => a.GetProperty("id").GetString()!.EndsWith(":event:march:report:2", StringComparison.Ordinal));
            Assert.False(Selector(whole, "TextQuoteSelector").TryGetProperty("prefix", out _));
        }

        [Fact]
        public void TheSourceIsTheUrlWhenKnownElseAUrnOfTheArticle()
        {
            using var json = Export(Small());
            var sources = json.RootElement.GetProperty("first").GetProperty("items").EnumerateArray()
                .Where(a => a.GetProperty("id").GetString()!.Contains(":event:march:", StringComparison.Ordinal))
                .Select(a => a.GetProperty("target").GetProperty("source").GetString());

            Assert.Equal(new[] { "urn:structurednews:small%20set:article:a-1", "https://example.org/news/2?x=1" }, sources);
        }

        [Theory]
        [InlineData("abc", 3, 3)]
        [InlineData("🔥abc", 2, 1)]
        [InlineData("🔥abc", 1, 1)] // between the halves of the pair
        [InlineData("a🔥b🔥", 6, 4)]
        [InlineData("", 0, 0)]
        public void CodePointOffsetCountsPairsOnce(string text, int utf16, int expected) =>
            Assert.Equal(expected, W3cAnnotationExporter.CodePointOffset(text, utf16));

        [Fact]
        public void TheBundledDatasetsAnnotationsHaveTheModelsFieldsAndTheirSelectorsFindTheirText()
        {
            using var json = Export(Bundled);
            var root = json.RootElement;
            Assert.Equal(W3cAnnotationExporter.Context, root.GetProperty("@context").GetString());
            Assert.Equal("AnnotationCollection", root.GetProperty("type").GetString());
            var page = root.GetProperty("first");
            Assert.Equal("AnnotationPage", page.GetProperty("type").GetString());
            var items = page.GetProperty("items").EnumerateArray().ToList();
            var expected = Bundled.Figures.Count() + Bundled.Statements.Count() + Bundled.Events.Sum(e => e.Reports.Count);
            Assert.Equal(expected, items.Count);
            Assert.Equal(expected, root.GetProperty("total").GetInt32());
            Assert.Equal(items.Count, items.Select(a => a.GetProperty("id").GetString()).Distinct(StringComparer.Ordinal).Count());

            var articlesBySource = Bundled.Articles.ToDictionary(a => a.Url ?? "urn:structurednews:" + Bundled.Id + ":article:" + a.Id, StringComparer.Ordinal);
            foreach (var annotation in items)
            {
                var id = annotation.GetProperty("id").GetString()!;
                Assert.Equal(W3cAnnotationExporter.Context, annotation.GetProperty("@context").GetString());
                Assert.True(Uri.TryCreate(id, UriKind.Absolute, out _), id);
                Assert.Equal("Annotation", annotation.GetProperty("type").GetString());

                var bodies = annotation.GetProperty("body").EnumerateArray().ToList();
                Assert.NotEmpty(bodies);
                Assert.All(bodies, b => Assert.Contains(b.GetProperty("purpose").GetString(), new[] { "describing", "tagging", "identifying" }));
                Assert.All(bodies.Where(b => b.GetProperty("type").GetString() == "TextualBody"), b => Assert.False(string.IsNullOrEmpty(b.GetProperty("value").GetString())));
                var entity = bodies.Single(b => b.GetProperty("purpose").GetString() == "identifying").GetProperty("source").GetString()!;
                Assert.StartsWith("urn:structurednews:" + Bundled.Id + ":", entity, StringComparison.Ordinal);

                var target = annotation.GetProperty("target");
                var article = articlesBySource[target.GetProperty("source").GetString()!];
                var text = CodePoints(article.Text);
                var quote = Selector(annotation, "TextQuoteSelector");
                var position = Selector(annotation, "TextPositionSelector");
                var start = position.GetProperty("start").GetInt32();
                var end = position.GetProperty("end").GetInt32();
                Assert.True(0 <= start && start <= end && end <= text.Length, id);

                var exact = quote.GetProperty("exact").GetString()!;
                Assert.Equal(exact, Slice(text, start, end));
                var prefix = quote.TryGetProperty("prefix", out var p) ? p.GetString()! : string.Empty;
                var suffix = quote.TryGetProperty("suffix", out var s) ? s.GetString()! : string.Empty;
                Assert.Equal(Math.Min(W3cAnnotationExporter.ContextLength, start), CodePoints(prefix).Length);
                Assert.Equal(Math.Min(W3cAnnotationExporter.ContextLength, text.Length - end), CodePoints(suffix).Length);
                Assert.Equal(prefix, Slice(text, start - CodePoints(prefix).Length, start));
                Assert.Equal(suffix, Slice(text, end, end + CodePoints(suffix).Length));
            }

            // The entities named are the dataset's, each kind in dataset order.
            var figureIds = items.Select(a => a.GetProperty("id").GetString()!).Where(i => i.Contains(":annotation:figure:", StringComparison.Ordinal))
                .Select(i => Uri.UnescapeDataString(i.Substring(i.LastIndexOf(':') + 1)));
            Assert.Equal(Bundled.Figures.Select(f => f.Id), figureIds);
        }

        [Fact]
        public void TheFigureBodyStatesTheClaim()
        {
            using var json = Export(Small());
            var figure = json.RootElement.GetProperty("first").GetProperty("items")[0];
            var bodies = figure.GetProperty("body").EnumerateArray().ToList();

            Assert.Equal("killed: 8 police (stated \"eight\", exact, people, as of 2022-01-06, claimed by officials)", bodies[0].GetProperty("value").GetString());
            Assert.Equal("killed", bodies[1].GetProperty("value").GetString());
            Assert.Equal("urn:structurednews:small%20set:figure:killed", bodies[2].GetProperty("source").GetString());
        }

        [Fact]
        public void W3cIsAnExportFormat() => Assert.IsType<W3cAnnotationExporter>(ExportFormats.Find("W3C"));
    }
}
