
using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using Xunit;
using StructuredNewsGenerator = StructuredNews.Generators.StructuredNewsGenerator;

namespace StructuredNews.Cli.Tests
{
    public class ValidateCommandTests
    {
        [Fact]
        public void BundledDataIsValid()
        {
            var result = Sn.RunOver(Repo.Bundled, new[] { "validate", Repo.Project });

            Assert.Equal(0, result.ExitCode);
            Assert.Equal("0 errors, 0 warnings in 10 annotation files (5 article texts).", result.Lines.Single());
            Assert.Equal("sn: using the annotations of StructuredNews.Kazakhstan2022.csproj: 10 files, 5 article texts.\n", result.Error);
        }

        [Fact]
        public void DefaultsToTheBundledDataAndSeedsFromTheRepository()
        {
            var result = RunIn(Repo.Root, "validate");

            Assert.Equal(0, result.ExitCode);
            Assert.Equal("0 errors, 0 warnings in 10 annotation files (5 article texts).", result.Lines.Single());
            Assert.Equal("sn: using the bundled dataset (kazakhstan-2022).\n", result.Error);
        }

        /// <summary>A broken quote: sn validate prints SN0012 where a compiler run of the generator puts it, with its message.</summary>
        [Fact]
        public void BrokenQuoteIsReportedWhereTheBuildReportsIt()
        {
            var root = Repo.TempDirectory();
            var data = Path.Combine(root, "data", "kazakhstan-2022");
            Repo.CopyDirectory(Repo.Data, data);
            var file = Path.Combine(data, "articles", "000-eight-security-officers-killed.yaml");
            var original = "quote: \"There are also 317 injured among the security forces";
            var yaml = File.ReadAllText(file);
            Assert.Contains(original, yaml);
            File.WriteAllText(file, yaml.Replace(original, "quote: \"There are also 371 injured among the security forces"));

            var result = RunIn(root, "validate", "data/kazakhstan-2022/**/*.yaml", "--articles", Repo.Seeds);

            Assert.Equal(1, result.ExitCode);
            var reported = result.Lines.Where(l => l.Contains(": error SN0012: ")).ToList();
            Assert.Single(reported);
            // The misquoted figure's value is no longer in its quote (SN0025), and it no longer covers "317", so the
            // completeness check warns too (SN0022), as in a build.
            Assert.StartsWith("2 errors, 1 warning in 10 annotation files", result.Lines.Last());
            Assert.Single(result.Lines, l => l.Contains(": error SN0025: The value '317'", StringComparison.Ordinal));
            Assert.Single(result.Lines, l => l.Contains(": warning SN0022: ") && l.Contains("'317'"));

            var build = BuildDiagnostics(data, Repo.Seeds).Where(d => d.Id == "SN0012").ToList();
            var expected = Assert.Single(build);
            var span = expected.Location.GetLineSpan();
            Assert.Equal(file, span.Path);
            var line = span.StartLinePosition.Line + 1;
            var column = span.StartLinePosition.Character + 1;
            Assert.Equal(
                "data/kazakhstan-2022/articles/000-eight-security-officers-killed.yaml(" + line + "," + column + "): error SN0012: " + expected.GetMessage(),
                reported[0]);
            // The quote's value on that line is where the build points.
            Assert.StartsWith("quote: \"There are also 371", File.ReadAllLines(file)[line - 1].Substring(column - 1 - "quote: ".Length));
        }

        [Fact]
        public void MissingDirectoryIsNotFound()
        {
            var result = Sn.Run("validate", "/nonexistent/data");

            Assert.Equal(1, result.ExitCode);
            Assert.Contains("does not exist", result.Error);
        }

        // sn as the executable runs it: the dataset is the one the command line and the working directory select.
        private static SnResult RunIn(string directory, params string[] args)
        {
            var output = new StringWriter { NewLine = "\n" };
            var error = new StringWriter { NewLine = "\n" };
            var exitCode = SnCli.Run(args, output, error, new CliEnvironment(directory, errorIsTerminal: false));
            return new SnResult(exitCode, output.ToString(), error.ToString());
        }

        // The generator run the way the compiler runs it: additional files with StructuredNewsKind metadata.
        private static ImmutableArray<Diagnostic> BuildDiagnostics(string data, string seeds)
        {
            var files = Directory.EnumerateFiles(data, "*.yaml", SearchOption.AllDirectories).Select(p => (Path: p, Kind: "annotation"))
                .Concat(Directory.EnumerateFiles(seeds, "*.txt").Select(p => (Path: p, Kind: "article")))
                .ToList();
            var compilation = CSharpCompilation.Create("Check", references: new[] { MetadataReference.CreateFromFile(typeof(object).Assembly.Location) });
            return InProcessBuild.Driver(files, "Check").RunGenerators(compilation).GetRunResult().Diagnostics;
        }
    }
}
