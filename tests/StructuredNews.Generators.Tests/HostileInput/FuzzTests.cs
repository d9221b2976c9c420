using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using StructuredNews.Generators.Tests.Infrastructure;
using Xunit;
using Xunit.Abstractions;

namespace StructuredNews.Generators.Tests.HostileInput
{
    /// <summary>
    /// Seeded mutation fuzzing of the real annotation files (data/kazakhstan-2022/**/*.yaml).
    /// <para>
    /// Each case picks one real file, applies one to three mutation operators to it and runs the generator over the
    /// WHOLE dataset with that file replaced (five seeds included), so an unbroken mutation really has to produce a
    /// clean, compiling dataset. To keep that cheap the generator runs incrementally: one driver is run once over
    /// the real data and every case calls <c>ReplaceAdditionalText</c> on it, so only the mutated file is re-parsed
    /// and re-emitted (drivers are immutable, so cases share the driver and run in parallel).
    /// </para>
    /// <para>
    /// Invalid UTF-8: the mutated text is encoded to UTF-8, bytes are corrupted, and the bytes are decoded again with
    /// a non-throwing <see cref="UTF8Encoding"/> (invalid sequences become U+FFFD), which is what
    /// <c>SourceText.From(stream)</c> does with a file that is not valid UTF-8.
    /// </para>
    /// <para>
    /// Compile check, made cheap: the declaration diagnostics of the whole output compilation (member signatures of
    /// every generated tree: collisions, bad names, bad types) plus syntax and method-body diagnostics of the
    /// generated trees whose text differs from the unmutated run (the bodies of unchanged trees cannot change
    /// meaning: they use only <c>global::</c>-qualified names, and the accessor classes they share are covered by the
    /// declaration diagnostics and by the changed trees' accessors that have the same shape). Every
    /// <see cref="FullCheckEvery"/>th case also compiles everything (<c>GetDiagnostics()</c>) as a cross-check.
    /// </para>
    /// <para>Reproduce: FUZZ_SEED=&lt;seed&gt; FUZZ_FIRST=&lt;case&gt; FUZZ_CASES=1 (every message names seed, case, file and operators; the mutated file is also written to the temp folder).</para>
    /// </summary>
    public class FuzzTests
    {
        public const int DefaultSeed = 20220105;
        public const int DefaultCases = 2000;
        private const int FullCheckEvery = 50;
        // A hang guard per case (a case normally takes well under a second), not a benchmark; the whole run is
        // printed, and takes about a minute on two idle cores (much longer on an overloaded machine, which is not a failure).
        private static readonly TimeSpan CaseHangGuard = TimeSpan.FromSeconds(60);

        private static readonly string[] Tokens =
        {
            ": ", "- ", "[", "]", "{", "}", "&a ", "*a", "!!str ", "%YAML 1.2", "---", "...", "|", ">", "\"", "'", "#", "? ", "\t",
        };

        private static readonly char[] NastyChars =
        {
            '\u0000', '\uFFFE', '\uFFFF', '\uD800', '\uDC00', '\uDBFF', '\u2028', '\u2029', '\u0085', '\uFEFF', '\u202E', '\u200F',
            '\u0007', '\u001B', '\u007F', '\r', '\u000B', '\u000C', '\u00A0', '\u3000',
        };

        private readonly ITestOutputHelper output;

        public FuzzTests(ITestOutputHelper output) => this.output = output;

        private enum Operator
        {
            DeleteLine,
            DuplicateLine,
            SwapLines,
            Reindent,
            Truncate,
            InsertToken,
            InsertRandomChars,
            InvalidUtf8,
            BlankValue,
            ObjectMemberId,
        }

        [Fact]
        public async Task MutatedRealAnnotationsNeverCrashTheGeneratorAndAlwaysCompile()
        {
            var seed = FuzzSupport.ReadEnv("FUZZ_SEED", DefaultSeed);
            var cases = FuzzSupport.ReadEnv("FUZZ_CASES", DefaultCases);
            var first = FuzzSupport.ReadEnv("FUZZ_FIRST", 0);
            output.WriteLine("fuzz: FUZZ_SEED=" + seed + " FUZZ_FIRST=" + first + " FUZZ_CASES=" + cases);

            var files = HostileSupport.RealData;
            var texts = files.Select(f => f.ToAdditionalText()).ToList();
            var annotations = Enumerable.Range(0, files.Count).Where(i => files[i].Kind == InputFile.Annotation).ToArray();
            var compilation = HostileSupport.BaseCompilation;
            var driver = CSharpDriver(files, texts);
            driver = driver.RunGeneratorsAndUpdateCompilation(compilation, out var baselineOutput, out var baselineDiagnostics);
            var baselineResult = driver.GetRunResult();
            Assert.Null(HostileSupport.GeneratorFailure(baselineResult, baselineDiagnostics));
            Assert.Empty(baselineResult.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error));
            Assert.Empty(baselineOutput.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
            var baseline = baselineResult.Results.Single().GeneratedSources.ToDictionary(s => s.HintName, s => s.SourceText.ToString(), StringComparer.Ordinal);

            var failures = new ConcurrentQueue<string>();
            var inFlight = new ConcurrentDictionary<int, (string What, long Started)>();
            var stats = new ConcurrentDictionary<string, int>(StringComparer.Ordinal);
            var slowest = (Ms: 0L, What: "");
            var gate = new object();
            var clock = Stopwatch.StartNew();

            var work = Task.Run(() => Parallel.For(first, first + cases, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, index =>
            {
                var random = new Random(unchecked(seed * 1000003 + index));
                var target = annotations[random.Next(annotations.Length)];
                var operators = new List<Operator> { (Operator)(index % 8) };
                var extra = random.Next(4) == 0 ? random.Next(1, 3) : 0;
                for (var i = 0; i < extra; i++)
                {
                    operators.Add((Operator)random.Next(8));
                }

                var mutated = files[target].Text;
                foreach (var op in operators)
                {
                    mutated = Mutate(mutated, op, random);
                }

                var what = "seed " + seed + ", case " + index + ", file " + files[target].Path + ", operators " + string.Join("+", operators);
                inFlight[index] = (what, Stopwatch.GetTimestamp());
                var caseClock = Stopwatch.StartNew();
                try
                {
                    var problem = RunCase(driver, compilation, texts[target], files[target].Path, mutated, baseline, index % FullCheckEvery == 0, stats);
                    if (problem != null)
                    {
                        failures.Enqueue(what + ": " + problem + "\n    input written to " + FuzzSupport.Dump("sn-fuzz", seed, index, mutated));
                    }
                }
                catch (Exception e)
                {
                    failures.Enqueue(what + ": the run threw " + e + "\n    input written to " + FuzzSupport.Dump("sn-fuzz", seed, index, mutated));
                }
                finally
                {
                    inFlight.TryRemove(index, out _);
                    lock (gate)
                    {
                        if (caseClock.ElapsedMilliseconds > slowest.Ms)
                        {
                            slowest = (caseClock.ElapsedMilliseconds, what);
                        }
                    }
                }
            }));

            while (await Task.WhenAny(work, Task.Delay(TimeSpan.FromSeconds(1))) != work)
            {
                var hung = inFlight.Values.Where(v => Stopwatch.GetElapsedTime(v.Started) > CaseHangGuard).Select(v => v.What).ToList();
                Assert.True(hung.Count == 0, "fuzz case(s) running for more than " + CaseHangGuard + " (a hang?):\n  " + string.Join("\n  ", hung));
            }

            output.WriteLine("fuzz: " + cases + " cases in " + clock.Elapsed + "; slowest case " + slowest.Ms + " ms (" + slowest.What + ")");
            output.WriteLine("fuzz: outcomes " + string.Join(", ", stats.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Key + "=" + p.Value)));
            Assert.True(failures.IsEmpty, failures.Count + " of " + cases + " fuzz cases failed (FUZZ_SEED=" + seed + "):\n" + string.Join("\n", failures.Take(15)));
            // The fuzzer must exercise both outcomes, or it is not testing what it claims.
            Assert.True(cases < 100 || stats.GetValueOrDefault("clean") > 0 && stats.GetValueOrDefault("sn-error") > 0, "degenerate fuzz outcomes: " + string.Join(", ", stats));
        }

        private static GeneratorDriver CSharpDriver(IReadOnlyList<InputFile> files, IReadOnlyList<InMemoryAdditionalText> texts) =>
            Microsoft.CodeAnalysis.CSharp.CSharpGeneratorDriver.Create(
                new[] { new StructuredNewsGenerator().AsSourceGenerator() },
                texts,
                GeneratorHarness.ParseOptions,
                GeneratorHarness.OptionsFor(files),
                new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: false));

        /// <summary>One case; null when it passes, otherwise what went wrong.</summary>
        private static string? RunCase(GeneratorDriver driver, Compilation compilation, AdditionalText original, string path, string mutated,
            IReadOnlyDictionary<string, string> baseline, bool fullCheck, ConcurrentDictionary<string, int> stats)
        {
            var replaced = driver.ReplaceAdditionalText(original, new InMemoryAdditionalText(path, mutated));
            replaced = replaced.RunGeneratorsAndUpdateCompilation(compilation, out var outputCompilation, out var driverDiagnostics);
            var result = replaced.GetRunResult();
            if (HostileSupport.GeneratorFailure(result, driverDiagnostics) is { } failure)
            {
                return failure;
            }

            var diagnostics = result.Diagnostics;
            if (diagnostics.FirstOrDefault(d => d.Id == "SN0999") is { } internalError)
            {
                return "internal generator error (a caught bug): " + internalError;
            }

            if (diagnostics.FirstOrDefault(d => !d.Id.StartsWith("SN", StringComparison.Ordinal)) is { } foreign)
            {
                return "non-SN diagnostic from the generator: " + foreign;
            }

            var snErrors = diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error);
            var sources = result.Results.Single().GeneratedSources;
            if (snErrors == 0)
            {
                // No error: the mutated file still contributes its source, nothing was silently dropped.
                if (!sources.Any(s => s.HintName.Contains(Path.GetFileNameWithoutExtension(path), StringComparison.Ordinal)) ||
                    !sources.Any(s => s.HintName == "StructuredNews.Dataset.g.cs"))
                {
                    return "no SN error but sources are missing: " + string.Join(", ", sources.Select(s => s.HintName));
                }
            }

            var changed = sources.Where(s => !baseline.TryGetValue(s.HintName, out var text) || text != s.SourceText.ToString()).Select(s => s.SyntaxTree).ToList();
            IEnumerable<Diagnostic> errors = outputCompilation.GetDeclarationDiagnostics()
                .Concat(changed.SelectMany(t => t.GetDiagnostics()))
                .Concat(changed.SelectMany(t => outputCompilation.GetSemanticModel(t).GetMethodBodyDiagnostics()));
            if (fullCheck)
            {
                errors = errors.Concat(outputCompilation.GetDiagnostics());
            }

            var compileErrors = errors.Where(d => d.Severity == DiagnosticSeverity.Error).Distinct().ToList();
            if (compileErrors.Count > 0)
            {
                return "the generated code has C# errors" + (snErrors > 0 ? " (besides " + snErrors + " SN errors)" : "") + ":\n      " +
                    string.Join("\n      ", compileErrors.Take(5));
            }

            stats.AddOrUpdate(snErrors > 0 ? "sn-error" : diagnostics.Length > 0 ? "sn-warning-only" : "clean", 1, (_, n) => n + 1);
            return null;
        }

        private static string Mutate(string text, Operator op, Random random)
        {
            var lines = text.Split('\n').ToList();
            int Line() => random.Next(lines.Count);
            switch (op)
            {
                case Operator.DeleteLine:
                    if (lines.Count > 1)
                    {
                        lines.RemoveAt(Line());
                    }

                    return string.Join("\n", lines);
                case Operator.DuplicateLine:
                    {
                        var i = Line();
                        lines.Insert(i, lines[i]);
                        return string.Join("\n", lines);
                    }

                case Operator.SwapLines:
                    {
                        var i = Line();
                        var j = random.Next(3) == 0 ? Line() : Math.Min(lines.Count - 1, i + 1);
                        (lines[i], lines[j]) = (lines[j], lines[i]);
                        return string.Join("\n", lines);
                    }

                case Operator.Reindent:
                    {
                        var i = Line();
                        var body = lines[i].TrimStart(' ');
                        var indent = lines[i].Length - body.Length;
                        var delta = random.Next(5) switch { 0 => -2, 1 => 2, 2 => -1, 3 => 1, _ => random.Next(-6, 9) };
                        lines[i] = new string(' ', Math.Max(0, indent + delta)) + body;
                        return string.Join("\n", lines);
                    }

                case Operator.Truncate:
                    return text.Substring(0, random.Next(text.Length + 1));
                case Operator.InsertToken:
                    return text.Insert(random.Next(text.Length + 1), Tokens[random.Next(Tokens.Length)]);
                case Operator.InsertRandomChars:
                    {
                        var builder = new StringBuilder();
                        var count = random.Next(1, 6);
                        for (var i = 0; i < count; i++)
                        {
                            switch (random.Next(4))
                            {
                                case 0:
                                    builder.Append(NastyChars[random.Next(NastyChars.Length)]);
                                    break;
                                case 1:
                                    builder.Append((char)random.Next(0, 0x10000)); // any UTF-16 code unit, lone surrogates included
                                    break;
                                case 2:
                                    builder.Append(char.ConvertFromUtf32(random.Next(0x10000, 0x110000) is var cp && cp is >= 0xD800 and <= 0xDFFF ? 0x1F600 : cp));
                                    break;
                                default:
                                    builder.Append((char)random.Next(0, 0x80)); // ASCII, controls included
                                    break;
                            }
                        }

                        return text.Insert(random.Next(text.Length + 1), builder.ToString());
                    }

                case Operator.InvalidUtf8:
                    {
                        var bytes = Encoding.UTF8.GetBytes(text).ToList();
                        var count = random.Next(1, 4);
                        for (var i = 0; i < count; i++)
                        {
                            var at = random.Next(bytes.Count + 1);
                            switch (random.Next(4))
                            {
                                case 0 when at < bytes.Count:
                                    bytes[at] = (byte)random.Next(0x80, 0x100); // a stray continuation or lead byte
                                    break;
                                case 1:
                                    bytes.InsertRange(at, new byte[] { 0xC0, 0xAF }); // overlong '/'
                                    break;
                                case 2:
                                    bytes.InsertRange(at, new byte[] { 0xED, 0xA0, 0x80 }); // an encoded surrogate (CESU)
                                    break;
                                default:
                                    bytes.InsertRange(at, new byte[] { 0xE2, 0x82 }); // a truncated 3-byte sequence
                                    break;
                            }
                        }

                        return new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false).GetString(bytes.ToArray());
                    }

                case Operator.BlankValue:
                    {
                        // A value made null or blank ("name: ~", "name:", "name: \"  \""): required keys give SN0040.
                        var keyed = Enumerable.Range(0, lines.Count).Where(i => lines[i].Contains(": ", StringComparison.Ordinal)).ToList();
                        if (keyed.Count == 0)
                        {
                            return text;
                        }

                        var line = keyed[random.Next(keyed.Count)];
                        var colon = lines[line].IndexOf(": ", StringComparison.Ordinal);
                        lines[line] = lines[line].Substring(0, colon + 1) + new[] { " ~", "", " null", " \"\"", " \"   \"" }[random.Next(5)];
                        return string.Join("\n", lines);
                    }

                case Operator.ObjectMemberId:
                    {
                        // An id named like a member of object: its accessor must not hide the member (CS0108).
                        var ids = Regex.Matches(text, "id: ([a-z0-9-]+)");
                        if (ids.Count == 0)
                        {
                            return text;
                        }

                        var id = ids[random.Next(ids.Count)].Groups[1].Value;
                        var member = new[] { "equals", "to-string", "get-hash-code", "get-type", "memberwise-clone", "reference-equals", "finalize" }[random.Next(7)];
                        return Regex.Replace(text, "\\b" + Regex.Escape(id) + "\\b", member);
                    }

                default:
                    throw new ArgumentOutOfRangeException(nameof(op));
            }
        }
    }
}
