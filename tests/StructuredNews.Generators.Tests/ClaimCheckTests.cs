using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using StructuredNews.Generators.Tests.Infrastructure;
using Xunit;
using static StructuredNews.Generators.Tests.Infrastructure.DiagnosticAssert;

namespace StructuredNews.Generators.Tests
{
    /// <summary>
    /// The checks of what an annotation says about its quote and its dataset (SN0025–SN0031): each with an input
    /// that trips it (id, severity, exact 0-based position, message) and a neighbouring input that must not.
    /// </summary>
    public class ClaimCheckTests
    {
        private const string Dir = GeneratorHarness.ProjectDir;
        private const string Yaml = Dir + "test.yaml";

        private const string English = "About 40 people left on Monday. Officials said more than 200 were arrested, and at least twelve were hurt. Rivertown was calm.\n";
        private const string Danish = "Omkring 19 millioner mennesker bor i landet. Mere end 200 blev anholdt, og otte døde i Rivertown.\n";

        // Lines 0-8: the figure's topic and keys up to its qualifier; bounds from line 9; then unit, as_of and evidence.
        private static string Figure(string value, string qualifier, string bounds, string quote, string article = "en", string unit = "people", string id = "f1", bool withTopic = true) =>
            (withTopic ? "topics:\n  - id: people\n    name: People\nfigures:\n" : "") +
            "  - id: " + id + "\n" +
            "    measure: count\n" +
            "    subject: people\n" +
            "    value: " + value + "\n" +
            "    qualifier: " + qualifier + "\n" +
            bounds +
            "    unit: " + unit + "\n" +
            "    evidence:\n" +
            "      article: " + article + "\n" +
            "      quote: " + quote + "\n";

        private static GeneratorRun Run(string yaml, string? published = null)
        {
            var run = GeneratorHarness.Run(new List<InputFile>
            {
                InputFile.Yaml(Yaml, yaml),
                InputFile.Yaml(Dir + "en.yaml", ArticleYaml("en", "en.txt", published)),
                InputFile.Seed(Dir + "texts/en.txt", English),
                InputFile.Yaml(Dir + "da.yaml", ArticleYaml("da", "da.txt", published)),
                InputFile.Seed(Dir + "texts/da.txt", Danish),
            });
            Assertions.CompilesWithoutErrors(run);
            return run;
        }

        private static string ArticleYaml(string language, string seed, string? published) =>
            "article:\n  id: " + language + "\n  seed: " + seed + "\n  language: " + language + "\n  title: T\n" +
            (published == null ? "" : "  published: " + published + "\n  published_source: stated\n");

        private static Diagnostic Warns(GeneratorRun run, string id)
        {
            var d = Single(run, id);
            Assert.Equal(DiagnosticSeverity.Warning, d.Severity);
            return d;
        }

        private static Diagnostic Fails(GeneratorRun run, string id)
        {
            var d = Single(run, id);
            IsError(d);
            return d;
        }

        [Theory]
        [InlineData("40", "about", "    low: 36\n    high: 44\n", "About 40 people left on Monday.")]          // as written
        [InlineData("forty", "about", "    low: 36\n    high: 44\n", "About 40 people left on Monday.")]       // a word for the digits
        [InlineData("twelve", "at_least", "    low: 12\n", "at least twelve were hurt.")]                       // a word as written
        [InlineData("12", "at_least", "    low: 12\n", "at least twelve were hurt.")]                           // digits for the word
        [InlineData("19 millioner", "about", "    low: 17100000\n    high: 20900000\n", "Omkring 19 millioner mennesker bor i landet.", "da")]
        [InlineData("19000000", "about", "    low: 17100000\n    high: 20900000\n", "Omkring 19 millioner mennesker bor i landet.", "da")]
        [InlineData("8", "exact", "    low: 8\n    high: 8\n", "otte døde i Rivertown.", "da")]
        public void SN0025_ValueWrittenAnyWayTheQuoteStatesItPasses(string value, string qualifier, string bounds, string quote, string article = "en")
        {
            var run = Run(Figure(value, qualifier, bounds, quote, article));
            None(run, "SN0025", "SN0026", "SN0027", "SN0017");
        }

        [Fact]
        public void SN0025_ValueNotInQuote()
        {
            var run = Run(Figure("twelve", "about", "    low: 36\n    high: 44\n", "About 40 people left on Monday."));
            var d = Fails(run, "SN0025");
            At(d, Yaml, 7, 11, 7, 17);
            Assert.Equal("The value 'twelve' is not in the figure's quote, as written or as the same number written another way (the quote states '40'). " +
                "Write the value as the quote states the number, or quote the sentence that states it.", d.GetMessage());
        }

        [Theory]
        [InlineData("4", "About 40 people left on Monday.")]          // part of a longer number
        [InlineData("eight", "otte døde i Rivertown.")]               // an English word read in a Danish article
        public void SN0025_NoPartialOrForeignMatches(string value, string quote)
        {
            var article = quote.StartsWith("otte", StringComparison.Ordinal) ? "da" : "en";
            var run = Run(Figure(value, "exact", "    low: 8\n    high: 8\n", quote, article));
            Fails(run, "SN0025");
        }

        [Theory]
        [InlineData("exact", "    low: 41\n    high: 41\n", 9, "'exact' the value 40 needs low and high equal to 40, not 41")]
        [InlineData("about", "    low: 41\n    high: 44\n", 9, "'about' the value 40 needs a range around it (low 41, high 44 does not contain it)")]
        [InlineData("more_than", "    low: 39\n", 9, "'more_than' the value 40 needs low 40, not 39")]
        [InlineData("fewer_than", "    high: 41\n", 10, "'fewer_than' the value 40 needs high 40, not 41")]
        public void SN0026_BoundsAgainstTheValue(string qualifier, string bounds, int column, string problem)
        {
            var run = Run(Figure("40", qualifier, bounds, "About 40 people left on Monday."));
            var d = Fails(run, "SN0026");
            At(d, Yaml, 9, column, 9, column + 2);
            Assert.Equal(problem + ". Set the bounds the qualifier defines (docs/dataset.md, bounds for vague quantities).", d.GetMessage());
            None(run, "SN0017");
        }

        [Theory]
        [InlineData("dozens", "    low: 20\n    high: 99\n", 9, "'dozens' has low 24, not 20")]
        [InlineData("several", "    low: 3\n    high: 10\n", 10, "'several' has high 9, not 10")]
        [InlineData("thousands", "    low: 2000\n", 8, "'thousands' has high 9999, not none")]
        public void SN0026_VagueWordsHaveTheDocumentedRanges(string qualifier, string bounds, int line, string problem)
        {
            var run = Run(Figure("40", qualifier, bounds, "About 40 people left on Monday."));
            var d = Fails(run, "SN0026");
            Assert.Equal(line, d.Location.GetLineSpan().StartLinePosition.Line);
            Assert.StartsWith(problem + ".", d.GetMessage(), StringComparison.Ordinal);
        }

        [Fact]
        public void SN0026_BoundsOfAValueThatIsNoNumberAreNotCompared()
        {
            var run = Run(Figure("Monday", "exact", "    low: 1\n    high: 1\n", "About 40 people left on Monday."));
            None(run, "SN0026", "SN0025");
        }

        [Fact]
        public void SN0017_InvalidBoundIsReportedOnceWhereItIsWritten()
        {
            var run = Run(Figure("40", "more_than", "    low: forty\n", "About 40 people left on Monday."));
            At(Fails(run, "SN0007"), Yaml, 9, 9, 9, 14);
            None(run, "SN0017", "SN0026");
        }

        [Fact]
        public void SN0027_QualifierWordBeforeTheValue()
        {
            var run = Run(Figure("40", "exact", "    low: 40\n    high: 40\n", "About 40 people left on Monday."));
            var d = Warns(run, "SN0027");
            At(d, Yaml, 8, 15, 8, 20);
            Assert.Equal("The quote says 'About' before the value, which calls for the qualifier 'about', not 'exact'. " +
                "Change the qualifier, or the value if the words qualify another number.", d.GetMessage());
        }

        [Theory]
        [InlineData("200", "exact", "    low: 200\n    high: 200\n", "Officials said more than 200 were arrested", "en", "more than")]
        [InlineData("12", "exact", "    low: 12\n    high: 12\n", "at least twelve were hurt.", "en", "at least")]
        [InlineData("200", "at_least", "    low: 200\n", "Mere end 200 blev anholdt", "da", "Mere end")]
        [InlineData("19 millioner", "exact", "    low: 19000000\n    high: 19000000\n", "Omkring 19 millioner mennesker bor i landet.", "da", "Omkring")]
        public void SN0027_NamesTheWordFound(string value, string qualifier, string bounds, string quote, string article, string words)
        {
            var run = Run(Figure(value, qualifier, bounds, quote, article));
            Assert.StartsWith("The quote says '" + words + "' before the value", Warns(run, "SN0027").GetMessage(), StringComparison.Ordinal);
        }

        [Fact]
        public void SN0027_MatchingQualifierIsQuiet()
        {
            var run = Run(Figure("200", "more_than", "    low: 200\n", "Officials said more than 200 were arrested"));
            None(run, "SN0027", "SN0026", "SN0025");
        }

        [Fact]
        public void SN0028_AsOfAfterPublication()
        {
            var yaml = Figure("40", "about", "    low: 36\n    high: 44\n    as_of: 2024-02-01\n", "About 40 people left on Monday.");
            var run = Run(yaml, published: "2024-01-15");
            var d = Warns(run, "SN0028");
            At(d, Yaml, 11, 11, 11, 21);
            Assert.Equal("The as_of of figure 'f1', 2024-02-01 is after 2024-01-15, the publication date of article 'en', which reports it. " +
                "An article cannot report a later day: correct the date (as_of is the day the figure describes, at the latest the day of the report).", d.GetMessage());
            None(Run(yaml.Replace("2024-02-01", "2024-01-15", StringComparison.Ordinal), published: "2024-01-15"), "SN0028");
        }

        [Fact]
        public void SN0028_EventStartAfterItsEarliestReport()
        {
            var run = Run(Event("e1", "2024-03-01", "Rivertown was calm."), published: "2024-01-15");
            var d = Warns(run, "SN0028");
            At(d, Yaml, 5, 11, 5, 21);
            Assert.StartsWith("The start of event 'e1', 2024-03-01 is after 2024-01-15", d.GetMessage(), StringComparison.Ordinal);
        }

        [Fact]
        public void SN0028_StatementDateAfterPublication()
        {
            var yaml = "actors:\n  - id: officials\n    kind: organization\n    name: Officials\nstatements:\n  - id: s1\n    speaker: officials\n" +
                "    text: more than 200 were arrested\n    date: 2024-01-20\n    evidence:\n      article: en\n      quote: Officials said more than 200 were arrested\n";
            var run = Run(yaml, published: "2024-01-15");
            At(Warns(run, "SN0028"), Yaml, 8, 10, 8, 20);
        }

        private static string Event(string id, string start, string quote, string causes = "", bool header = true) =>
            (header ? "events:\n" : "") +
            "  - id: " + id + "\n" +
            "    type: protests\n" +
            "    sub_type: peaceful_protest\n" +
            "    summary: S\n" +
            "    start: " + start + "\n" +
            "    precision: day\n" +
            causes +
            "    reports:\n" +
            "      - article: en\n" +
            "        quote: " + quote + "\n";

        [Fact]
        public void SN0029_CauseStartsAfterItsEffect()
        {
            var yaml = Event("effect", "2024-01-02", "Rivertown was calm.", "    causes: [cause]\n") +
                Event("cause", "2024-01-05", "About 40 people left on Monday.", header: false);
            var run = Run(yaml);
            var d = Warns(run, "SN0029");
            At(d, Yaml, 7, 13, 7, 18);
            Assert.Equal("The cause 'cause' starts on 2024-01-05, after 'effect', which it caused, starts on 2024-01-02. " +
                "Correct a start date, or the direction: 'causes' lists the events that caused this one.", d.GetMessage());
            None(Run(yaml.Replace("2024-01-05", "2024-01-01", StringComparison.Ordinal)), "SN0029");
        }

        [Fact]
        public void SN0030_AliasInNoText()
        {
            var yaml = "places:\n  - id: rivertown\n    kind: city\n    name: Rivertown\n    aliases: [Rivrtown, RIVERTOWN]\n    names: { da: Flodby }\n";
            var run = Run(yaml);
            var found = run.GeneratorDiagnostics.Where(d => d.Id == "SN0030").ToList();
            Assert.Equal(2, found.Count);
            Assert.All(found, d => Assert.Equal(DiagnosticSeverity.Warning, d.Severity));
            At(found.Find(d => d.GetMessage().Contains("'Rivrtown'", StringComparison.Ordinal))!, Yaml, 4, 14, 4, 22);
            Assert.Equal("The name 'Flodby' of 'rivertown' occurs in no article text of the dataset (whole words, any case). " +
                "Correct the spelling, or keep a deliberate one under 'search_aliases', which need not occur in a text.",
                found.Find(d => d.GetMessage().Contains("Flodby", StringComparison.Ordinal))!.GetMessage());
        }

        [Fact]
        public void SN0030_SearchAliasesAndPartsOfWordsAreNotNames()
        {
            None(Run("places:\n  - id: rivertown\n    kind: city\n    name: Rivertown\n    search_aliases: [Rivrtown]\n"), "SN0030");
            Single(Run("places:\n  - id: rivertown\n    kind: city\n    name: Rivertown\n    aliases: [River]\n"), "SN0030");
        }

        [Fact]
        public void SN0031_UnitNearMissOfAMoreUsedUnit()
        {
            var yaml = Figure("40", "about", "    low: 36\n    high: 44\n", "About 40 people left on Monday.") +
                Figure("200", "more_than", "    low: 200\n", "more than 200 were arrested", id: "f2", withTopic: false) +
                Figure("twelve", "at_least", "    low: 12\n", "at least twelve were hurt.", unit: "peple", id: "f3", withTopic: false);
            var run = Run(yaml);
            var d = Warns(run, "SN0031");
            Assert.Equal(Yaml, d.Location.GetLineSpan().Path);
            Assert.Equal("peple", yaml.Substring(d.Location.SourceSpan.Start, d.Location.SourceSpan.Length));
            Assert.Equal("The unit 'peple' (1 figure) looks like a misspelling of 'people' (2 figures); did you mean 'people'? " +
                "Figures compare only within one unit. If the units differ, name them so they do not look alike.", d.GetMessage());
            None(Run(yaml.Replace("unit: peple", "unit: percent", StringComparison.Ordinal)), "SN0031");
        }
    }
}
