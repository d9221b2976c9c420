
using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;
using StructuredNews.Synthetic;

namespace StructuredNews.Benchmarks.Infrastructure
{
    /// <summary>
    /// One data set as every variant sees it: annotation YAML and article texts, the JSON export, and the generated
    /// dataset's factory; plus the query arguments the benchmarks use on it.
    /// </summary>
    public sealed class BenchData
    {
        public const string Kazakhstan = "kazakhstan-2022";

        private static readonly Dictionary<string, BenchData> Cache = new Dictionary<string, BenchData>(StringComparer.Ordinal);

        private Func<NewsDataset>? factory;

        private BenchData(string name, string directory, List<(string Path, string Text)> annotations, List<(string Path, string Text)> articles, string jsonPath)
        {
            Name = name;
            Directory = directory;
            Annotations = annotations;
            Articles = articles;
            JsonPath = jsonPath;
            Json = File.ReadAllBytes(jsonPath);
        }

        public string Name { get; }

        /// <summary>Where the YAML lives on disk (the corpus root; the repository for the bundled data).</summary>
        public string Directory { get; }

        public List<(string Path, string Text)> Annotations { get; }

        public List<(string Path, string Text)> Articles { get; }

        public string JsonPath { get; }

        public byte[] Json { get; }

        /// <summary>A name that resolves only after folding case and accents.</summary>
        public string AliasQuery { get; private set; } = "";

        public string? AliasExpectedId { get; private set; }

        public string FigureId { get; private set; } = "";

        public NewsDate From { get; private set; }

        public NewsDate To { get; private set; }

        public Measure Measure => Measure.Killed;

        public string MeasureName => "killed";

        /// <summary>"kazakhstan-2022" or "synthetic-N".</summary>
        public static BenchData Get(string name)
        {
            lock (Cache)
            {
                if (!Cache.TryGetValue(name, out var data))
                {
                    data = name == Kazakhstan ? LoadKazakhstan() : LoadSynthetic(int.Parse(name.Substring("synthetic-".Length), CultureInfo.InvariantCulture));
                    Cache.Add(name, data);
                }

                return data;
            }
        }

        public static string SyntheticName(int n) => "synthetic-" + n.ToString(CultureInfo.InvariantCulture);

        /// <summary>
        /// Builds a fresh dataset the way the generated <c>Dataset</c> property does on first use (it caches its own
        /// instance in a static, so the benchmarks call the factory behind it).
        /// </summary>
        private Func<NewsDataset>? typedFactory;

        public Func<NewsDataset> Factory => factory ??= Name == Kazakhstan
            ? GeneratedDatasets.FactoryOf(typeof(StructuredNews.Kazakhstan2022.Kazakhstan2022))
            : GeneratedDatasets.FactoryOf(GeneratedDatasets.Compile(this));

        /// <summary>The typed alternative: the same dataset built by C# constructors (TypedSourceWriter), compiled once.</summary>
        public Func<NewsDataset> TypedFactory => typedFactory ??= GeneratedDatasets.CompileTyped(this);

        public static string CacheRoot
        {
            get
            {
                var root = Environment.GetEnvironmentVariable("SN_BENCH_CACHE") ?? Path.Combine(Path.GetTempPath(), "sn-bench");
                System.IO.Directory.CreateDirectory(root);
                return root;
            }
        }

        public static string RepoRoot()
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir != null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "StructuredNews.sln")))
                {
                    return dir.FullName;
                }
            }

            var cwd = System.IO.Directory.GetCurrentDirectory();
            if (File.Exists(Path.Combine(cwd, "StructuredNews.sln")))
            {
                return cwd;
            }

            throw new InvalidOperationException("StructuredNews.sln not found above " + AppContext.BaseDirectory);
        }

        /// <summary>Writes the synthetic corpus of <paramref name="n"/> articles (seed 1) into the cache once; returns its folder.</summary>
        public static string EnsureSyntheticCorpus(int n)
        {
            var dir = Path.Combine(CacheRoot, "corpus-n" + n.ToString(CultureInfo.InvariantCulture) + "-s1");
            var marker = Path.Combine(dir, ".complete");
            if (!File.Exists(marker))
            {
                if (System.IO.Directory.Exists(dir))
                {
                    System.IO.Directory.Delete(dir, true);
                }

                CorpusWriter.Write(CorpusGenerator.Generate(n, 1), dir);
                File.WriteAllText(marker, "");
            }

            return dir;
        }

        private static BenchData LoadSynthetic(int n)
        {
            var dir = EnsureSyntheticCorpus(n);
            var (annotations, articles) = CorpusCompilation.ReadDirectory(Path.Combine(dir, "data"), Path.Combine(dir, "articles"));
            var data = new BenchData(SyntheticName(n), dir, annotations, articles, Path.Combine(dir, "export.json"));
            var probe = CorpusGenerator.Generate(Math.Min(n, 3), 1);
            // The first actor of the pool (same seed → same pool start): upper case, and an accent on its first vowel.
            var name = probe.Actors[0].Name.ToUpperInvariant();
            var vowel = name.IndexOfAny(new[] { 'A', 'E', 'O', 'U', 'I' });
            data.AliasQuery = vowel < 0 ? name : name.Substring(0, vowel) + (char)(name[vowel] switch { 'A' => 'Á', 'E' => 'É', 'O' => 'Ö', 'U' => 'Ü', _ => 'Í' }) + name.Substring(vowel + 1);
            data.AliasExpectedId = probe.Actors[0].Id;
            var middle = (n + 1) / 2;
            data.FigureId = "f" + middle.ToString("D5", CultureInfo.InvariantCulture) + "-20";
            data.From = new NewsDate(2021, 3, 1);
            data.To = new NewsDate(2021, 3, 7);
            return data;
        }

        private static BenchData LoadKazakhstan()
        {
            var repo = RepoRoot();
            var (annotations, articles) = CorpusCompilation.ReadDirectory(Path.Combine(repo, "data", "kazakhstan-2022"), Path.Combine(repo, "seeds"), "data/kazakhstan-2022/", "seeds/");
            // Keyed by the dataset assembly's module id; written once, so that a process measuring the first load of
            // the generated dataset has not built it already.
            var json = Path.Combine(CacheRoot, "kazakhstan-2022-" + typeof(StructuredNews.Kazakhstan2022.Kazakhstan2022).Assembly.ManifestModule.ModuleVersionId.ToString("N").Substring(0, 8) + ".json");
            if (!File.Exists(json))
            {
                using var stream = File.Create(json + ".tmp");
                new StructuredNews.Export.JsonExporter().Write(StructuredNews.Kazakhstan2022.Kazakhstan2022.Dataset, stream);
            }

            if (!File.Exists(json))
            {
                File.Move(json + ".tmp", json);
            }

            return new BenchData(Kazakhstan, repo, annotations, articles, json)
            {
                AliasQuery = "ALICHAN smajylow", // the alias is "Älichan Smajylow"
                AliasExpectedId = "alikhan-smailov",
                FigureId = "f000-security-forces-killed",
                From = new NewsDate(2022, 1, 4),
                To = new NewsDate(2022, 1, 6),
            };
        }
    }

    /// <summary>Compiles a synthetic corpus with the generator into an assembly on disk (cached), and finds its factory.</summary>
    public static class GeneratedDatasets
    {
        /// <summary>
        /// The method the generated <c>Dataset</c> property gets its instance from. Today that is the private
        /// <c>Holder.Create()</c> of the generated class; when the runtime exposes a public factory that the generated
        /// code calls, return a delegate to that here (one line).
        /// </summary>
        public static Func<NewsDataset> FactoryOf(Type datasetClass)
        {
            const BindingFlags Flags = BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly;
            var candidates = new[] { datasetClass }.Concat(datasetClass.GetNestedTypes(BindingFlags.NonPublic | BindingFlags.Public))
                .SelectMany(t => t.GetMethods(Flags))
                .Where(m => m.ReturnType == typeof(NewsDataset) && m.GetParameters().Length == 0 && !m.IsSpecialName)
                .OrderBy(m => m.Name == "Create" ? 0 : 1)
                .ToList();
            if (candidates.Count == 0)
            {
                throw new InvalidOperationException("No parameterless NewsDataset factory in " + datasetClass.FullName + ": update GeneratedDatasets.FactoryOf.");
            }

            return candidates[0].CreateDelegate<Func<NewsDataset>>();
        }

        /// <summary>Compiles the typed alternative's sources (written from the generated dataset) and returns its Build method.</summary>
        public static Func<NewsDataset> CompileTyped(BenchData data)
        {
            var assemblyName = "Typed." + data.Name.Replace('-', '_');
            var path = Path.Combine(BenchData.CacheRoot, assemblyName + "-" + typeof(NewsDataset).Assembly.ManifestModule.ModuleVersionId.ToString("N").Substring(0, 8) + ".dll");
            if (!File.Exists(path))
            {
                var dataset = data.Factory();
                var trees = StructuredNews.Synthetic.TypedSourceWriter.Files(dataset)
                    .Select(f => Microsoft.CodeAnalysis.CSharp.CSharpSyntaxTree.ParseText(f.Text, CorpusCompilation.ParseOptions, f.Path));
                var resources = StructuredNews.Synthetic.TypedSourceWriter.Resources(dataset)
                    .Select(r => new ResourceDescription(r.Name, () => new MemoryStream(r.Content), isPublic: true));
                var compilation = CorpusCompilation.CreateCompilation(assemblyName).AddSyntaxTrees(trees);
                var tmp = path + ".tmp";
                using (var stream = File.Create(tmp))
                {
                    var result = compilation.Emit(stream, manifestResources: resources);
                    if (!result.Success)
                    {
                        throw new InvalidOperationException("The typed dataset does not compile:\n" + string.Join("\n", result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Take(10)));
                    }
                }

                File.Move(tmp, path, true);
            }

            var type = AssemblyLoadContext.Default.LoadFromAssemblyPath(path).GetType(StructuredNews.Synthetic.TypedSourceWriter.Namespace + ".TypedDataset", throwOnError: true)!;
            return type.GetMethod("Build")!.CreateDelegate<Func<NewsDataset>>();
        }

        public static Type Compile(BenchData data)
        {
            // Keyed by the generator's and the runtime's module ids: a rebuilt generator or runtime compiles afresh.
            var key = (typeof(StructuredNews.Generators.StructuredNewsGenerator).Assembly.ManifestModule.ModuleVersionId.ToString("N").Substring(0, 8) +
                typeof(NewsDataset).Assembly.ManifestModule.ModuleVersionId.ToString("N").Substring(0, 8));
            var assemblyName = "Synthetic." + data.Name.Replace('-', '_');
            var path = Path.Combine(BenchData.CacheRoot, assemblyName + "-" + key + ".dll");
            if (!File.Exists(path))
            {
                var (texts, options) = CorpusCompilation.Inputs(data.Annotations, data.Articles, CorpusCompilation.GlobalOptions());
                CorpusCompilation.CreateDriver(texts, options).RunGeneratorsAndUpdateCompilation(CorpusCompilation.CreateCompilation(assemblyName), out var output, out _);
                var tmp = path + ".tmp";
                using (var stream = File.Create(tmp))
                {
                    var result = output.Emit(stream);
                    if (!result.Success)
                    {
                        throw new InvalidOperationException("The generated dataset does not compile:\n" + string.Join("\n", result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Take(10)));
                    }
                }

                File.Move(tmp, path, true);
            }

            var assembly = AssemblyLoadContext.Default.LoadFromAssemblyPath(path);
            return assembly.GetType(CorpusCompilation.Namespace + "." + CorpusCompilation.ClassName, throwOnError: true)!;
        }
    }
}
