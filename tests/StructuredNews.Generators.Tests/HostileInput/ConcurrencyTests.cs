using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using StructuredNews.Generators.Tests.Infrastructure;
using Xunit;
using Xunit.Abstractions;

namespace StructuredNews.Generators.Tests.HostileInput
{
    /// <summary>
    /// The compiler may run one generator instance on many threads and many compilations at once: the generator
    /// keeps no mutable static state, and parallel runs give identical results.
    /// </summary>
    public class ConcurrencyTests
    {
        /// <summary>
        /// Static fields that are not of a type proven immutable here, each with why it is safe. Kept exact: a new
        /// entry must be reviewed and added.
        /// </summary>
        private static readonly IReadOnlyDictionary<string, string> Reviewed = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["StructuredNews.Annotations.Parsing.AnnotationSchema.EvidenceFields"] =
                "private FieldSchema[]: only read while the static initialiser builds the Evidence and Report schemas (copied into ImmutableArrays)",
            ["StructuredNews.Storage.TableLayout.*"] =
                "linked runtime source: internal Field[] layouts built by the static initialiser and only read (the writer checks against them, " +
                "the reader skips by them); arrays for the reader's speed",
            ["StructuredNews.Annotations.Validation.NameFinder.ByTable"] =
                "ConditionalWeakTable, safe for concurrent use by design; GetValue may build a finder twice under a race, both equal",
            ["StructuredNews.Annotations.Validation.SpellingSearch.Finders"] =
                "ConditionalWeakTable, safe for concurrent use by design; GetValue may build a finder twice under a race, both equal",
            ["StructuredNews.Annotations.Diagnostics.DiagnosticDescriptors.ByIdTable"] =
                "private Dictionary filled once by BuildTable() in the static initialiser and only read afterwards (concurrent reads of a " +
                "Dictionary are safe); an ImmutableDictionary would make this provable",
            ["StructuredNews.VocabularyNames.Names`1.All"] = "runtime (loaded next to the generator): IReadOnlyList built once per enum in the static initialiser, never written",
            ["StructuredNews.VocabularyNames.Names`1.ByValue"] = "runtime (loaded next to the generator): IReadOnlyDictionary built once per enum in the static initialiser, never written",
            ["StructuredNews.VocabularyNames.Names`1.ByName"] = "runtime (loaded next to the generator): IReadOnlyDictionary built once per enum in the static initialiser, never written",
        };

        private readonly ITestOutputHelper output;

        public ConcurrencyTests(ITestOutputHelper output) => this.output = output;

        [Fact]
        public void EveryStaticFieldIsReadonlyAndImmutable()
        {
            // What the compiler runs: the generator, the engine, and of the runtime the vocabulary the engine reads.
            var types = typeof(StructuredNewsGenerator).Assembly.GetTypes()
                .Concat(typeof(StructuredNews.Annotations.AnnotationEngine).Assembly.GetTypes())
                .Concat(typeof(VocabularyNames).Assembly.GetTypes().Where(t => t == typeof(VocabularyNames) || t.DeclaringType == typeof(VocabularyNames)));
            var problems = new List<string>();
            var reviewedSeen = new List<string>();
            var count = 0;
            foreach (var type in types)
            {
                if (IsCompilerGenerated(type))
                {
                    continue; // lambda caches (<>c), <PrivateImplementationDetails>
                }

                foreach (var field in type.GetFields(BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
                {
                    if (field.IsLiteral)
                    {
                        continue; // const
                    }

                    count++;
                    var name = type.FullName + "." + field.Name;
                    output.WriteLine(name + " : " + field.FieldType);
                    if (!field.IsInitOnly)
                    {
                        problems.Add(name + " is not readonly");
                        continue;
                    }

                    var typeWide = type.FullName!.Replace('+', '.') + ".*";
                    if (Reviewed.ContainsKey(name.Replace('+', '.')) || Reviewed.ContainsKey(typeWide))
                    {
                        reviewedSeen.Add(Reviewed.ContainsKey(typeWide) ? typeWide : name.Replace('+', '.'));
                        continue;
                    }

                    if (!IsImmutable(field.FieldType, new HashSet<Type>(), out var why))
                    {
                        problems.Add(name + " : " + field.FieldType + " is not immutable (" + why + ")");
                    }
                }
            }

            output.WriteLine(count + " static fields checked");
            Assert.True(count > 10, "suspiciously few static fields: " + count);
            Assert.True(problems.Count == 0, "mutable static state in the generator:\n  " + string.Join("\n  ", problems));
            Assert.Equal(Reviewed.Keys.OrderBy(k => k, StringComparer.Ordinal), reviewedSeen.Distinct().OrderBy(k => k, StringComparer.Ordinal));
        }

        [Fact]
        public async Task ParallelRunsOnEightThreadsGiveIdenticalResults()
        {
            var files = HostileSupport.RealData;
            _ = HostileSupport.BaseCompilation;
            var expected = Describe(HostileSupport.Run(files));
            // One generator instance shared by every driver, as the compiler server would, and separate drivers.
            var shared = new StructuredNewsGenerator().AsSourceGenerator();
            using var barrier = new Barrier(8);
            var tasks = Enumerable.Range(0, 8).Select(i => Task.Factory.StartNew(() =>
            {
                GeneratorDriver driver = Microsoft.CodeAnalysis.CSharp.CSharpGeneratorDriver.Create(
                    new[] { i % 2 == 0 ? shared : new StructuredNewsGenerator().AsSourceGenerator() },
                    files.Select(f => (AdditionalText)f.ToAdditionalText()),
                    GeneratorHarness.ParseOptions,
                    GeneratorHarness.OptionsFor(files),
                    new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: false));
                barrier.SignalAndWait();
                driver = driver.RunGeneratorsAndUpdateCompilation(HostileSupport.BaseCompilation, out var outputCompilation, out var diagnostics);
                return Describe(new GeneratorRun(driver, HostileSupport.BaseCompilation, outputCompilation, diagnostics));
            }, TaskCreationOptions.LongRunning)).ToArray();
            var done = await Task.WhenAny(Task.WhenAll(tasks), Task.Delay(TimeSpan.FromSeconds(120)));
            Assert.True(tasks.All(t => t.IsCompleted), "parallel runs did not finish within 120 s");
            for (var i = 0; i < tasks.Length; i++)
            {
                var actual = await tasks[i];
                Assert.True(expected.SequenceEqual(actual), "thread " + i + " differs from the sequential run:\n  " +
                    string.Join("\n  ", actual.Except(expected).Take(3)));
            }
        }

        private static IReadOnlyList<string> Describe(GeneratorRun run)
        {
            Assert.Null(HostileSupport.GeneratorFailure(run.Result, run.DriverDiagnostics));
            Assert.Empty(run.CompilationErrors);
            return run.Sources.Select(s => "source " + s.HintName + "\n" + s.Text)
                .Concat(run.GeneratorDiagnostics.Select(d => "diagnostic " + d))
                .ToList();
        }

        private static bool IsCompilerGenerated(Type type)
        {
            for (var t = type; t != null; t = t.DeclaringType)
            {
                if (t.Name.StartsWith("<", StringComparison.Ordinal) || t.IsDefined(typeof(CompilerGeneratedAttribute), false))
                {
                    return true;
                }
            }

            return false;
        }

        private static readonly Type[] ImmutableGenerics =
        {
            typeof(ImmutableArray<>), typeof(ImmutableDictionary<,>), typeof(ImmutableHashSet<>), typeof(ImmutableList<>),
            typeof(ImmutableSortedDictionary<,>), typeof(ImmutableSortedSet<>), typeof(Nullable<>),
        };

        /// <summary>
        /// Immutable: primitives, enums, string, decimal, Type, DiagnosticDescriptor, delegates, the System.Collections.Immutable
        /// types (of immutable elements), and the generator's own types whose instance fields are all readonly and immutable.
        /// </summary>
        private static readonly Assembly[] OwnAssemblies = { typeof(StructuredNewsGenerator).Assembly, typeof(StructuredNews.Annotations.AnnotationEngine).Assembly };

        private static bool IsImmutable(Type type, HashSet<Type> visiting, out string why)
        {
            why = "";
            if (type.IsPrimitive || type.IsEnum || type == typeof(string) || type == typeof(decimal) || type == typeof(Type) ||
                type == typeof(DiagnosticDescriptor) || typeof(Delegate).IsAssignableFrom(type) || type.IsGenericParameter)
            {
                return true;
            }

            if (type.IsGenericType && ImmutableGenerics.Contains(type.GetGenericTypeDefinition()))
            {
                foreach (var argument in type.GetGenericArguments())
                {
                    if (!IsImmutable(argument, visiting, out why))
                    {
                        return false;
                    }
                }

                return true;
            }

            if (type.IsArray)
            {
                why = type + " is an array";
                return false;
            }

            if (!OwnAssemblies.Contains(type.Assembly))
            {
                why = type + " is not a known immutable type";
                return false;
            }

            if (!visiting.Add(type))
            {
                return true; // recursive structure: judged by its other fields
            }

            if (type.IsInterface)
            {
                // The checks of the catalog: each implementation must be immutable.
                foreach (var implementation in OwnAssemblies.SelectMany(a => a.GetTypes()).Where(t => !t.IsInterface && type.IsAssignableFrom(t)))
                {
                    if (!IsImmutable(implementation, visiting, out why))
                    {
                        return false;
                    }
                }

                return true;
            }

            for (var t = type; t != null && t != typeof(object) && t != typeof(ValueType); t = t.BaseType)
            {
                foreach (var field in t.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
                {
                    if (!field.IsInitOnly)
                    {
                        why = t.Name + "." + field.Name + " is not readonly";
                        return false;
                    }

                    if (!IsImmutable(field.FieldType, visiting, out why))
                    {
                        why = t.Name + "." + field.Name + ": " + why;
                        return false;
                    }
                }
            }

            return true;
        }
    }
}
