using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using StructuredNews.Generators.Tests.Infrastructure;
using Xunit;

namespace StructuredNews.Generators.Tests.HostileInput
{
    /// <summary>
    /// Shared helpers of the hostile-input tests: the real dataset under stable virtual paths, a cheap way to run the
    /// generator many times (one shared base compilation, no step tracking), and loading a compiled dataset.
    /// </summary>
    internal static class HostileSupport
    {
        public const string Namespace = "Sample.Data";
        public const string ClassName = "FloodData";

        private static readonly Lazy<IReadOnlyList<InputFile>> LazyRealData = new Lazy<IReadOnlyList<InputFile>>(LoadRealData);

        private static readonly Lazy<CSharpCompilation> LazyBase = new Lazy<CSharpCompilation>(() =>
        {
            var compilation = GeneratorHarness.CreateCompilation("HostileSample");
            // Binds the references once, so every compilation derived from this one shares the bound framework.
            compilation.GetDiagnostics();
            return compilation;
        });

        /// <summary>An empty library over the harness's references, created (and its references bound) once.</summary>
        public static CSharpCompilation BaseCompilation => LazyBase.Value;

        /// <summary>
        /// data/kazakhstan-2022/**/*.yaml and seeds/*.txt of the repository, as virtual paths under
        /// <see cref="GeneratorHarness.ProjectDir"/> (so hint names do not depend on the checkout), '\n' line endings,
        /// ordered by path.
        /// </summary>
        public static IReadOnlyList<InputFile> RealData => LazyRealData.Value;

        public static IEnumerable<InputFile> RealAnnotations => RealData.Where(f => f.Kind == InputFile.Annotation);

        public static IEnumerable<InputFile> RealSeeds => RealData.Where(f => f.Kind == InputFile.Article);

        private static IReadOnlyList<InputFile> LoadRealData()
        {
            var root = GeneratorHarness.RepoRoot();
            string Virtual(string full) => GeneratorHarness.ProjectDir + Path.GetRelativePath(root, full).Replace('\\', '/');
            string Read(string full) => File.ReadAllText(full).Replace("\r\n", "\n");
            var annotations = Directory.GetFiles(Path.Combine(root, "data", "kazakhstan-2022"), "*.yaml", SearchOption.AllDirectories)
                .Select(p => InputFile.Yaml(Virtual(p), Read(p)));
            var seeds = Directory.GetFiles(Path.Combine(root, "seeds"), "*.txt")
                .Select(p => InputFile.Seed(Virtual(p), Read(p)));
            var all = annotations.Concat(seeds).OrderBy(f => f.Path, StringComparer.Ordinal).ToList();
            Assert.Equal(10, all.Count(f => f.Kind == InputFile.Annotation));
            Assert.Equal(5, all.Count(f => f.Kind == InputFile.Article));
            return all;
        }

        /// <summary>A driver like the harness's, but without step tracking (cheaper when run thousands of times).</summary>
        public static GeneratorDriver CreateDriver(IReadOnlyList<InputFile> files, IReadOnlyDictionary<string, string>? globalOptions = null, bool track = false) =>
            CSharpGeneratorDriver.Create(
                new[] { new StructuredNewsGenerator().AsSourceGenerator() },
                files.Select(f => (AdditionalText)f.ToAdditionalText()),
                GeneratorHarness.ParseOptions,
                GeneratorHarness.OptionsFor(files, globalOptions),
                new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: track));

        /// <summary>Runs the generator over <paramref name="files"/> on the shared base compilation.</summary>
        public static GeneratorRun Run(IReadOnlyList<InputFile> files, IReadOnlyDictionary<string, string>? globalOptions = null, CancellationToken cancellationToken = default)
        {
            var driver = CreateDriver(files, globalOptions);
            driver = driver.RunGeneratorsAndUpdateCompilation(BaseCompilation, out var output, out var diagnostics, cancellationToken);
            return new GeneratorRun(driver, BaseCompilation, output, diagnostics);
        }

        /// <summary>The generator's exception (CS8785) if it threw, described for an assertion message.</summary>
        public static string? GeneratorFailure(GeneratorDriverRunResult result, ImmutableArray<Diagnostic> driverDiagnostics)
        {
            var exception = result.Results.Single().Exception;
            if (exception != null)
            {
                return "generator threw (CS8785): " + exception;
            }

            var cs8785 = driverDiagnostics.Concat(result.Diagnostics).FirstOrDefault(d => d.Id == "CS8785");
            return cs8785 == null ? null : "CS8785 reported: " + cs8785;
        }

        public static string Show(string text)
        {
            var builder = new System.Text.StringBuilder();
            foreach (var c in text)
            {
                if (c >= ' ' && c < 0x7F)
                {
                    builder.Append(c);
                }
                else
                {
                    builder.Append("\\u").Append(((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture));
                }
            }

            return builder.ToString();
        }

        /// <summary>
        /// Emits <paramref name="compilation"/>, loads it into a collectible <see cref="AssemblyLoadContext"/> (the
        /// StructuredNews runtime resolves to the test's own copy, so its types can be used directly), and hands the
        /// dataset class's <c>Dataset</c> value and the loaded assembly to <paramref name="use"/>.
        /// </summary>
        public static T WithLoadedDataset<T>(Compilation compilation, Func<global::StructuredNews.NewsDataset, Assembly, T> use, string className = Namespace + "." + ClassName)
        {
            using var stream = new MemoryStream();
            var emit = compilation.Emit(stream);
            Assert.True(emit.Success, "emit failed:\n" + Assertions.Format(emit.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)));
            stream.Position = 0;
            var context = new AssemblyLoadContext("hostile-" + Guid.NewGuid().ToString("N"), isCollectible: true);
            try
            {
                var assembly = context.LoadFromStream(stream);
                var type = assembly.GetType(className, throwOnError: true)!;
                var property = type.GetProperty("Dataset", BindingFlags.Public | BindingFlags.Static)!;
                object? value;
                try
                {
                    value = property.GetValue(null);
                }
                catch (TargetInvocationException e) when (e.InnerException != null)
                {
                    throw new Xunit.Sdk.XunitException("building the compiled dataset threw: " + e.InnerException);
                }

                return use((global::StructuredNews.NewsDataset)value!, assembly);
            }
            finally
            {
                context.Unload();
            }
        }
    }
}
