using System.IO;
using System.Linq;
using StructuredNews.Export;
using Xunit;

namespace StructuredNews.Cli.Tests
{
    /// <summary>
    /// Which dataset sn shows (docs/tools.md, "Which dataset"): the project in the working directory, --data,
    /// --assembly, --bundled; said on standard error, and never silently another dataset than the one asked for.
    /// </summary>
    public class DatasetSelectionTests
    {
        private static readonly string Flood = Path.Combine(Repo.Root, "tests", "StructuredNews.Generators.Tests", "TestData", "flood");

        [Fact]
        public void InAProjectEveryCommandShowsItsOwnAnnotations()
        {
            var project = FloodProject();

            var timeline = RunIn(project, "timeline");
            var validate = RunIn(project, "validate");
            var export = RunIn(project, "export", "--format", "json");

            Assert.Equal(0, timeline.ExitCode);
            Assert.Equal("sn: using the annotations of FloodWatch.csproj: 3 files, 2 article texts.\n", timeline.Error);
            Assert.Contains(timeline.Lines, l => l.Contains("Vellmark", System.StringComparison.Ordinal));
            Assert.DoesNotContain(timeline.Lines, l => l.Contains("Almaty", System.StringComparison.Ordinal));
            Assert.Equal(0, validate.ExitCode);
            Assert.Equal("0 errors, 0 warnings in 3 annotation files (2 article texts).", validate.Lines.Single());
            Assert.Contains("\"id\": \"vellmark-flood\"", export.Out);
        }

        [Fact]
        public void OnlyThePackagesGlobsAreRead()
        {
            var project = FloodProject();
            File.WriteAllText(Path.Combine(project, "docker-compose.yaml"), "services:\n  web: {}\n");

            var result = RunIn(project, "validate");

            Assert.Equal(0, result.ExitCode);
            Assert.DoesNotContain("services", result.Out);
        }

        [Fact]
        public void TheProjectFilesGlobsAreHonoured()
        {
            var project = Repo.TempDirectory();
            File.WriteAllText(Path.Combine(project, "Coverage.csproj"),
                "<Project Sdk=\"Microsoft.NET.Sdk\"><PropertyGroup><StructuredNewsAnnotations>notes/*.yaml</StructuredNewsAnnotations>"
                + "<StructuredNewsArticles>texts/*.txt</StructuredNewsArticles></PropertyGroup></Project>");
            CopyFlood(Path.Combine(project, "notes"), Path.Combine(project, "texts"), ".yaml", flat: true);

            var result = RunIn(project, "stats");

            Assert.Equal(0, result.ExitCode);
            Assert.Equal("sn: using the annotations of Coverage.csproj: 3 files, 2 article texts.\n", result.Error);
            Assert.Equal(3, result.Lines.Length); // the header and the two articles
        }

        [Fact]
        public void DataNamesAProjectFromAnywhere()
        {
            var project = FloodProject();

            var result = RunIn(Repo.TempDirectory(), "actors", "--data", project);

            Assert.Equal(0, result.ExitCode);
            Assert.Contains(result.Lines, l => l.Contains("tomas-brekke", System.StringComparison.Ordinal));
        }

        [Fact]
        public void AnnotationErrorsArePrintedFirstAndTheDataStillShown()
        {
            var project = FloodProject();
            var file = Directory.EnumerateFiles(project, "101-flood.news.yaml", SearchOption.AllDirectories).Single();
            File.WriteAllText(file, File.ReadAllText(file).Replace("subject: vellmark", "subject: vellmarc"));

            var result = RunIn(project, "figures");

            Assert.Equal(0, result.ExitCode);
            Assert.Contains("101-flood.news.yaml(", result.Error);
            Assert.Contains(": error SN0009: ", result.Error);
            Assert.NotEmpty(result.Lines);
            Assert.Contains("a build of these files fails; shown is what it would hold", result.Error);
        }

        [Fact]
        public void OutsideAProjectSnSaysWhatToDo()
        {
            var result = RunIn(Repo.TempDirectory(), "timeline");

            Assert.Equal(1, result.ExitCode);
            Assert.Equal(string.Empty, result.Out);
            Assert.Contains("pass --data PROJECT|DIR, --assembly FILE or --bundled", result.Error);
        }

        [Fact]
        public void BundledWorksAnywhereAndIsTheDefaultInThisRepository()
        {
            var anywhere = RunIn(Repo.TempDirectory(), "--bundled", "timeline");
            var here = RunIn(Path.Combine(Repo.Root, "docs"), "timeline");

            Assert.Equal(0, anywhere.ExitCode);
            Assert.Equal("sn: using the bundled dataset (kazakhstan-2022).\n", anywhere.Error);
            Assert.Equal(anywhere.Out, here.Out);
            Assert.Equal(anywhere.Error, here.Error);
        }

        [Fact]
        public void OneDatasetAtATime()
        {
            var result = RunIn(Repo.TempDirectory(), "timeline", "--bundled", "--data", ".");

            Assert.Equal(1, result.ExitCode);
            Assert.Contains("choose one dataset", result.Error);
        }

        [Fact]
        public void AssemblyLoadsACompiledDataset()
        {
            var dll = typeof(Kazakhstan2022.Kazakhstan2022).Assembly.Location;

            var result = RunIn(Repo.TempDirectory(), "timeline", "--assembly", dll);

            Assert.Equal(0, result.ExitCode);
            Assert.Equal("sn: using the compiled dataset StructuredNews.Kazakhstan2022.Kazakhstan2022 in " + dll + ".\n", result.Error);
            Assert.Equal(RunIn(Repo.TempDirectory(), "--bundled", "timeline").Out, result.Out);
        }

        [Fact]
        public void AnAssemblyWithoutADatasetIsAnError()
        {
            var dll = typeof(DatasetSelectionTests).Assembly.Location;

            var result = RunIn(Repo.TempDirectory(), "timeline", "--assembly", dll);

            Assert.Equal(1, result.ExitCode);
            Assert.Contains("has no generated dataset class", result.Error);
        }

        /// <summary>The engine builds in memory what the generator compiles: the bundled files give the bundled dataset, byte for byte in the JSON export.</summary>
        [Fact]
        public void TheDatasetBuiltFromAnnotationsIsTheCompiledOne()
        {
            var fromFiles = RunIn(Repo.TempDirectory(), "export", "--format", "json", "--data", Repo.Project);

            Assert.Equal(0, fromFiles.ExitCode);
            Assert.Equal(DatasetExport.ToJson(Repo.Bundled), fromFiles.Out);
        }

        // A project as a user makes one: FloodWatch.csproj, *.news.yaml files, texts in articles/.
        private static string FloodProject()
        {
            var project = Repo.TempDirectory();
            File.WriteAllText(Path.Combine(project, "FloodWatch.csproj"), "<Project Sdk=\"Microsoft.NET.Sdk\"><PropertyGroup><TargetFramework>net10.0</TargetFramework></PropertyGroup></Project>");
            CopyFlood(Path.Combine(project, "annotations"), Path.Combine(project, "articles"), ".news.yaml", flat: false);
            return project;
        }

        private static void CopyFlood(string annotations, string articles, string extension, bool flat)
        {
            Directory.CreateDirectory(annotations);
            Directory.CreateDirectory(articles);
            foreach (var yaml in Directory.EnumerateFiles(Flood, "*.yaml", SearchOption.AllDirectories))
            {
                var relative = Path.GetRelativePath(Flood, yaml);
                var target = Path.Combine(annotations, flat ? Path.GetFileName(relative) : relative);
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Copy(yaml, Path.ChangeExtension(target, null) + extension);
            }

            foreach (var text in Directory.EnumerateFiles(Path.Combine(Flood, "texts")))
            {
                File.Copy(text, Path.Combine(articles, Path.GetFileName(text)));
            }
        }

        private static SnResult RunIn(string directory, params string[] args)
        {
            var output = new StringWriter { NewLine = "\n" };
            var error = new StringWriter { NewLine = "\n" };
            var exitCode = SnCli.Run(args, output, error, new CliEnvironment(directory, errorIsTerminal: false));
            return new SnResult(exitCode, output.ToString(), error.ToString());
        }
    }
}
