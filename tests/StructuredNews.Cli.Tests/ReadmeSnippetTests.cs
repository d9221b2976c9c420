using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace StructuredNews.Cli.Tests
{
    /// <summary>
    /// Every C# snippet of the READMEs compiles without a warning and runs: the repository's README and each package's.
    /// A README's blocks form one project: a block after <c>&lt;!-- file: PATH --&gt;</c> is that file (annotations,
    /// article texts, Program.cs), an unmarked C# block is Program.cs, <c>&lt;!-- project: NAME --&gt;</c> names the
    /// project (its root namespace), and the block after <c>&lt;!-- output --&gt;</c> is what the program prints.
    /// The program runs as its own process, in a folder of its own.
    /// </summary>
    public class ReadmeSnippetTests
    {
        // What `dotnet new console` turns on (ImplicitUsings).
        private const string ImplicitUsings =
            "global using System;\nglobal using System.Collections.Generic;\nglobal using System.IO;\nglobal using System.Linq;\n"
            + "global using System.Net.Http;\nglobal using System.Threading;\nglobal using System.Threading.Tasks;\n";

        private static readonly Regex Block = new Regex(@"(?:<!-- (?<marker>file: (?<file>[^ ]+)|output) -->\r?\n)?```(?<lang>[a-z]*)\r?\n(?<body>.*?)```", RegexOptions.Singleline);

        public static TheoryData<string> Readmes => new TheoryData<string>
        {
            "README.md",
            "src/StructuredNews/README.md",
            "src/StructuredNews.Kazakhstan2022/README.md",
            "src/StructuredNews.Export/README.md",
        };

        [Theory]
        [MemberData(nameof(Readmes))]
        public void EveryCSharpSnippetCompilesAndRuns(string readme)
        {
            var text = File.ReadAllText(Path.Combine(Repo.Root, readme)).Replace("\r\n", "\n");
            var project = Regex.Match(text, "<!-- project: (?<name>[^ ]+) -->") is { Success: true } m ? m.Groups["name"].Value : "Snippet";
            var files = new Dictionary<string, string>(StringComparer.Ordinal);
            string? expectedOutput = null;
            foreach (Match block in Block.Matches(text))
            {
                var body = block.Groups["body"].Value;
                if (block.Groups["marker"].Value == "output")
                {
                    expectedOutput = body;
                }
                else if (block.Groups["file"].Success)
                {
                    files.Add(block.Groups["file"].Value, body);
                }
                else if (block.Groups["lang"].Value == "csharp")
                {
                    files.Add("Program.cs", body);
                }
            }

            Assert.True(files.ContainsKey("Program.cs"), readme + " has no C# snippet");
            var dir = Repo.TempDirectory();
            foreach (var (path, body) in files)
            {
                var full = Path.Combine(dir, path);
                Directory.CreateDirectory(Path.GetDirectoryName(full)!);
                File.WriteAllText(full, body);
            }

            var dll = Compile(dir, project, files.Keys);
            var run = RunProcess(dir, dll);

            Assert.True(run.ExitCode == 0, readme + ": the snippet exited with " + run.ExitCode + ":\n" + run.Output + run.Error);
            if (expectedOutput != null)
            {
                Assert.Equal(expectedOutput, run.Output.Replace("\r\n", "\n"));
            }
        }

        private static string Compile(string dir, string project, IEnumerable<string> paths)
        {
            var parse = new CSharpParseOptions(LanguageVersion.Latest);
            var trees = paths.Where(p => p.EndsWith(".cs", StringComparison.Ordinal))
                .Select(p => CSharpSyntaxTree.ParseText(File.ReadAllText(Path.Combine(dir, p)), parse, Path.Combine(dir, p)))
                .Append(CSharpSyntaxTree.ParseText(ImplicitUsings, parse, "ImplicitUsings.cs"));
            var ours = new[] { typeof(NewsDataset), typeof(Kazakhstan2022.Kazakhstan2022), typeof(Export.DatasetExport) }.Select(t => t.Assembly.Location).ToList();
            var framework = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
                .Where(p => p.Contains("Microsoft.NETCore.App", StringComparison.Ordinal));
            var compilation = CSharpCompilation.Create(
                "Snippet",
                trees,
                framework.Concat(ours).Select(p => MetadataReference.CreateFromFile(p)),
                new CSharpCompilationOptions(OutputKind.ConsoleApplication, nullableContextOptions: NullableContextOptions.Enable));

            var inputs = paths.Where(p => p.EndsWith(".news.yaml", StringComparison.Ordinal)).Select(p => (Path.Combine(dir, p), "annotation"))
                .Concat(paths.Where(p => p.StartsWith("articles/", StringComparison.Ordinal)).Select(p => (Path.Combine(dir, p), "article")));
            InProcessBuild.Driver(inputs, project).RunGeneratorsAndUpdateCompilation(compilation, out var output, out var generatorDiagnostics);
            var problems = generatorDiagnostics.Concat(output.GetDiagnostics()).Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();
            Assert.True(problems.Count == 0, string.Join("\n", problems));

            var dll = Path.Combine(dir, "Snippet.dll");
            var emit = output.Emit(dll);
            Assert.True(emit.Success, string.Join("\n", emit.Diagnostics));
            foreach (var reference in WithDependencies(ours, framework))
            {
                File.Copy(reference, Path.Combine(dir, Path.GetFileName(reference)));
            }

            File.WriteAllText(Path.Combine(dir, "Snippet.runtimeconfig.json"),
                "{\"runtimeOptions\":{\"tfm\":\"net10.0\",\"framework\":{\"name\":\"Microsoft.NETCore.App\",\"version\":\"" + Environment.Version.ToString(3) + "\"}}}");
            return dll;
        }

        /// <summary>
        /// Our assemblies and every assembly they load outside the shared framework (CsvHelper, Parquet.Net, ...), as an
        /// app's output folder has them.
        /// </summary>
        private static IEnumerable<string> WithDependencies(IEnumerable<string> assemblies, IEnumerable<string> framework)
        {
            var shared = new HashSet<string>(framework.Select(Path.GetFileNameWithoutExtension)!, StringComparer.OrdinalIgnoreCase);
            var seen = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            var pending = new Queue<System.Reflection.Assembly>(assemblies.Select(System.Reflection.Assembly.LoadFrom));
            while (pending.Count > 0)
            {
                var assembly = pending.Dequeue();
                if (!seen.TryAdd(assembly.GetName().Name!, assembly.Location))
                {
                    continue;
                }

                foreach (var name in assembly.GetReferencedAssemblies().Where(n => !shared.Contains(n.Name!) && !seen.ContainsKey(n.Name!)))
                {
                    pending.Enqueue(System.Reflection.Assembly.Load(name));
                }
            }

            return seen.Values;
        }

        private static (int ExitCode, string Output, string Error) RunProcess(string dir, string dll)
        {
            var start = new ProcessStartInfo("dotnet") { WorkingDirectory = dir, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            start.ArgumentList.Add(dll);
            using var process = Process.Start(start)!;
            var error = process.StandardError.ReadToEndAsync();
            var output = process.StandardOutput.ReadToEnd();
            if (!process.WaitForExit(60_000))
            {
                process.Kill(entireProcessTree: true);
                return (-1, output, "timed out");
            }

            return (process.ExitCode, output, error.Result);
        }
    }
}
