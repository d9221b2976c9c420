using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using Microsoft.CodeAnalysis;
using StructuredNews.Annotations.Diagnostics;
using StructuredNews.Generators.Tests.Infrastructure;
using Xunit;
using static StructuredNews.Generators.Tests.Infrastructure.DiagnosticAssert;

namespace StructuredNews.Generators.Tests
{
    /// <summary>
    /// One focused input per diagnostic id: the id, its severity, the exact 0-based position it points at, and that
    /// the generated code still compiles (the only errors being SN ones).
    /// </summary>
    public class DiagnosticTests
    {
        private const string Dir = GeneratorHarness.ProjectDir;
        private const string Yaml = Dir + "test.yaml";
        private const string ArticleYaml = Dir + "article.yaml";
        private const string ArticleTxt = Dir + "texts/art.txt";

        private const string Text = "The river rose. The river rose again. A man said “stay calm” to the crowd. About 40 people left.\n";

        // Lines 0-4; a file that declares the article 'art' whose text is Text.
        private const string ArticleHeader =
            "article:\n" +
            "  id: art\n" +
            "  seed: art.txt\n" +
            "  language: en\n" +
            "  title: T\n";

        private static GeneratorRun Run(string yaml, bool withArticle = true)
        {
            var files = new List<InputFile> { InputFile.Yaml(Yaml, yaml) };
            if (withArticle)
            {
                files.Add(InputFile.Yaml(ArticleYaml, ArticleHeader));
                files.Add(InputFile.Seed(ArticleTxt, Text));
            }

            var run = GeneratorHarness.Run(files);
            Assertions.CompilesWithoutErrors(run);
            return run;
        }

        private static Diagnostic Expect(GeneratorRun run, string id)
        {
            var d = Single(run, id);
            IsError(d);
            return d;
        }

        // An event whose single report (line 9, column 15) quotes the article; 'extra' lines follow the quote.
        private static string EventWithReport(string quote, string extra = "") =>
            "events:\n" +
            "  - id: e1\n" +
            "    type: protests\n" +
            "    sub_type: peaceful_protest\n" +
            "    summary: S\n" +
            "    start: 2024-01-01\n" +
            "    precision: day\n" +
            "    reports:\n" +
            "      - article: art\n" +
            "        quote: " + quote + "\n" + extra;

        [Fact]
        public void EveryDescriptorIsAnErrorExceptTheWarningsListed()
        {
            // Warnings: what may be deliberate (coverage, wording, dates, spellings, units) and the build-cost notice; everything else fails the build.
            var warnings = new[] { "SN0022", "SN0023", "SN0027", "SN0028", "SN0029", "SN0030", "SN0031", "SN0041", "SN0042", "SN0043", "SN0044", "SN0070" };
            var all = DiagnosticDescriptors.All.ToList();
            Assert.All(all, d => Assert.Matches("^SN[0-9]{4}$", d.Id));
            Assert.All(all, d => Assert.Equal(warnings.Contains(d.Id) ? DiagnosticSeverity.Warning : DiagnosticSeverity.Error, d.DefaultSeverity));
            // Each id below has a focused test (in this class, ClaimCheckTests, CoverageCapTests, EncodingTests or ClaimAccessorCostTests), except SN0999, the
            // internal-error catch-all, which no input is meant to reach.
            var tested = new[]
            {
                "SN0001", "SN0002", "SN0003", "SN0004", "SN0005", "SN0006", "SN0007", "SN0008", "SN0009", "SN0010", "SN0011",
                "SN0012", "SN0013", "SN0014", "SN0015", "SN0016", "SN0017", "SN0018", "SN0019", "SN0020", "SN0021", "SN0022", "SN0023", "SN0024",
                "SN0025", "SN0026", "SN0027", "SN0028", "SN0029", "SN0030", "SN0031", "SN0040", "SN0041", "SN0042", "SN0043", "SN0044", "SN0070", "SN0999",
            };
            Assert.Equal(tested, all.Select(d => d.Id).OrderBy(id => id, StringComparer.Ordinal));
        }

        [Fact]
        public void SN0001_InvalidYaml()
        {
            var run = Run("dataset:\n  id: x\n  title: a: b\n", withArticle: false);
            var d = Expect(run, "SN0001");
            // YamlDotNet reports the error at a point (start = end).
            At(d, Yaml, 2, 10, 2, 10);
            Assert.StartsWith("Invalid YAML: ", d.GetMessage(), StringComparison.Ordinal);
            Assert.DoesNotContain("(Line:", d.GetMessage(), StringComparison.Ordinal);
        }

        [Fact]
        public void SN0001_TabAsIndentationIsReportedAtTheTab()
        {
            var run = Run("topics:\n  - id: t\n\t  name: T\n", withArticle: false);
            var d = Expect(run, "SN0001");
            At(d, Yaml, 2, 0, 2, 1);
            Assert.DoesNotContain("..", d.GetMessage(), StringComparison.Ordinal);
        }

        [Fact]
        public void SN0001_UnclosedQuote()
        {
            var run = Run("topics:\n  - id: t\n    name: \"never closed\n", withArticle: false);
            var d = Expect(run, "SN0001");
            Assert.Equal(Yaml, d.Location.GetLineSpan().Path);
            Assert.Equal(2, d.Location.GetLineSpan().StartLinePosition.Line);
        }

        [Fact]
        public void SN0002_SequenceWhereMappingExpected()
        {
            var run = Run("article: [a, b]\n", withArticle: false);
            var d = Expect(run, "SN0002");
            // A flow collection's span ends where YamlDotNet's end event starts: before the closing bracket.
            At(d, Yaml, 0, 9, 0, 14);
            Assert.Equal("Expected an article (a mapping) under 'article', found a sequence. Write the value in that shape (docs/schema.md).", d.GetMessage());
        }

        [Fact]
        public void SN0002_MappingWhereSequenceExpected()
        {
            var run = Run("actors: { id: a, kind: person, name: A }\n", withArticle: false);
            var d = Expect(run, "SN0002");
            At(d, Yaml, 0, 8, 0, 39);
            Assert.Contains("a sequence under 'actors'", d.GetMessage(), StringComparison.Ordinal);
        }

        [Fact]
        public void SN0002_TopLevelSequence()
        {
            var run = Run("- a\n- b\n", withArticle: false);
            var d = Expect(run, "SN0002");
            Assert.Equal((0, 0), (d.Location.GetLineSpan().StartLinePosition.Line, d.Location.GetLineSpan().StartLinePosition.Character));
            Assert.Contains("a mapping of sections", d.GetMessage(), StringComparison.Ordinal);
        }

        [Fact]
        public void SN0003_UnknownKeyWithSuggestion()
        {
            var run = Run("topics:\n  - id: t\n    name: T\n    descripton: d\n", withArticle: false);
            var d = Expect(run, "SN0003");
            At(d, Yaml, 3, 4, 3, 14);
            Assert.Equal("Unknown key 'descripton' in a topic (did you mean 'description'?). Allowed keys: id, name, names, aliases, search_aliases, description.", d.GetMessage());
        }

        [Fact]
        public void SN0003_UnknownKeyWithoutSuggestion()
        {
            var run = Run("colours: [red]\n", withArticle: false);
            var d = Expect(run, "SN0003");
            At(d, Yaml, 0, 0, 0, 7);
            Assert.DoesNotContain("did you mean", d.GetMessage(), StringComparison.Ordinal);
            Assert.Contains("Allowed keys: dataset, article, actors", d.GetMessage(), StringComparison.Ordinal);
        }

        [Fact]
        public void SN0004_MissingKey()
        {
            var run = Run("topics:\n  - id: t\n", withArticle: false);
            var d = Expect(run, "SN0004");
            At(d, Yaml, 1, 4, 2, 0);
            Assert.Equal("A topic needs the key 'name'. Add it.", d.GetMessage());
        }

        [Fact]
        public void SN0004_PublishedWithoutSource()
        {
            var run = Run(ArticleHeader.Replace("id: art", "id: art2") + "  published: 2024-01-02\n", withArticle: false);
            var d = Expect(run, "SN0004");
            At(d, Yaml, 5, 13, 5, 23);
            Assert.Contains("'published_source'", d.GetMessage(), StringComparison.Ordinal);
        }

        [Fact]
        public void SN0005_InvalidEnumListsAllowedValues()
        {
            var run = Run("actors:\n  - id: a\n    kind: persn\n    name: A\n", withArticle: false);
            var d = Expect(run, "SN0005");
            At(d, Yaml, 2, 10, 2, 15);
            Assert.Equal(
                "'persn' is not a valid actor kind. Use one of: person, government_body, security_force, armed_group, protesters, civilians, " +
                "political_party, international_organisation, country, media, company, group, other.",
                d.GetMessage());
        }

        [Fact]
        public void SN0006_InvalidDate()
        {
            var run = Run("actors:\n  - id: a\n    kind: person\n    name: A\n    roles:\n      - title: Mayor\n        from: 2023-02-29\n", withArticle: false);
            var d = Expect(run, "SN0006");
            At(d, Yaml, 6, 14, 6, 24);
            Assert.Equal("'2023-02-29' is not a valid date. Write an existing calendar date as YYYY-MM-DD.", d.GetMessage());
        }

        [Theory]
        [InlineData("~", 7)]
        [InlineData("null", 7)]
        [InlineData("\"\"", 7)]
        [InlineData("\"   \"", 7)]
        public void SN0040_RequiredValueIsEmpty(string value, int length)
        {
            var run = Run("topics:\n  - id: t\n    name: " + value + "\n", withArticle: false);
            var d = Expect(run, "SN0040");
            Assert.Equal((2, 10), (d.Location.GetLineSpan().StartLinePosition.Line, d.Location.GetLineSpan().StartLinePosition.Character));
            Assert.Equal("'name' has no value (null, empty or only spaces). A topic needs it: write one.", d.GetMessage());
            Assert.True(length > 0);
        }

        [Fact]
        public void SN0040_RequiredKeyWithoutAValue()
        {
            var run = Run("topics:\n  - id: t\n    name:\n", withArticle: false);
            Assert.Equal("'name' has no value (null, empty or only spaces). A topic needs it: write one.", Expect(run, "SN0040").GetMessage());
            None(run, "SN0004");
        }

        [Fact]
        public void SN0040_EmptyIdIsReportedWhereItIsNotReferencesToIt()
        {
            var run = Run("topics:\n  - id: ~\n    name: T\n", withArticle: false);
            At(Expect(run, "SN0040"), Yaml, 1, 8, 1, 9);
        }

        [Fact]
        public void SN0040_AliasOfSpacesAndEmptyLanguageName()
        {
            var run = Run("topics:\n  - id: t\n    name: T\n    aliases: [A, \"  \"]\n    names: { en: \"\" }\n", withArticle: false);
            var found = run.GeneratorDiagnostics.Where(d => d.Id == "SN0040").OrderBy(d => d.Location.SourceSpan.Start).ToList();
            Assert.Equal(2, found.Count);
            Assert.Equal("'An item of 'aliases'' has no value (null, empty or only spaces). Write it or remove the item.", found[0].GetMessage());
            Assert.Equal(3, found[0].Location.GetLineSpan().StartLinePosition.Line);
            Assert.Equal(4, found[1].Location.GetLineSpan().StartLinePosition.Line);
        }

        [Fact]
        public void SN0021_LanguageNamedTwice()
        {
            var run = Run("topics:\n  - id: t\n    name: T\n    names: { en: A, en: B }\n", withArticle: false);
            var d = Expect(run, "SN0021");
            At(d, Yaml, 3, 20, 3, 22);
            Assert.Contains("The language 'en'", d.GetMessage(), StringComparison.Ordinal);
        }

        [Fact]
        public void SN0024_EndBeforeStart()
        {
            var run = Run(EventWithReport("The river rose.", "    end: 2023-12-31\n"));
            var d = Expect(run, "SN0024");
            At(d, Yaml, 10, 9, 10, 19);
            Assert.Equal("'end' (2023-12-31) is before 'start' (2024-01-01). Correct one of the dates.", d.GetMessage());
            None(run, "SN0006");
        }

        [Fact]
        public void SN0024_RoleEndsBeforeItStarts()
        {
            var run = Run("actors:\n  - id: a\n    kind: person\n    name: A\n    roles:\n      - { title: Mayor, from: 2020-01-01, to: 2019-12-31 }\n", withArticle: false);
            var d = Expect(run, "SN0024");
            At(d, Yaml, 5, 46, 5, 56);
            Assert.Equal("'to' (2019-12-31) is before 'from' (2020-01-01). Correct one of the dates.", d.GetMessage());
        }

        [Fact]
        public void SN0007_InvalidNumber()
        {
            var run = Run("places:\n  - id: p\n    kind: city\n    name: P\n    lat: north\n    lon: 10\n", withArticle: false);
            var d = Expect(run, "SN0007");
            At(d, Yaml, 4, 9, 4, 14);
            Assert.Equal("'north' is not valid for 'lat': write a number such as 12 or 0.72", d.GetMessage());
        }

        [Fact]
        public void SN0007_CoordinateOutOfRange()
        {
            var run = Run("places:\n  - id: p\n    kind: city\n    name: P\n    lat: 10\n    lon: -180.5\n", withArticle: false);
            var d = Expect(run, "SN0007");
            At(d, Yaml, 5, 9, 5, 15);
            Assert.Equal("'-180.5' is not valid for 'lon': degrees must lie between -180 and 180", d.GetMessage());
        }

        [Fact]
        public void SN0007_Occurrence()
        {
            var run = Run(EventWithReport("The river rose.", "        occurrence: 0\n"));
            var d = Expect(run, "SN0007");
            At(d, Yaml, 10, 20, 10, 21);
        }

        [Fact]
        public void SN0008_DuplicateIdPointsAtTheFirst()
        {
            var a = InputFile.Yaml(Dir + "a.yaml", "topics:\n  - id: dup\n    name: A\n");
            var b = InputFile.Yaml(Dir + "b.yaml", "actors:\n  - id: dup\n    kind: person\n    name: B\n");
            // Given in reverse order: the first declaration is the first in path order, not in input order.
            var run = GeneratorHarness.Run(new[] { b, a });
            Assertions.CompilesWithoutErrors(run);
            var d = Expect(run, "SN0008");
            At(d, Dir + "b.yaml", 1, 8, 1, 11);
            At(Assert.Single(d.AdditionalLocations), Dir + "a.yaml", 1, 8, 1, 11);
            Assert.Equal("The id 'dup' is already used by a topic at a.yaml(2,9). Ids must be unique across all files and kinds; rename one of them.", d.GetMessage());
            Assert.Contains("public static global::StructuredNews.Topic Dup => byId(\"dup\");", run.AccessorsText, StringComparison.Ordinal);
            Assert.DoesNotContain("partial class Actors", run.AccessorsText, StringComparison.Ordinal);
        }

        [Fact]
        public void SN0009_DanglingReferenceWithSuggestion()
        {
            var run = Run("places:\n  - id: town\n    kind: city\n    name: Town\n    within: contry\n  - id: country\n    kind: country\n    name: Country\n", withArticle: false);
            var d = Expect(run, "SN0009");
            At(d, Yaml, 4, 12, 4, 18);
            Assert.Equal("No place has the id 'contry' (did you mean 'country'?). Declare it or correct the reference.", d.GetMessage());
        }

        [Fact]
        public void SN0010_WrongKindPointsAtTheReference()
        {
            var run = Run("actors:\n  - id: bob\n    kind: person\n    name: Bob\nplaces:\n  - id: town\n    kind: city\n    name: Town\n    within: bob\n", withArticle: false);
            var d = Expect(run, "SN0010");
            At(d, Yaml, 8, 12, 8, 15);
            // Only the reference is located: per-file checks know ids and kinds, not where other files declare them.
            Assert.Empty(d.AdditionalLocations);
            Assert.Equal("'bob' is an actor, but 'within' must refer to a place", d.GetMessage());
        }

        [Fact]
        public void SN0011_WithinCycle()
        {
            var run = Run("places:\n  - id: a\n    kind: region\n    name: A\n    within: b\n  - id: b\n    kind: region\n    name: B\n    within: a\n", withArticle: false);
            var d = Expect(run, "SN0011");
            At(d, Yaml, 8, 12, 8, 13);
            Assert.Equal("'a' leads back to itself through 'within': a -> b -> a. Break the cycle.", d.GetMessage());
        }

        [Fact]
        public void SN0011_SelfCycle()
        {
            var run = Run("places:\n  - id: a\n    kind: region\n    name: A\n    within: a\n", withArticle: false);
            var d = Expect(run, "SN0011");
            At(d, Yaml, 4, 12, 4, 13);
            Assert.Equal("'a' leads back to itself through 'within': a -> a. Break the cycle.", d.GetMessage());
        }

        [Fact]
        public void SN0011_CausesCycle()
        {
            var yaml = EventWithReport("The river rose.", "    causes: [e2]\n") +
                "  - id: e2\n" +
                "    type: protests\n" +
                "    sub_type: peaceful_protest\n" +
                "    summary: S\n" +
                "    start: 2024-01-01\n" +
                "    precision: day\n" +
                "    causes: [e1]\n" +
                "    reports:\n" +
                "      - { article: art, quote: The river rose again. }\n";
            var run = Run(yaml);
            var d = Expect(run, "SN0011");
            At(d, Yaml, 17, 13, 17, 15);
            Assert.Equal("'e1' leads back to itself through 'causes': e1 -> e2 -> e1. Break the cycle.", d.GetMessage());
        }

        [Fact]
        public void SN0012_QuoteNotFound()
        {
            var run = Run(EventWithReport("The river fell."));
            var d = Expect(run, "SN0012");
            At(d, Yaml, 9, 15, 9, 30);
            Assert.Equal("The quote is not in the text of article 'art'. Copy it verbatim from the article.", d.GetMessage());
        }

        [Fact]
        public void SN0012_NearMissWithOtherQuoteMarks()
        {
            var run = Run(EventWithReport("'A man said \"stay calm\" to the crowd.'"));
            var d = Expect(run, "SN0012");
            At(d, Yaml, 9, 15, 9, 53);
            Assert.Equal(
                "The quote is not in the text of article 'art' (the article has it with different spacing, quote marks or case: \"A man said “stay calm” to the crowd.\"). Copy it verbatim from the article.",
                d.GetMessage());
        }

        [Fact]
        public void SN0012_NearMissWithOtherSpacingAndCase()
        {
            var run = Run(EventWithReport("the river  ROSE again"));
            var d = Expect(run, "SN0012");
            Assert.Contains("\"The river rose again\"", d.GetMessage(), StringComparison.Ordinal);
        }

        [Fact]
        public void SN0012_PrefixThatMatchesNothing()
        {
            var run = Run(EventWithReport("The river rose.", "        prefix: \"Yesterday \"\n"));
            var d = Expect(run, "SN0012");
            At(d, Yaml, 9, 15, 9, 30);
            // The quote itself is verbatim in the text; only the prefix does not fit, so no near-miss may be offered.
            Assert.Equal("The quote is not in the text of article 'art' with the given prefix and suffix. Copy it verbatim from the article.", d.GetMessage());
        }

        [Fact]
        public void SN0013_SeedTextMissing()
        {
            var run = GeneratorHarness.Run(new[] { InputFile.Yaml(ArticleYaml, ArticleHeader.Replace("art.txt", "nope.txt")) });
            Assertions.CompilesWithoutErrors(run);
            var d = Expect(run, "SN0013");
            At(d, ArticleYaml, 2, 8, 2, 16);
            Assert.StartsWith("The text 'nope.txt' of article 'art' is not among the additional files.", d.GetMessage(), StringComparison.Ordinal);
        }

        [Fact]
        public void SN0013_SeedWithoutArticleKindIsNotUsed()
        {
            // The text is there, but not marked StructuredNewsKind=article: it does not count.
            var run = GeneratorHarness.Run(new[] { InputFile.Yaml(ArticleYaml, ArticleHeader), new InputFile(ArticleTxt, Text, "") });
            Expect(run, "SN0013");
        }

        [Fact]
        public void SN0014_AmbiguousQuote()
        {
            var run = Run(EventWithReport("The river rose"));
            var d = Expect(run, "SN0014");
            At(d, Yaml, 9, 15, 9, 29);
            Assert.Equal("The quote occurs 2 times in article 'art'. Add 'occurrence' (1 to 2), 'prefix' or 'suffix' to say which.", d.GetMessage());
        }

        [Theory]
        [InlineData("        occurrence: 2\n", 16)]
        [InlineData("        occurrence: 1\n", 0)]
        [InlineData("        suffix: \" again\"\n", 16)]
        [InlineData("        suffix: .\n", 0)]
        [InlineData("        prefix: \". \"\n", 16)]
        public void SN0014_ResolvedByOccurrencePrefixOrSuffix(string extra, int start)
        {
            var run = Run(EventWithReport("The river rose", extra));
            None(run, "SN0012", "SN0014");
            var report = Assert.Single(run.LoadDataset().Events["e1"].Reports);
            Assert.Equal((start, 14), (report.Start, report.Length));
        }

        [Fact]
        public void SN0014_OccurrenceBeyondTheCount()
        {
            var run = Run(EventWithReport("The river rose", "        occurrence: 3\n"));
            var d = Expect(run, "SN0014");
            At(d, Yaml, 9, 15, 9, 29);
            Assert.Contains("occurs 2 times", d.GetMessage(), StringComparison.Ordinal);
        }

        [Theory]
        [InlineData("1st", 11)]
        [InlineData("'a b'", 13)]
        [InlineData("a.b", 11)]
        [InlineData("-a", 10)]
        public void SN0015_InvalidId(string id, int end)
        {
            var run = Run("topics:\n  - id: " + id + "\n    name: X\n", withArticle: false);
            var d = Expect(run, "SN0015");
            At(d, Yaml, 1, 8, 1, end);
            Assert.EndsWith("is not a valid id: start with a letter and use only letters, digits, '-' and '_'.", d.GetMessage(), StringComparison.Ordinal);
            Assert.DoesNotContain("Topics", run.Sources.Single(s => s.HintName.StartsWith("test.yaml", StringComparison.Ordinal)).Text, StringComparison.Ordinal);
        }

        [Fact]
        public void SN0015_TooLongIdIsToldTheLimit()
        {
            var id = "a" + new string('b', 499);
            var d = Expect(Run("topics:\n  - id: " + id + "\n    name: X\n", withArticle: false), "SN0015");
            Assert.Equal("'a" + new string('b', 39) + "…' is not a valid id: it has 500 characters, and the limit is 200. Shorten it.", d.GetMessage());
        }

        [Theory]
        [InlineData("\u0430lmaty", "Cyrillic", "Latin", "а", "U+0430")]     // the odd letter first
        [InlineData("alm\u0430ty", "Cyrillic", "Latin", "а", "U+0430")]
        [InlineData("\u03bfslo", "Greek", "Latin", "ο", "U+03BF")]           // a Greek ο among Latin letters
        public void SN0041_IdMixingScripts(string id, string script, string other, string letter, string code)
        {
            var run = Run("topics:\n  - id: " + id + "\n    name: X\n", withArticle: false);
            var d = Single(run, "SN0041");
            Assert.Equal(DiagnosticSeverity.Warning, d.Severity);
            At(d, Yaml, 1, 8, 1, 8 + id.Length);
            Assert.Equal("The id '" + id + "' has a " + script + " letter '" + letter + "' (" + code + ") among " + other + " ones: it looks like another id but is not one. Write the id in one script.", d.GetMessage());
            None(Run("topics:\n  - id: almaty\n    name: X\n  - id: алматы\n    name: Y\n", withArticle: false), "SN0041");
        }

        [Fact]
        public void SN0016_IdentifierCollision()
        {
            var run = Run("topics:\n  - id: a-b\n    name: X\n  - id: a_b\n    name: Y\n", withArticle: false);
            var d = Expect(run, "SN0016");
            At(d, Yaml, 3, 8, 3, 11);
            At(Assert.Single(d.AdditionalLocations), Yaml, 1, 8, 1, 11);
            Assert.Equal("The id 'a_b' becomes the member name 'Topics.AB', which 'a-b' already has. Rename one of the ids.", d.GetMessage());
            var source = run.AccessorsText;
            Assert.Contains("Topic AB => byId(\"a-b\");", source, StringComparison.Ordinal);
            Assert.DoesNotContain("byId(\"a_b\")", source, StringComparison.Ordinal);
            // The entity itself is still in the dataset, only its accessor is skipped.
            Assert.Equal("Y", run.LoadDataset().Topics["a_b"].Name);
        }

        [Fact]
        public void SN0016_KeywordAndTypeNameIdsStillCompile()
        {
            var run = Run("topics:\n  - id: class\n    name: X\n  - id: topics\n    name: Y\n  - id: string\n    name: Z\n", withArticle: false);
            Assert.Empty(run.GeneratorDiagnostics);
        }

        private static string Figure(string qualifier, string bounds) =>
            "topics:\n" +            // 0
            "  - id: people\n" +     // 1
            "    name: People\n" +   // 2
            "figures:\n" +           // 3
            "  - id: f1\n" +         // 4
            "    measure: count\n" + // 5
            "    subject: people\n" + // 6
            "    value: About 40\n" + // 7
            "    qualifier: " + qualifier + "\n" + // 8
            bounds +                 // 9, 10
            "    unit: people\n" +
            "    evidence:\n" +
            "      article: art\n" +
            "      quote: About 40 people left.\n";

        [Fact]
        public void SN0017_LowAboveHigh()
        {
            var run = Run(Figure("about", "    low: 50\n    high: 30\n"));
            var d = Expect(run, "SN0017");
            At(d, Yaml, 9, 9, 9, 11);
            Assert.Equal("Figure bounds are inconsistent: low (50) is greater than high (30); swap them", d.GetMessage());
        }

        [Theory]
        [InlineData("more_than", "    high: 30\n", "'more_than' needs low (the stated number)")]
        [InlineData("at_most", "    low: 30\n", "'at_most' needs high (the stated number)")]
        [InlineData("exact", "    low: 30\n    high: 31\n", "'exact' needs low and high, equal to each other")]
        [InlineData("about", "    low: 30\n", "'about' needs both low and high (the range the approximation allows)")]
        [InlineData("dozens", "", "'dozens' needs low (see the bounds for vague numbers in docs/dataset.md)")]
        public void SN0017_QualifierNeedsBounds(string qualifier, string bounds, string problem)
        {
            var run = Run(Figure(qualifier, bounds));
            var d = Expect(run, "SN0017");
            At(d, Yaml, 8, 15, 8, 15 + qualifier.Length);
            Assert.Equal("Figure bounds are inconsistent: " + problem, d.GetMessage());
        }

        [Fact]
        public void SN0017_NegativeCount()
        {
            var run = Run(Figure("at_least", "    low: -3\n"));
            var d = Expect(run, "SN0017");
            At(d, Yaml, 9, 9, 9, 11);
            Assert.Contains("cannot be negative", d.GetMessage(), StringComparison.Ordinal);
        }

        [Fact]
        public void SN0018_Anchor()
        {
            var run = Run("dataset:\n  id: &a x\n  title: T\n", withArticle: false);
            var d = Expect(run, "SN0018");
            At(d, Yaml, 1, 6, 1, 10);
            Assert.Equal("The file cannot be read safely: anchor '&a' is not supported; write the value out", d.GetMessage());
        }

        [Fact]
        public void SN0018_Alias()
        {
            var run = Run("dataset:\n  id: x\n  title: *a\n", withArticle: false);
            var d = Expect(run, "SN0018");
            At(d, Yaml, 2, 9, 2, 11);
            Assert.Equal("The file cannot be read safely: alias '*a' is not supported; write the value out", d.GetMessage());
        }

        [Fact]
        public void SN0018_NestingDeeperThan64()
        {
            var ok = Run("ignore: " + new string('[', 63) + new string(']', 63) + "\n", withArticle: false);
            None(ok, "SN0018");
            var run = Run("ignore: " + new string('[', 64) + new string(']', 64) + "\n", withArticle: false);
            var d = Expect(run, "SN0018");
            At(d, Yaml, 0, 71, 0, 71);
            Assert.Equal("The file cannot be read safely: nesting is deeper than 64 levels", d.GetMessage());
        }

        [Fact]
        public void SN0018_HundredThousandLevelsFailFast()
        {
            var stopwatch = Stopwatch.StartNew();
            var run = Run(new string('[', 100_000) + new string(']', 100_000) + "\n", withArticle: false);
            stopwatch.Stop();
            var d = Expect(run, "SN0018");
            At(d, Yaml, 0, 64, 0, 64);
            Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(10), "took " + stopwatch.Elapsed);
            Assert.DoesNotContain(run.GeneratorDiagnostics, x => x.Id == "CS8785" || x.Id == "SN0999");
        }

        [Fact]
        public void SN0018_FileTooLarge()
        {
            var run = Run("# " + new string('x', 4 * 1024 * 1024) + "\n", withArticle: false);
            var d = Expect(run, "SN0018");
            At(d, Yaml, 0, 0, 0, 0);
            Assert.Contains("more than the limit of 4194304", d.GetMessage(), StringComparison.Ordinal);
        }

        [Fact]
        public void SN0019_StatementTextNotInQuote()
        {
            var yaml =
                "actors:\n" +
                "  - id: man\n" +
                "    kind: person\n" +
                "    name: Man\n" +
                "statements:\n" +
                "  - id: s1\n" +
                "    speaker: man\n" +
                "    text: keep calm\n" +
                "    evidence:\n" +
                "      article: art\n" +
                "      quote: A man said “stay calm” to the crowd.\n";
            var run = Run(yaml);
            var d = Expect(run, "SN0019");
            At(d, Yaml, 7, 10, 7, 19);
            None(Run(yaml.Replace("keep calm", "stay calm")), "SN0019", "SN0012");
        }

        [Fact]
        public void SN0020_SubTypeOfAnotherType()
        {
            var run = Run(EventWithReport("The river rose.").Replace("sub_type: peaceful_protest", "sub_type: armed_clash"));
            var d = Expect(run, "SN0020");
            At(d, Yaml, 3, 14, 3, 25);
            Assert.Equal(
                "The sub-type 'armed_clash' belongs to 'battles', not 'protests'. Use one of: peaceful_protest, protest_with_intervention, excessive_force_against_protesters.",
                d.GetMessage());
        }

        [Fact]
        public void SN0021_DuplicateKey()
        {
            var run = Run("topics:\n  - id: t\n    name: A\n    name: B\n", withArticle: false);
            var d = Expect(run, "SN0021");
            At(d, Yaml, 3, 4, 3, 8);
            At(Assert.Single(d.AdditionalLocations), Yaml, 2, 4, 2, 8);
            Assert.Equal("The key 'name' is already declared in line 3 of this mapping. Declare it once.", d.GetMessage());
        }

        [Fact]
        public void SN0021_TwoDatasetSections()
        {
            var a = InputFile.Yaml(Dir + "a.yaml", "dataset:\n  id: one\n  title: One\n");
            var b = InputFile.Yaml(Dir + "b.yaml", "dataset:\n  id: two\n  title: Two\n");
            var run = GeneratorHarness.Run(new[] { b, a });
            Assertions.CompilesWithoutErrors(run);
            var d = Expect(run, "SN0021");
            At(d, Dir + "b.yaml", 1, 6, 1, 9);
            At(Assert.Single(d.AdditionalLocations), Dir + "a.yaml", 1, 6, 1, 9);
            Assert.Equal("The dataset section is already declared in a.yaml(2,7). Declare it once.", d.GetMessage());
            Assert.Contains("FromTables(\"one\", \"One\"", run.Source("StructuredNews.Dataset.g.cs"), StringComparison.Ordinal);
        }

        [Fact]
        public void SN0022_UncoveredNumber()
        {
            var run = Run("topics:\n  - id: t\n    name: T\n");
            var d = Single(run, "SN0022");
            Assert.Equal(DiagnosticSeverity.Warning, d.Severity);
            At(d, ArticleYaml, 1, 6, 1, 9);
            Assert.Equal(
                "'40' in article 'art' at art.txt(1,82) is in no figure's evidence: …tay calm” to the crowd. About 40 people left. …. Add a figure whose quote covers it, or list it under 'ignore' with a reason.",
                d.GetMessage());
        }

        [Fact]
        public void SN0022_CoveredByFigureOrIgnore()
        {
            None(Run(Figure("about", "    low: 35\n    high: 45\n")), "SN0022");
            // The same figure after an event report in its file (whose quotes come first in evidence order) still
            // covers its number.
            var withReport = Run(Figure("about", "    low: 35\n    high: 45\n") + EventWithReport("The river rose."));
            Assert.Empty(withReport.GeneratorDiagnostics);
            var ignored = GeneratorHarness.Run(new[]
            {
                InputFile.Yaml(ArticleYaml, ArticleHeader + "ignore:\n  - text: \"40\"\n    reason: not a claim\n"),
                InputFile.Seed(ArticleTxt, Text),
            });
            Assert.Empty(ignored.GeneratorDiagnostics);
        }

        [Fact]
        public void SN0023_UnreferencedName()
        {
            var run = Run("actors:\n  - id: crowd\n    kind: group\n    name: Crowd\n    aliases: [the crowd]\n");
            var d = Single(run, "SN0023");
            Assert.Equal(DiagnosticSeverity.Warning, d.Severity);
            At(d, ArticleYaml, 1, 6, 1, 9);
            Assert.StartsWith("'the crowd' (crowd) appears in article 'art' at art.txt(1,", d.GetMessage(), StringComparison.Ordinal);
        }

        [Fact]
        public void IgnoredPassageNotInTheText()
        {
            var run = GeneratorHarness.Run(new[]
            {
                InputFile.Yaml(ArticleYaml, ArticleHeader + "ignore:\n  - text: \"99\"\n    reason: not there\n"),
                InputFile.Seed(ArticleTxt, Text),
            });
            var d = Expect(run, "SN0012");
            At(d, ArticleYaml, 6, 10, 6, 14);
        }
    }
}
