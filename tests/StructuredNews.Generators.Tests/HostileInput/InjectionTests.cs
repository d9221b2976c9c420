using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Xml.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using StructuredNews.Generators.Tests.Infrastructure;
using Xunit;
using YamlDotNet.RepresentationModel;

namespace StructuredNews.Generators.Tests.HostileInput
{
    /// <summary>
    /// Data that looks like code, comment or markup, or that is hard to hold in a C# literal or an XML doc comment,
    /// in every free-text field the generator emits: the code must compile without errors or warnings, declare
    /// exactly what the same file with harmless text declares, give back the exact string at run time, and keep its
    /// XML docs well-formed with the text still visible in them.
    /// </summary>
    public class InjectionTests
    {
        private const string YamlPath = GeneratorHarness.ProjectDir + "injection.yaml";
        private const string SeedPath = GeneratorHarness.ProjectDir + "texts/injection.txt";

        // Line breaks sit between letters: a text of nothing but white space is no value (SN0040, see below).
        public static readonly IReadOnlyDictionary<string, string> Hostile = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["quote"] = "\"",
            ["backslash"] = "\\",
            ["backslash-quote"] = "\\\"",
            ["lf"] = "a\nb",
            ["crlf"] = "a\r\nb",
            ["comment-end"] = "*/",
            ["comment-start"] = "/*",
            ["line-comment"] = "// ",
            ["endregion"] = "#endregion",
            ["if-directive"] = "#if X",
            ["summary-end"] = "</summary>",
            ["cdata-start"] = "<![CDATA[",
            ["entity"] = "&amp;",
            ["cdata-end"] = "]]>",
            ["line-separator"] = "a\u2028b",
            ["paragraph-separator"] = "a\u2029b",
            ["next-line"] = "a\u0085b",
            ["nul"] = "\u0000",
            ["lone-high-surrogate"] = "\uD800",
            ["lone-low-surrogate"] = "\uDC00",
            ["rlm"] = "\u200F",
            ["rlo"] = "\u202E",
            ["open-braces"] = "{{",
            ["close-braces"] = "}}",
            ["unicode-escape-text"] = "\\u0041",
            ["raw-string-quotes"] = "\"\"\"",
            // Combinations: a line break followed by code-like text is what an injection would really need.
            ["newline-then-member"] = "x\n public static int Injected => 1; //",
            ["quote-then-member"] = "x\"; public static int Injected = 1; //",
            ["doc-break-out"] = "</summary>\n/// <summary>injected",
        };

        /// <summary>
        /// How the XML docs show each hostile string once XML-unescaped, written out by hand (docs/architecture.md:
        /// line breaks, controls and invisible format characters become a visible \uXXXX). Strings not listed show
        /// exactly as they are.
        /// </summary>
        private static readonly IReadOnlyDictionary<string, string> ShownInDocs = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["lf"] = "a\\u000Ab",
            ["crlf"] = "a\\u000D\\u000Ab",
            ["line-separator"] = "a\\u2028b",
            ["paragraph-separator"] = "a\\u2029b",
            ["next-line"] = "a\\u0085b",
            ["nul"] = "\\u0000",
            ["rlm"] = "\\u200F",
            ["rlo"] = "\\u202E",
            ["newline-then-member"] = "x\\u000A public static int Injected => 1; //",
            ["doc-break-out"] = "</summary>\\u000A/// <summary>injected",
        };

        /// <summary>
        /// Strings YAML (as YamlDotNet 16 reads it) cannot express, even with double-quoted escapes. YAML 1.2 allows
        /// only Unicode scalar values in a document and YamlDotNet rejects the escapes \uD800 and \uDC00, so a lone
        /// surrogate cannot be written in an annotation at all. The generator cannot receive them from YAML; they are
        /// still put in the article text (an additional file, which can hold anything) by
        /// <see cref="LoneSurrogatesInTheArticleTextSurviveTheRoundTrip"/>.
        /// </summary>
        public static readonly IReadOnlyCollection<string> NotExpressibleInYaml = new[] { "lone-high-surrogate", "lone-low-surrogate" };

        public static IEnumerable<object[]> Names() => Hostile.Keys.Select(k => new object[] { k });

        /// <summary>A YAML double-quoted scalar whose value is exactly <paramref name="value"/>.</summary>
        public static string Quoted(string value)
        {
            var builder = new StringBuilder("\"");
            foreach (var c in value)
            {
                switch (c)
                {
                    case '"': builder.Append("\\\""); break;
                    case '\\': builder.Append("\\\\"); break;
                    case '\n': builder.Append("\\n"); break;
                    case '\r': builder.Append("\\r"); break;
                    case '\t': builder.Append("\\t"); break;
                    case '\0': builder.Append("\\0"); break;
                    case '\u0085': builder.Append("\\N"); break;
                    case '\u2028': builder.Append("\\L"); break;
                    case '\u2029': builder.Append("\\P"); break;
                    default:
                        if (c < ' ' || c >= '\u007F')
                        {
                            builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                        }
                        else
                        {
                            builder.Append(c);
                        }

                        break;
                }
            }

            return builder.Append('"').ToString();
        }

        /// <summary>Whether YamlDotNet reads <see cref="Quoted"/>(<paramref name="value"/>) back as exactly <paramref name="value"/>.</summary>
        public static bool YamlCanExpress(string value)
        {
            try
            {
                var stream = new YamlStream();
                stream.Load(new StringReader("k: " + Quoted(value) + "\n"));
                var mapping = (YamlMappingNode)stream.Documents[0].RootNode;
                return string.Equals(((YamlScalarNode)mapping.Children[new YamlScalarNode("k")]).Value, value, StringComparison.Ordinal);
            }
            catch (YamlDotNet.Core.YamlException)
            {
                return false;
            }
        }

        [Fact]
        public void TheListOfStringsYamlCannotExpressIsExact()
        {
            var actual = Hostile.Where(p => !YamlCanExpress(p.Value)).Select(p => p.Key).OrderBy(k => k, StringComparer.Ordinal);
            Assert.Equal(NotExpressibleInYaml.OrderBy(k => k, StringComparer.Ordinal), actual);
        }

        [Theory]
        [MemberData(nameof(Names))]
        public void HostileTextInEveryFieldIsEmittedSafely(string name)
        {
            var hostile = Hostile[name];
            if (NotExpressibleInYaml.Contains(name))
            {
                // Cannot be written in YAML (see NotExpressibleInYaml): nothing to feed the generator. Not faked.
                Assert.False(YamlCanExpress(hostile));
                return;
            }

            var baseline = Generate("plain");
            var run = Generate(hostile);
            var what = "'" + name + "' (" + HostileSupport.Show(hostile) + ")";

            Assert.Null(HostileSupport.GeneratorFailure(run.Result, run.DriverDiagnostics));
            Assert.True(run.GeneratorDiagnostics.IsEmpty, what + ": unexpected SN diagnostics:\n" + Assertions.Format(run.GeneratorDiagnostics));
            Assertions.NoWarningsOrErrors(run.CompilationDiagnostics, "the code generated for " + what);

            // No injected declarations: the same types and members, by name, as with harmless text.
            Assert.Equal(Declarations(baseline), Declarations(run));

            // The exact strings at run time.
            var text = ArticleText(hostile);
            HostileSupport.WithLoadedDataset(run.OutputCompilation, (dataset, _) =>
            {
                void Same(string? actual, string field) =>
                    Assert.True(string.Equals(hostile, actual, StringComparison.Ordinal),
                        what + ": " + field + " is " + (actual == null ? "null" : HostileSupport.Show(actual)));

                Same(dataset.Title, "dataset title");
                var article = dataset.Articles["inj-article"];
                Same(article.Title, "article title");
                Same(article.Publisher, "article publisher");
                Same(article.Url, "article url");
                Assert.Equal(text, article.Text);
                var actor = dataset.Actors["inj-actor"];
                Same(actor.Name, "actor name");
                Same(actor.Names["en"], "actor names.en");
                Same(actor.Aliases.Single(), "actor alias");
                Same(actor.Description, "actor description");
                Same(actor.Roles.Single().Title, "role title");
                Same(dataset.Topics["inj-topic"].Name, "topic name");
                var e = dataset.Events["inj-event"];
                Same(e.Summary, "event summary");
                Assert.Equal(text, e.Reports.Single().Quote);
                var figure = dataset.Figures["inj-figure"];
                Same(figure.Value, "figure value");
                Same(figure.Unit, "figure unit");
                Same(figure.Note, "figure note");
                Assert.Equal(text, figure.Evidence.Quote);
                Assert.Equal(text, text.Substring(figure.Evidence.Start, figure.Evidence.Length));
                var statement = dataset.Statements["inj-statement"];
                Same(statement.Text, "statement text");
                Assert.Equal(text, statement.Evidence.Quote);
                return 0;
            });

            // XML docs: well-formed (no CS1570/CS1587: covered by 'no warnings' above, DocumentationMode.Diagnose),
            // and the text is there in a visible form once XML-unescaped.
            var visible = ShownInDocs.TryGetValue(name, out var shown) ? shown : hostile;
            var documented = DocumentedSymbols(run.OutputCompilation).ToList();
            Assert.True(documented.Count >= 8, "too few documented symbols: " + documented.Count);
            foreach (var (symbol, mustMention) in documented)
            {
                var xml = symbol.GetDocumentationCommentXml();
                Assert.False(string.IsNullOrEmpty(xml), symbol + " has no XML doc");
                XElement element;
                try
                {
                    element = XElement.Parse(xml!);
                }
                catch (System.Xml.XmlException ex)
                {
                    throw new Xunit.Sdk.XunitException(what + ": the XML doc of " + symbol + " does not parse (" + ex.Message + "):\n" + xml);
                }

                if (mustMention)
                {
                    Assert.True(element.Value.Contains(visible, StringComparison.Ordinal),
                        what + ": the XML doc of " + symbol + " does not show '" + HostileSupport.Show(visible) + "':\n" + HostileSupport.Show(element.Value));
                }
            }
        }

        [Fact]
        public void LoneSurrogatesInTheArticleTextBecomeReplacementCharactersInPlace()
        {
            // The article text is an additional file, not YAML: it can hold lone surrogates. Tables are UTF-8, which
            // cannot encode them, so each becomes U+FFFD (as any UTF-8 decoder would make it): the generated code
            // still compiles, and lengths and quote positions are unchanged. The quotes are plain.
            var text = "Alpha \uD800 beta \uDC00 gamma\uDBFF.";
            var yaml = "article: { id: a1, seed: s.txt, language: en, title: T }\n" +
                "statements:\n  - id: st1\n    speaker: p1\n    text: beta\n    evidence: { quote: beta }\n" +
                "actors:\n  - { id: p1, kind: person, name: P }\n";
            var run = HostileSupport.Run(new[] { InputFile.Yaml(YamlPath, yaml), InputFile.Seed(GeneratorHarness.ProjectDir + "texts/s.txt", text) });
            Assert.Null(HostileSupport.GeneratorFailure(run.Result, run.DriverDiagnostics));
            Assert.Empty(run.Errors);
            Assertions.NoWarningsOrErrors(run.CompilationDiagnostics, "the generated code");
            HostileSupport.WithLoadedDataset(run.OutputCompilation, (dataset, _) =>
            {
                Assert.Equal("Alpha \uFFFD beta \uFFFD gamma\uFFFD.", dataset.Articles["a1"].Text);
                var evidence = dataset.Statements["st1"].Evidence;
                Assert.Equal("beta", evidence.Quote);
                Assert.Equal("beta", text.Substring(evidence.Start, evidence.Length));
                return 0;
            });
        }

        [Theory]
        [InlineData("\n")]
        [InlineData("\r\n")]
        [InlineData("\u2028")]
        [InlineData("\u0085")]
        [InlineData(" \t ")]
        public void BlankTextInEveryRequiredFieldIsReportedNotAccepted(string blank)
        {
            var run = Generate(blank);
            Assert.Null(HostileSupport.GeneratorFailure(run.Result, run.DriverDiagnostics));
            var empty = run.GeneratorDiagnostics.Where(d => d.Id == "SN0040").Select(d => d.GetMessage().Split(' ')[0]).OrderBy(m => m, StringComparer.Ordinal).ToList();
            // The required texts: the dataset's, the article's and the role's title, the actor's and the topic's name, the event's summary,
            // the figure's value and unit, the statement's text; and the alias item and the language name.
            Assert.Equal(new[] { "'An", "'The", "'name'", "'name'", "'summary'", "'text'", "'title'", "'title'", "'title'", "'unit'", "'value'" }, empty);
            Assertions.CompilesWithoutErrors(run);
        }

        private static string ArticleText(string hostile) => "Alpha " + hostile + " omega.";

        private static GeneratorRun Generate(string hostile)
        {
            var q = Quoted(hostile);
            var t = Quoted(ArticleText(hostile));
            var yaml =
                "dataset:\n  id: inj\n  title: " + q + "\n" +
                "article:\n  id: inj-article\n  seed: injection.txt\n  language: en\n  title: " + q + "\n  publisher: " + q + "\n  url: " + q + "\n" +
                "actors:\n  - id: inj-actor\n    kind: person\n    name: " + q + "\n    names: { en: " + q + " }\n    aliases: [" + q + "]\n" +
                "    roles:\n      - { title: " + q + " }\n    description: " + q + "\n" +
                "topics:\n  - id: inj-topic\n    name: " + q + "\n" +
                "events:\n  - id: inj-event\n    type: protests\n    sub_type: peaceful_protest\n    summary: " + q + "\n    start: 2022-01-05\n    precision: day\n" +
                "    participants: [{ actor: inj-actor, role: initiator }]\n    reports:\n      - quote: " + t + "\n" +
                "figures:\n  - id: inj-figure\n    measure: count\n    subject: inj-actor\n    value: " + q + "\n    qualifier: exact\n    low: 1\n    high: 1\n" +
                "    unit: " + q + "\n    note: " + q + "\n    evidence: { quote: " + t + " }\n" +
                "statements:\n  - id: inj-statement\n    speaker: inj-actor\n    text: " + q + "\n    evidence: { quote: " + t + " }\n";
            return HostileSupport.Run(new[] { InputFile.Yaml(YamlPath, yaml), InputFile.Seed(SeedPath, ArticleText(hostile)) });
        }

        /// <summary>Every type and member declared in the generated trees, as "kind name" in source order.</summary>
        private static List<string> Declarations(GeneratorRun run) =>
            run.GeneratorResult.GeneratedSources
                .SelectMany(s => s.SyntaxTree.GetRoot().DescendantNodes().OfType<MemberDeclarationSyntax>())
                .Select(m => m.Kind() + " " + m switch
                {
                    BaseTypeDeclarationSyntax t => t.Identifier.ValueText,
                    MethodDeclarationSyntax method => method.Identifier.ValueText,
                    PropertyDeclarationSyntax property => property.Identifier.ValueText,
                    FieldDeclarationSyntax field => string.Join(",", field.Declaration.Variables.Select(v => v.Identifier.ValueText)),
                    BaseNamespaceDeclarationSyntax ns => ns.Name.ToString(),
                    _ => m.ToString(),
                })
                .ToList();

        /// <summary>The documented symbols; true where the doc must show the hostile text (the entity accessors and the dataset class).</summary>
        private static IEnumerable<(ISymbol Symbol, bool MustMention)> DocumentedSymbols(Compilation compilation)
        {
            var type = compilation.GetTypeByMetadataName(HostileSupport.Namespace + "." + HostileSupport.ClassName)!;
            Assert.NotNull(type);
            yield return (type, true);
            foreach (var kind in new[] { "Articles", "Actors", "Topics", "Events", "Figures", "Statements" })
            {
                var nested = type.GetTypeMembers(kind).Single();
                yield return (nested, false);
                foreach (var member in nested.GetMembers().OfType<IPropertySymbol>())
                {
                    yield return (member, true);
                }
            }
        }
    }
}
