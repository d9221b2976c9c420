using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;
using System.Text;
using Microsoft.CodeAnalysis.CSharp;
using StructuredNews.Generators.Tests.HostileInput;
using StructuredNews.Generators.Tests.Infrastructure;
using Xunit;

namespace StructuredNews.Generators.Tests
{
    /// <summary>
    /// Tables are string constants that no code loads: their values are metadata blobs, out of the user-string heap
    /// (which the metadata format caps at 16 MB per assembly, CS8103), valid UTF-16 text.
    /// </summary>
    public class StaticDataTests
    {
        [Fact]
        public void TablesAreStringConstantsThatNoCodeLoads()
        {
            var run = GeneratorHarness.Run(SampleData.Files());
            Assertions.CompilesWithoutErrors(run);
            var tables = run.Sources.Where(s => s.HintName.StartsWith("TestData.", StringComparison.Ordinal)).ToList();
            Assert.Equal(3, tables.Count);
            Assert.All(tables, t => Assert.Single(TableConstant.Declaration.Matches(t.Text)));
            Assert.All(tables, t => Assert.StartsWith(StructuredNews.Storage.TableFormat.Version.ToString(), TableConstant.TextOf(t.Text), StringComparison.Ordinal));
            // Readable where it is text: the article as written, in the literal.
            Assert.Contains(tables, t => TableConstant.LiteralOf(t.Text)!.Contains("Floodwaters swept through the town of Vellmark", StringComparison.Ordinal));
            Assert.All(run.Sources, s => Assert.DoesNotContain("\"u8", s.Text, StringComparison.Ordinal));

            // The compiled assembly's user-string heap holds the accessors' ids, not the tables' bytes: all of them
            // are in the blob heap.
            using var image = new MemoryStream();
            Assert.True(run.OutputCompilation.Emit(image).Success);
            image.Position = 0;
            using var pe = new PEReader(image);
            var metadata = pe.GetMetadataReader();
            var tableChars = tables.Sum(t => TableConstant.TextOf(t.Text)!.Length);
            Assert.True(tableChars > 1000, "tables of " + tableChars + " chars");
            Assert.True(metadata.GetHeapSize(HeapIndex.UserString) < tableChars, "user strings: " + metadata.GetHeapSize(HeapIndex.UserString) + " bytes");
            Assert.True(metadata.GetHeapSize(HeapIndex.Blob) > 2 * tableChars, "blobs: " + metadata.GetHeapSize(HeapIndex.Blob) + " bytes");
        }

        [Fact]
        public void TableConstantsAreValidUtf16AndReadBackExactly()
        {
            // Tools that rewrite assemblies (ILLink when trimming) write string constants back through UTF-16
            // encoding, which replaces a lone surrogate: a table must have none. An article text of chars from all
            // over the BMP and beyond (no digits: they would need covering) puts every kind of char into one.
            var text = new StringBuilder("Every kind of char: ");
            for (var c = 0xA0; c <= 0xFFFD; c += 3)
            {
                if (!char.IsSurrogate((char)c) && !char.IsDigit((char)c))
                {
                    text.Append((char)c);
                }
            }

            text.Append(" \U0001F600 \t \u202E \u2028 \uFEFF end.");
            var files = new[]
            {
                InputFile.Seed(GeneratorHarness.ProjectDir + "texts/all.txt", text.ToString()),
                InputFile.Yaml(GeneratorHarness.ProjectDir + "all.news.yaml", "article: { id: all, seed: all.txt, language: en, title: All }\n"),
            };
            var run = GeneratorHarness.Run(files);
            Assert.Empty(run.Errors);
            Assertions.CompilesWithoutErrors(run);
            var literal = Assert.Single(run.Sources.Select(s => TableConstant.LiteralOf(s.Text)).OfType<string>());
            Assert.Empty(SyntaxFactory.ParseExpression(literal).GetFirstToken().GetDiagnostics());
            var table = TableConstant.TextOf(run.Sources.Single(s => s.Text.Contains("internal const string Table", StringComparison.Ordinal)).Text)!;
            Assert.Equal(table, Encoding.Unicode.GetString(new UnicodeEncoding(false, false, throwOnInvalidBytes: true).GetBytes(table)));

            var actual = HostileSupport.WithLoadedDataset(run.OutputCompilation, (d, _) => d.Articles["all"].Text, "Sample.Data.FloodData");
            Assert.Equal(text.ToString(), actual);
        }

        [Theory]
        [InlineData(10)]
        [InlineData(8)]
        public void OlderLanguageVersionsCompileAndLoadTheSameDataset(int version)
        {
            var options = GeneratorHarness.ParseOptions.WithLanguageVersion(version == 10 ? LanguageVersion.CSharp10 : LanguageVersion.CSharp8);
            var older = GeneratorHarness.Run(SampleData.Files(), parseOptions: options);
            Assertions.NoWarningsOrErrors(older.GeneratorDiagnostics, "the generator run");
            Assertions.NoWarningsOrErrors(older.CompilationDiagnostics, "the generated code in C# " + version);

            var latest = GeneratorHarness.Run(SampleData.Files());
            var expected = HostileSupport.WithLoadedDataset(latest.OutputCompilation, (d, _) => Describe(d), "Sample.Data.FloodData");
            var actual = HostileSupport.WithLoadedDataset(older.OutputCompilation, (d, _) => Describe(d), "Sample.Data.FloodData");
            Assert.Equal(expected, actual);
            Assert.Contains("Tomas Brekke", actual, StringComparison.Ordinal);
        }

        [Fact]
        public void DataBeyondTheUserStringHeapLimitCompilesAndLoads()
        {
            // Two articles of 4.5 M chars each: 18 MB as UTF-16 string literals, past the 16 MB heap that stopped
            // synthetic datasets above ~600 articles (CS8103). Words only, so that no number or name needs covering.
            var words = new[] { "alpha ", "beta ", "gamma ", "delta ", "epsilon ", "zeta ", "eta ", "theta ", "iota ", "kappa ", "lambda ", "mu ", "æble ", "ø ", "\u201cquote\u201d " };
            string Text(int seed)
            {
                var random = new Random(seed);
                var text = new StringBuilder(4_600_000);
                while (text.Length < 4_500_000)
                {
                    text.Append(words[random.Next(words.Length)]);
                }

                return text.Append("The end ").Append(seed == 1 ? "alpha" : "beta").Append('.').ToString();
            }

            var texts = new[] { Text(1), Text(2) };
            var files = new List<InputFile>();
            for (var i = 0; i < 2; i++)
            {
                var n = (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
                files.Add(InputFile.Seed(GeneratorHarness.ProjectDir + "texts/big" + n + ".txt", texts[i]));
                files.Add(InputFile.Yaml(GeneratorHarness.ProjectDir + "big" + n + ".news.yaml",
                    "article: { id: big" + n + ", seed: big" + n + ".txt, language: en, title: Big " + n + " }\n"));
            }

            var run = GeneratorHarness.Run(files);
            Assertions.NoWarningsOrErrors(run.GeneratorDiagnostics, "the generator run");
            Assertions.CompilesWithoutErrors(run);
            HostileSupport.WithLoadedDataset(run.OutputCompilation, (dataset, _) =>
            {
                Assert.Equal(texts[0], dataset.Articles["big1"].Text);
                Assert.Equal(texts[1], dataset.Articles["big2"].Text);
                return 0;
            }, "Sample.Data.FloodData");
        }

        [Fact]
        public void MoreFilesThanOneSwitchMethodHoldsAreAllReachable()
        {
            // The dataset hands tables out through switches of at most TablesPerMethod cases (JIT limits): 1,001
            // files take a dispatching switch and two chunks.
            var count = Emission.DatasetEmitter.TablesPerMethod + 1;
            var files = Enumerable.Range(0, count).Select(i => InputFile.Yaml(
                GeneratorHarness.ProjectDir + "people/p" + i.ToString("D4", System.Globalization.CultureInfo.InvariantCulture) + ".news.yaml",
                "actors:\n  - { id: person-" + i.ToString(System.Globalization.CultureInfo.InvariantCulture) + ", kind: person, name: Person " + i.ToString(System.Globalization.CultureInfo.InvariantCulture) + " }\n")).ToList();
            var run = GeneratorHarness.Run(files);
            Assertions.NoWarningsOrErrors(run.GeneratorDiagnostics, "the generator run");
            Assertions.CompilesWithoutErrors(run);
            var dataset = run.Source(Emission.DatasetEmitter.HintName);
            Assert.Contains("case 1: return TableHolder1(index);", dataset, StringComparison.Ordinal);
            Assert.Contains("private static global::System.Type TableHolder1(int index)", dataset, StringComparison.Ordinal);
            HostileSupport.WithLoadedDataset(run.OutputCompilation, (d, _) =>
            {
                Assert.Equal(count, d.Actors.Count);
                Assert.Equal("Person 0", d.Actors["person-0"].Name);
                Assert.Equal("Person 1000", d.Actors["person-1000"].Name);
                return 0;
            }, "Sample.Data.FloodData");
        }

        [Theory]
        [InlineData("12", "12")]
        [InlineData("250.0", "250.0")]
        [InlineData("0.5", "0.5")]
        [InlineData("1000000000000", "1000000000000")]
        [InlineData("536870909", "536870909")]
        [InlineData("536870910", "536870910")]
        public void DecimalsKeepTheirValueAndScale(string low, string expected)
        {
            // Whole numbers up to TableFormat.MaxSmallDecimal are stored as numbers, the rest as text; both must
            // come back exactly as written, scale included (250.0 is not 250).
            var files = new[]
            {
                InputFile.Seed(GeneratorHarness.ProjectDir + "texts/d.txt", "Many people came."),
                InputFile.Yaml(GeneratorHarness.ProjectDir + "d.news.yaml",
                    "article: { id: d, seed: d.txt, language: en, title: D }\n" +
                    "actors:\n  - { id: people, kind: group, name: People }\n" +
                    "figures:\n  - id: f\n    measure: count\n    subject: people\n    value: Many\n    qualifier: at_least\n" +
                    "    low: " + low + "\n    unit: people\n    evidence: { quote: Many people came. }\n"),
            };
            var run = GeneratorHarness.Run(files);
            Assert.Empty(run.Errors);
            Assertions.CompilesWithoutErrors(run);
            var actual = HostileSupport.WithLoadedDataset(run.OutputCompilation,
                (d, _) => d.Figures["f"].Low!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture), "Sample.Data.FloodData");
            Assert.Equal(expected, actual);
        }

        private static string Describe(global::StructuredNews.NewsDataset d)
        {
            static string Ev(global::StructuredNews.Evidence e) => e.ArticleId + "@" + e.Start + "+" + e.Length + ":" + e.Quote;
            var lines = new List<string> { d.Id, d.Title };
            lines.AddRange(d.Articles.Select(a => string.Join("|", a.Id, a.Title, a.Language, a.Published, a.Text, a.TextSha256)));
            lines.AddRange(d.Actors.Select(a => string.Join("|", a.Id, a.Kind, a.Name, string.Join(",", a.Aliases), a.Description)));
            lines.AddRange(d.Places.Select(p => string.Join("|", p.Id, p.Kind, p.Name, p.WithinId, p.Latitude, p.Longitude)));
            lines.AddRange(d.Topics.Select(t => string.Join("|", t.Id, t.Name)));
            lines.AddRange(d.Events.Select(e => string.Join("|", e.Id, e.SubType, e.Summary, e.Start, e.End, string.Join(",", e.Reports.Select(r => Ev(r) + "<" + r.ClaimedById)))));
            lines.AddRange(d.Figures.Select(f => string.Join("|", f.Id, f.Measure, f.SubjectId, f.Value, f.Low, f.High, f.Unit, f.AsOf, f.ClaimedById, string.Join(",", f.ViaIds), f.Note, Ev(f.Evidence))));
            lines.AddRange(d.Statements.Select(s => string.Join("|", s.Id, s.SpeakerId, s.Text, s.Date, Ev(s.Evidence))));
            return string.Join("\n", lines);
        }
    }
}
