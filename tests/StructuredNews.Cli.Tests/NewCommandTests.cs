
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using StructuredNews.Annotations;
using Xunit;

namespace StructuredNews.Cli.Tests
{
    public class NewCommandTests
    {
        public static TheoryData<string, string, string, string> Seeds => new TheoryData<string, string, string, string>
        {
            { "000_ffb9f0c2b6bc0260.txt", "article-000", "en", "000-eight-security-officers-killed.yaml" },
            { "001_35a7a4909c5f7332.txt", "article-001", "en", "001-dozens-dead-russia-sends-troops.yaml" },
            { "002_8bb948c9c34caa82.txt", "article-002", "da", "002-kaos-i-kasakhstan.yaml" },
            { "003_d5d6603a1b0a140e.txt", "article-003", "da", "003-borgmesterkontoret-stormet.yaml" },
            { "004_2408f221a277f01e.txt", "article-004", "en", "004-itv-protesters-and-police-killed.yaml" },
        };

        /// <summary>
        /// The starter file replaces the article's own annotation file; with the rest of the bundled data (whose
        /// events.yaml still reports the article under its id, hence --id) the generator's validation finds no
        /// error and no warning at all: every number and every known name is in `ignore` with a TODO reason, so
        /// even the completeness checks (SN0022/SN0023, errors in the bundled build) are satisfied.
        /// </summary>
        [Theory]
        [MemberData(nameof(Seeds))]
        public void StarterAnnotationValidatesWithTheBundledData(string seed, string id, string language, string ownFile)
        {
            var result = Sn.RunOver(Repo.Bundled, "new", "article", Path.Combine(Repo.Seeds, seed), "--id", id, "--language", language);
            Assert.Equal(0, result.ExitCode);
            Assert.Equal(string.Empty, result.Error);

            var yaml = result.Out;
            var newPath = Path.Combine(Repo.Data, "articles", "new-" + seed + ".yaml");
            var annotations = Directory.EnumerateFiles(Repo.Data, "*.yaml", SearchOption.AllDirectories)
                .Where(p => Path.GetFileName(p) != ownFile)
                .Select(p => (p, File.ReadAllText(p)))
                .Append((newPath, yaml))
                .ToList();
            var seeds = Directory.EnumerateFiles(Repo.Seeds, "*.txt").Select(p => (p, File.ReadAllText(p))).ToList();

            var diagnostics = AnnotationEngine.Validate(annotations, seeds, projectDirectory: null);

            Assert.Empty(diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning).Select(d => d.ToString()));

            // Every number the scanner finds is there, with the TODO reason and a figure skeleton quoting its sentence.
            var text = File.ReadAllText(Path.Combine(Repo.Seeds, seed));
            var numbers = StructuredNews.Cli.Annotations.Numbers.Scan(text, language);
            Assert.NotEmpty(numbers);
            Assert.Contains("seed: \"" + seed + "\"", yaml);
            Assert.Contains("language: " + language, yaml);
            Assert.Contains("title: \"TODO: title\"", yaml);
            Assert.True(numbers.Count >= yaml.Split("reason: \"TODO: annotate as a figure\"").Length - 1);
            Assert.Equal(yaml.Split("reason: \"TODO: annotate as a figure\"").Length - 1, yaml.Split("#   evidence:").Length - 1);
            // Known names are listed as TODO references.
            Assert.Contains("reason: \"TODO: reference ", yaml);
        }

        [Fact]
        public void DefaultsComeFromTheFileNameAndTheText()
        {
            var dir = Repo.TempDirectory();
            var path = Path.Combine(dir, "Ny artikel 7.txt");
            File.WriteAllText(path, "Mindst 12 betjente er dræbt i Almaty, og det er ikke første gang. Tre er såret.\n");

            var result = Sn.RunOver(Repo.Bundled, "new", "article", path);

            Assert.Equal(0, result.ExitCode);
            Assert.Contains("id: ny-artikel-7\n", result.Out);
            Assert.Contains("language: da\n", result.Out);
            Assert.Contains("- text: \"12\"", result.Out);
            Assert.Contains("- text: \"Tre\"", result.Out);
            Assert.Contains("#     quote: \"Mindst 12 betjente er dræbt i Almaty, og det er ikke første gang.\"", result.Out);
            Assert.Contains("# almaty (place, city): \"Almaty\" x1", result.Out);
        }

        [Fact]
        public void RepeatedNumbersAndSentencesGetOccurrences()
        {
            var dir = Repo.TempDirectory();
            var path = Path.Combine(dir, "a.txt");
            File.WriteAllText(path, "Eight died. Eight died. Flight A320 landed.");

            var result = Sn.RunOver(Sn.Dataset, "new", "article", path, "--language", "en", "--output", Path.Combine(dir, "a.yaml"));

            Assert.Equal(0, result.ExitCode);
            var yaml = File.ReadAllText(Path.Combine(dir, "a.yaml"));
            Assert.Contains("- text: \"Eight\"\n    occurrence: 1\n", yaml);
            Assert.Contains("- text: \"Eight\"\n    occurrence: 2\n", yaml);
            Assert.Contains("#     quote: \"Eight died.\"\n    #     occurrence: 2\n", yaml);
            // A digit group inside a word is ignored as the whole word, which the build matches as a word.
            Assert.Contains("- text: \"A320\"", yaml);
            Assert.Contains("  id: a\n", yaml);
            // Not overwritten.
            Assert.Equal(1, Sn.RunOver(Sn.Dataset, "new", "article", path, "--output", Path.Combine(dir, "a.yaml")).ExitCode);
        }

        [Fact]
        public void MissingTextIsNotFound()
        {
            var result = Sn.Run("new", "article", "/nonexistent/x.txt");

            Assert.Equal(1, result.ExitCode);
            Assert.Contains("cannot read", result.Error);
        }
    }
}
