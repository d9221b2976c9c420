using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using StructuredNews.Packaging.Tests.Infrastructure;
using Xunit;

namespace StructuredNews.Packaging.Tests
{
    /// <summary>
    /// A new user's first hour: a console project that adds the StructuredNews package from a feed, writes its own
    /// annotations of its own article, queries the typed records, and sees a misquote fail the build at the YAML line;
    /// then a second project that only wants the bundled Kazakhstan 2022 dataset.
    /// </summary>
    [Collection(PackageFeedCollection.Name)]
    public sealed class NewUserTests
    {
        private const string Article =
            "HARROWFIELD, Monday - Storm winds brought down the old water tower in Harrowfield on Monday night.\n" +
            "\n" +
            "Two people were injured, the town police said. \"Nobody was under the tower when it fell,\" said police chief Ada Korven.\n" +
            "\n" +
            "Mayor Lennart Oby said repairs would cost 40,000 crowns.\n";

        internal const string Annotations =
            "# A user's own dataset: one invented article about one invented town.\n" +
            "dataset:\n" +
            "  id: harrowfield-storm\n" +
            "  title: The Harrowfield storm\n" +
            "\n" +
            "article:\n" +
            "  id: town-article\n" +
            "  seed: town.txt\n" +
            "  language: en\n" +
            "  title: Storm brings down Harrowfield water tower\n" +
            "  published: 2025-03-11\n" +
            "  published_source: inferred\n" +
            "\n" +
            "actors:\n" +
            "  - id: ada-korven\n" +
            "    kind: person\n" +
            "    name: Ada Korven\n" +
            "    aliases: [Korven, police chief Ada Korven]\n" +
            "    roles:\n" +
            "      - { title: Police chief, of: harrowfield-police }\n" +
            "  - id: harrowfield-police\n" +
            "    kind: security_force\n" +
            "    name: Harrowfield police\n" +
            "    aliases: [town police]\n" +
            "  - id: lennart-oby\n" +
            "    kind: person\n" +
            "    name: Lennart Oby\n" +
            "    aliases: [Oby, Mayor Lennart Oby]\n" +
            "\n" +
            "places:\n" +
            "  - id: harrowfield\n" +
            "    kind: city\n" +
            "    name: Harrowfield\n" +
            "    aliases: [HARROWFIELD]\n" +
            "\n" +
            "topics:\n" +
            "  - id: tower-repairs\n" +
            "    name: Repairs of the water tower\n" +
            "\n" +
            "events:\n" +
            "  - id: tower-collapse\n" +
            "    type: strategic_developments\n" +
            "    sub_type: other\n" +
            "    summary: Storm winds brought down the old water tower of Harrowfield.\n" +
            "    start: 2025-03-10\n" +
            "    precision: day\n" +
            "    place: harrowfield\n" +
            "    participants:\n" +
            "      - { actor: harrowfield-police, role: other }\n" +
            "    reports:\n" +
            "      - quote: Storm winds brought down the old water tower in Harrowfield on Monday night.\n" +
            "\n" +
            "figures:\n" +
            "  - id: tower-injured\n" +
            "    measure: injured\n" +
            "    subject: harrowfield\n" +
            "    value: Two\n" +
            "    qualifier: exact\n" +
            "    low: 2\n" +
            "    high: 2\n" +
            "    unit: people\n" +
            "    as_of: 2025-03-10\n" +
            "    claimed_by: harrowfield-police\n" +
            "    event: tower-collapse\n" +
            "    evidence:\n" +
            "      quote: Two people were injured, the town police said.\n" +
            "  - id: repair-cost\n" +
            "    measure: price\n" +
            "    subject: tower-repairs\n" +
            "    value: 40,000 crowns\n" +
            "    qualifier: exact\n" +
            "    low: 40000\n" +
            "    high: 40000\n" +
            "    unit: crowns\n" +
            "    claimed_by: lennart-oby\n" +
            "    place: harrowfield\n" +
            "    evidence:\n" +
            "      quote: Mayor Lennart Oby said repairs would cost 40,000 crowns.\n" +
            "\n" +
            "statements:\n" +
            "  - id: korven-nobody\n" +
            "    speaker: ada-korven\n" +
            "    text: Nobody was under the tower when it fell\n" +
            "    event: tower-collapse\n" +
            "    evidence:\n" +
            "      quote: '\"Nobody was under the tower when it fell,\" said police chief Ada Korven.'\n";

        private const string Program =
            "using Harrowfield.News;\n" +
            "using StructuredNews;\n" +
            "\n" +
            "NewsDataset ds = News.Dataset;\n" +
            "Console.WriteLine($\"dataset: {ds.Id}: {ds.Title}\");\n" +
            "Console.WriteLine($\"chief: {News.Actors.AdaKorven.Name}\");\n" +
            "Console.WriteLine($\"place: {News.Places.Harrowfield.Name}\");\n" +
            "foreach (Figure f in News.Dataset.Figures.About(Measure.Injured))\n" +
            "{\n" +
            "    Console.WriteLine($\"injured: {f.Value} ({f.Low}-{f.High} {f.Unit}), claimed by {f.ClaimedBy?.Name}: {f.Evidence.Quote}\");\n" +
            "}\n" +
            "Console.WriteLine($\"resolve korven: {ds.Actors.Resolve(\"korven\")?.Id}\");\n" +
            "Console.WriteLine($\"resolve town police: {ds.Actors.Resolve(\"Town Police\")?.Name}\");\n" +
            "Console.WriteLine($\"counts: {ds.Actors.Count} actors, {ds.Events.Count} events, {ds.Figures.Count} figures, {ds.Statements.Count} statements\");\n";

        private const string ExpectedOutput =
            "dataset: harrowfield-storm: The Harrowfield storm\n" +
            "chief: Ada Korven\n" +
            "place: Harrowfield\n" +
            "injured: Two (2-2 people), claimed by Harrowfield police: Two people were injured, the town police said.\n" +
            "resolve korven: ada-korven\n" +
            "resolve town police: Harrowfield police\n" +
            "counts: 3 actors, 1 events, 2 figures, 1 statements\n";

        private readonly PackageFeed feed;

        public NewUserTests(PackageFeed feed)
        {
            this.feed = feed;
        }

        [Fact]
        public void OwnAnnotationsCompileIntoTypedRecords()
        {
            var project = CreateUserProject("town", "Harrowfield.News", Annotations);

            var build = feed.Run(project, "build", "-c", "Release", "-nodeReuse:false");
            Assert.True(build.ExitCode == 0, build.Describe());
            Assert.DoesNotContain(": warning ", build.Output, StringComparison.Ordinal);

            var run = feed.Run(project, "run", "-c", "Release", "--no-build");
            Assert.True(run.ExitCode == 0, run.Describe());
            Assert.Equal(ExpectedOutput, run.StdOut.Replace("\r\n", "\n"));
        }

        [Fact]
        public void GeneratedSourcesDoNotDependOnWhereTheProjectLives()
        {
            // A '#' or ';' in a folder above the project (a folder named C#) once cut the project directory short.
            string Generated(string folder)
            {
                var project = CreateUserProject(folder, "Harrowfield.News", Annotations);
                var build = feed.Run(project, "build", "-c", "Release", "-nodeReuse:false", "-p:EmitCompilerGeneratedFiles=true", "-p:CompilerGeneratedFilesOutputPath=generated");
                Assert.True(build.ExitCode == 0, build.Describe());
                var root = Path.Combine(project, "generated");
                return string.Join("\n", Directory.GetFiles(root, "*.cs", SearchOption.AllDirectories)
                    .OrderBy(f => f, StringComparer.Ordinal)
                    .Select(f => Path.GetRelativePath(root, f).Replace('\\', '/') + "\n" + File.ReadAllText(f)));
            }

            var plain = Generated("where/plain/town");
            Assert.Contains("town.news.yaml", plain, StringComparison.Ordinal);
            Assert.Equal(plain, Generated("where/C#;x/town"));
        }

        [Fact]
        public void AMisquoteFailsTheBuildAtTheYamlLine()
        {
            const string Quote = "      quote: Two people were injured, the town police said.\n";
            Assert.Contains(Quote, Annotations);
            var broken = Annotations.Replace(Quote, "      quote: Two people were hurt, the town police said.\n");
            var line = broken.Substring(0, broken.IndexOf("people were hurt", StringComparison.Ordinal)).Count(c => c == '\n') + 1;
            var project = CreateUserProject("town-broken", "Harrowfield.News", broken);

            var build = feed.Run(project, "build", "-c", "Release", "-nodeReuse:false");

            Assert.True(build.ExitCode != 0, "The build should fail:\n" + build.Describe());
            var yaml = Path.Combine(project, "town.news.yaml");
            var error = Regex.Match(build.Output, Regex.Escape(yaml) + @"\((?<line>\d+),(?<column>\d+)\): error SN0012: [^\n]*'town-article'");
            Assert.True(error.Success, "Expected 'town.news.yaml(" + line + ",..): error SN0012' in:\n" + build.Describe());
            Assert.Equal(line, int.Parse(error.Groups["line"].Value, System.Globalization.CultureInfo.InvariantCulture));
        }

        [Fact]
        public void StructuredNewsEnabledFalseTurnsTheGeneratorOff()
        {
            var broken = Annotations.Replace("quote: Two people were injured", "quote: Two people were hurt");
            var project = CreateUserProject("town-off", "Harrowfield.News", broken);
            File.WriteAllText(Path.Combine(project, "Program.cs"), "Console.WriteLine(typeof(StructuredNews.NewsDataset).Name);\n");
            var csproj = Path.Combine(project, "Harrowfield.News.csproj");
            File.WriteAllText(csproj, File.ReadAllText(csproj).Replace("</PropertyGroup>", "  <StructuredNewsEnabled>false</StructuredNewsEnabled>\n  </PropertyGroup>"));

            var build = feed.Run(project, "build", "-c", "Release", "-nodeReuse:false", "-v:n");
            Assert.True(build.ExitCode == 0, build.Describe());
            Assert.DoesNotContain("SN0012", build.Output, StringComparison.Ordinal);
            // The compiler is not even given the generator.
            var compilerCalls = build.Output.Split('\n').Where(l => l.Contains("/analyzer:", StringComparison.Ordinal)).ToList();
            Assert.NotEmpty(compilerCalls);
            Assert.DoesNotContain(compilerCalls, l => l.Contains("StructuredNews.Generators.dll", StringComparison.Ordinal));
            var run = feed.Run(project, "run", "-c", "Release", "--no-build");
            Assert.Equal("NewsDataset\n", run.StdOut.Replace("\r\n", "\n"));
        }

        [Fact]
        public void TheBundledDatasetPackageBringsTheRuntimeAndItsData()
        {
            var project = CreateConsoleProject("kz", "KzReader");
            AddPackage(project, "StructuredNews.Kazakhstan2022");
            File.WriteAllText(Path.Combine(project, "Program.cs"),
                "using StructuredNews;\n" +
                "using StructuredNews.Kazakhstan2022;\n" +
                "\n" +
                "NewsDataset ds = Kazakhstan2022.Dataset;\n" +
                "Console.WriteLine($\"articles: {ds.Articles.Count}\");\n" +
                "Console.WriteLine($\"events: {ds.Events.Count}\");\n" +
                "Console.WriteLine($\"Tokajev: {ds.Actors.Resolve(\"Tokajev\")?.Id}\");\n" +
                "Console.WriteLine($\"typed: {Kazakhstan2022.Actors.KassymJomartTokayev.Name}\");\n");

            var build = feed.Run(project, "build", "-c", "Release", "-nodeReuse:false", "-v:n", "-p:EmitCompilerGeneratedFiles=true");
            Assert.True(build.ExitCode == 0, build.Describe());
            Assert.DoesNotContain(": warning ", build.Output, StringComparison.Ordinal);
            // StructuredNews came transitively with its buildTransitive targets and generator, which find no annotations and emit nothing.
            Assert.Contains(build.Output.Split('\n'), l => l.Contains("/analyzer:", StringComparison.Ordinal) && l.Contains("StructuredNews.Generators.dll", StringComparison.Ordinal));
            Assert.DoesNotContain(Directory.EnumerateFiles(Path.Combine(project, "obj"), "*.g.cs", SearchOption.AllDirectories),
                f => f.Replace('\\', '/').Contains("/StructuredNews.Generators/", StringComparison.Ordinal));
            var run = feed.Run(project, "run", "-c", "Release", "--no-build");
            Assert.True(run.ExitCode == 0, run.Describe());

            var lines = run.StdOut.Replace("\r\n", "\n").Split('\n', StringSplitOptions.RemoveEmptyEntries);
            Assert.Equal("articles: 5", lines[0]);
            var events = Regex.Match(lines[1], @"^events: (\d+)$");
            Assert.True(events.Success && int.Parse(events.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) > 0, run.StdOut);
            Assert.Equal("Tokajev: kassym-jomart-tokayev", lines[2]);
            Assert.Equal("typed: Kassym-Jomart Tokayev", lines[3]);
        }

        /// <summary>
        /// Issue 20's "done when": the tool from the feed in a tool manifest, run in a project with its own annotations,
        /// shows that project's data (never the bundled one), and the bundled one only when asked.
        /// </summary>
        [Fact]
        public void TheInstalledToolWorksOnTheProjectsOwnAnnotations()
        {
            var project = CreateUserProject("tool-user", "Harrowfield.News", Annotations);
            feed.Package("StructuredNews.Tool");
            Assert.True(feed.Run(project, "new", "tool-manifest").ExitCode == 0);
            var install = feed.Run(project, "tool", "install", "StructuredNews.Tool", "--version", feed.Version);
            Assert.True(install.ExitCode == 0, install.Describe());
            var build = feed.Run(project, "build", "-c", "Release", "-nodeReuse:false");
            Assert.True(build.ExitCode == 0, build.Describe());

            CommandResult Sn(params string[] args)
            {
                var result = feed.Run(project, new[] { "sn" }.Concat(args).ToArray());
                Assert.True(result.ExitCode == 0, result.Describe());
                return result;
            }

            const string Source = "sn: using the annotations of Harrowfield.News.csproj: 1 file, 1 article text.\n";
            var timeline = Sn("timeline");
            Assert.Equal(Source, timeline.StdErr.Replace("\r\n", "\n"));
            Assert.Contains("Storm winds brought down the old water tower of Harrowfield.", timeline.StdOut, StringComparison.Ordinal);
            Assert.DoesNotContain("Almaty", timeline.StdOut, StringComparison.Ordinal);
            Assert.Equal("0 errors, 0 warnings in 1 annotation file (1 article text).\n", Sn("validate").StdOut.Replace("\r\n", "\n"));
            Assert.StartsWith("ARTICLE", Sn("stats").StdOut, StringComparison.Ordinal);
            Assert.Contains("\"id\": \"harrowfield-storm\"", Sn("export", "--format", "json").StdOut, StringComparison.Ordinal);
            Sn("report", "--output", "report");
            Assert.Contains("Harrowfield", File.ReadAllText(Path.Combine(project, "report", "index.html")), StringComparison.Ordinal);

            // The compiled project shows the same, and the bundled dataset is there when asked for.
            var dll = Path.Combine(project, "bin", "Release", "net10.0", "Harrowfield.News.dll");
            Assert.Equal(timeline.StdOut, Sn("--assembly", dll, "timeline").StdOut);
            Assert.Contains("Almaty", Sn("--bundled", "timeline").StdOut, StringComparison.Ordinal);

            // A new annotation points the editor at the schema of the restored package.
            Directory.CreateDirectory(Path.Combine(project, "drafts"));
            Sn("new", "article", "articles/town.txt", "--id", "next", "--output", "drafts/next.yaml");
            var modeline = File.ReadLines(Path.Combine(project, "drafts", "next.yaml")).First();
            var schema = Path.GetFullPath(Path.Combine(project, "drafts", modeline.Substring("# yaml-language-server: $schema=".Length)));
            Assert.Equal(Path.Combine(feed.PackagesDirectory, "structurednews", feed.Version, "schema", "structurednews.schema.json"), schema);
            Assert.Equal(File.ReadAllText(Repo.PathOf("docs", "structurednews.schema.json")), File.ReadAllText(schema));
        }

        [Fact]
        public void AnAppExportsItsOwnDatasetInOneCall()
        {
            var project = CreateUserProject("export-user", "Harrowfield.News", Annotations);
            AddPackage(project, "StructuredNews.Export");
            File.WriteAllText(Path.Combine(project, "Program.cs"),
                "using StructuredNews.Export;\n" +
                "foreach (var file in DatasetExport.WriteTo(Harrowfield.News.News.Dataset, \"json\", \"out/news.json\"))\n" +
                "    Console.WriteLine(Path.GetFileName(file));\n" +
                "Console.WriteLine(System.Text.Json.JsonSerializer.Serialize(DatasetView.Of(Harrowfield.News.News.Dataset).Figures[0].Subject));\n");

            var build = feed.Run(project, "build", "-c", "Release", "-nodeReuse:false");
            Assert.True(build.ExitCode == 0, build.Describe());
            var run = feed.Run(project, "run", "-c", "Release", "--no-build");

            Assert.True(run.ExitCode == 0, run.Describe());
            Assert.Equal("news.json\n\"harrowfield\"\n", run.StdOut.Replace("\r\n", "\n"));
            Assert.Contains("\"topics\": [", File.ReadAllText(Path.Combine(project, "out", "news.json")), StringComparison.Ordinal);
        }

        /// <summary><c>dotnet new console</c>, the package from the feed, the user's own article and annotations.</summary>
        private string CreateUserProject(string folder, string name, string annotations)
        {
            var project = CreateConsoleProject(folder, name);
            AddPackage(project, "StructuredNews");
            Directory.CreateDirectory(Path.Combine(project, "articles"));
            File.WriteAllText(Path.Combine(project, "articles", "town.txt"), Article);
            File.WriteAllText(Path.Combine(project, "town.news.yaml"), annotations);
            File.WriteAllText(Path.Combine(project, "Program.cs"), Program);
            return project;
        }

        private string CreateConsoleProject(string folder, string name)
        {
            var project = feed.NewDirectory(folder);
            var create = feed.Run(project, "new", "console", "--name", name, "--output", project, "--framework", "net10.0", "--no-restore");
            Assert.True(create.ExitCode == 0, create.Describe());
            var csproj = Path.Combine(project, name + ".csproj");
            var text = File.ReadAllText(csproj);
            Assert.Contains("<Nullable>enable</Nullable>", text);
            Assert.DoesNotContain("<LangVersion>", text);
            // A careful user: every warning (the generator's SN00xx completeness warnings included) fails the build.
            File.WriteAllText(csproj, text.Replace("</PropertyGroup>", "  <TreatWarningsAsErrors>true</TreatWarningsAsErrors>\n  </PropertyGroup>"));
            return project;
        }

        private void AddPackage(string project, string id)
        {
            feed.Package("StructuredNews");
            feed.Package(id);
            var add = feed.Run(project, "add", "package", id, "--version", feed.Version);
            Assert.True(add.ExitCode == 0, add.Describe());
        }
    }
}
