using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using StructuredNews.Generators.Tests.Infrastructure;
using Xunit;
using Xunit.Abstractions;

namespace StructuredNews.Generators.Tests.Parsing
{
    /// <summary>
    /// Differential fuzzing of <see cref="StructuredNews.Generators.Parsing.SimpleYamlScanner"/>: real and synthetic
    /// annotation files get one to three seeded mutations (characters YAML cares about inserted, deleted or replaced;
    /// tokens inserted; lines deleted, duplicated or re-indented), and for every case the fast scanner must either
    /// give up or give exactly YamlDotNet's tree, for input that YamlDotNet reads without an error. It must never throw.
    /// <para>Reproduce: YAML_FUZZ_SEED=&lt;seed&gt; YAML_FUZZ_FIRST=&lt;case&gt; YAML_FUZZ_CASES=1 (messages name seed, case, file and
    /// mutations; the mutated text is written to the temp folder, sn-yaml-fuzz/).</para>
    /// </summary>
    public class SimpleYamlScannerFuzzTests
    {
        public const int DefaultSeed = 20220106;
        public const int DefaultCases = 4000;
        private static readonly TimeSpan CaseHangGuard = TimeSpan.FromSeconds(30);

        private static readonly char[] Chars = { ':', '-', '"', '\'', '#', ' ', ' ', '\n', '\t', '[', ']', '{', '}', '|', '>', '&', '*', '!', '%', '\\', ',', '?' };

        private static readonly string[] Tokens =
        {
            ": ", "- ", "  ", "\n  ", "\n\n", "&a ", "*a", "!!str ", "|", ">-", "|+", "\"", "'", "''", "\\\"", "\\n", "\\x4", "\\u00e9", " #", "#", "? ",
            "\t", "---\n", "...\n", "%YAML 1.2\n", "[", "]", "{", "}", "[]", "{}", ", ", "x: y", "\n- ", "\r\n", "\u00e6", "\U0001F600",
        };

        private readonly ITestOutputHelper output;

        public SimpleYamlScannerFuzzTests(ITestOutputHelper output) => this.output = output;

        private enum Operator
        {
            InsertChar,
            DeleteChar,
            ReplaceChar,
            InsertToken,
            DeleteLine,
            DuplicateLine,
            Reindent,
            JoinLines,
        }

        [Fact]
        public async Task MutatedAnnotationsGiveYamlDotNetTreesOrFallBack()
        {
            var seed = FuzzSupport.ReadEnv("YAML_FUZZ_SEED", DefaultSeed);
            var cases = FuzzSupport.ReadEnv("YAML_FUZZ_CASES", DefaultCases);
            var first = FuzzSupport.ReadEnv("YAML_FUZZ_FIRST", 0);
            output.WriteLine("yaml fuzz: YAML_FUZZ_SEED=" + seed + " YAML_FUZZ_FIRST=" + first + " YAML_FUZZ_CASES=" + cases);

            // The synthetic files: the shared ones, one story's events and two articles (the quoted, flow-heavy style).
            var synthetic = YamlPaths.SyntheticYaml.Where(f => !f.Path.StartsWith("data/events/", StringComparison.Ordinal) && !f.Path.StartsWith("data/articles/", StringComparison.Ordinal))
                .Concat(YamlPaths.SyntheticYaml.Where(f => f.Path.StartsWith("data/events/", StringComparison.Ordinal)).Take(1))
                .Concat(YamlPaths.SyntheticYaml.Where(f => f.Path.StartsWith("data/articles/", StringComparison.Ordinal)).Take(2))
                .Select(f => ("synthetic/" + f.Path, f.Text));
            var files = YamlPaths.RepositoryYaml.Concat(synthetic).ToList();

            var failures = new ConcurrentQueue<string>();
            var stats = new ConcurrentDictionary<string, int>(StringComparer.Ordinal);
            var inFlight = new ConcurrentDictionary<int, (string What, long Started)>();
            var clock = Stopwatch.StartNew();
            var work = Task.Run(() => Parallel.For(first, first + cases, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, index =>
            {
                var random = new Random(unchecked(seed * 1000003 + index));
                var (path, text) = files[random.Next(files.Count)];
                var operators = new List<string>();
                var count = random.Next(3) == 0 ? random.Next(2, 4) : 1;
                for (var i = 0; i < count; i++)
                {
                    var op = (Operator)random.Next(8);
                    text = Mutate(text, op, random, out var detail);
                    operators.Add(op + detail);
                }

                var what = "seed " + seed + ", case " + index + ", file " + path + ", mutations " + string.Join(" + ", operators);
                inFlight[index] = (what, Stopwatch.GetTimestamp());
                try
                {
                    var outcome = RunCase(path, text, out var problem);
                    stats.AddOrUpdate(outcome, 1, (_, n) => n + 1);
                    if (problem != null)
                    {
                        failures.Enqueue(what + ": " + problem + "\n    input written to " + FuzzSupport.Dump("sn-yaml-fuzz", seed, index, text));
                    }
                }
                catch (Exception e)
                {
                    failures.Enqueue(what + ": threw " + e + "\n    input written to " + FuzzSupport.Dump("sn-yaml-fuzz", seed, index, text));
                }
                finally
                {
                    inFlight.TryRemove(index, out _);
                }
            }));

            while (await Task.WhenAny(work, Task.Delay(TimeSpan.FromSeconds(1))) != work)
            {
                var hung = inFlight.Values.Where(v => Stopwatch.GetElapsedTime(v.Started) > CaseHangGuard).Select(v => v.What).ToList();
                Assert.True(hung.Count == 0, "yaml fuzz case(s) running for more than " + CaseHangGuard + " (a hang?):\n  " + string.Join("\n  ", hung));
            }

            await work;
            output.WriteLine("yaml fuzz: " + cases + " cases over " + files.Count + " files in " + clock.Elapsed);
            output.WriteLine("yaml fuzz: outcomes " + string.Join(", ", stats.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Key + "=" + p.Value)));
            Assert.True(failures.IsEmpty, failures.Count + " of " + cases + " yaml fuzz cases failed (YAML_FUZZ_SEED=" + seed + "):\n" + string.Join("\n", failures.Take(15)));
            // Both outcomes must occur, or the fuzzer does not test what it claims.
            Assert.True(cases < 200 || stats.GetValueOrDefault("fast-same") > cases / 10 && stats.GetValueOrDefault("fallback-yaml-error") > 0,
                "degenerate outcomes: " + string.Join(", ", stats));
        }

        /// <summary>The outcome's name; <paramref name="problem"/> is set when the fast path disagrees with YamlDotNet.</summary>
        private static string RunCase(string path, string text, out string? problem)
        {
            problem = null;
            var (accepted, fast) = YamlPaths.Fast(path, text);
            var (expected, diagnostics) = YamlPaths.YamlDotNet(path, text);
            if (!accepted)
            {
                if (fast != null)
                {
                    problem = "the fast scanner gave up but returned a tree";
                }

                return diagnostics.Count > 0 ? "fallback-yaml-error" : "fallback-yaml-ok";
            }

            if (diagnostics.Count > 0)
            {
                problem = "the fast scanner read input that YamlDotNet rejects: " + string.Join("; ", diagnostics);
            }
            else if (YamlPaths.Difference(expected, fast) is { } difference)
            {
                problem = "the trees differ: " + difference;
            }

            return "fast-same";
        }

        private static string Mutate(string text, Operator op, Random random, out string detail)
        {
            detail = "";
            if (text.Length == 0)
            {
                return text;
            }

            switch (op)
            {
                case Operator.InsertChar:
                    {
                        var c = Chars[random.Next(Chars.Length)];
                        detail = "(" + YamlPaths.Escape(c.ToString()) + ")";
                        return text.Insert(Position(text, random), c.ToString());
                    }

                case Operator.DeleteChar:
                    {
                        var at = Math.Min(text.Length - 1, Position(text, random));
                        detail = "(" + YamlPaths.Escape(text[at].ToString()) + ")";
                        return text.Remove(at, 1);
                    }

                case Operator.ReplaceChar:
                    {
                        var at = Math.Min(text.Length - 1, Position(text, random));
                        var c = Chars[random.Next(Chars.Length)];
                        detail = "(" + YamlPaths.Escape(text[at] + "->" + c) + ")";
                        return text.Remove(at, 1).Insert(at, c.ToString());
                    }

                case Operator.InsertToken:
                    {
                        var token = Tokens[random.Next(Tokens.Length)];
                        detail = "(" + YamlPaths.Escape(token) + ")";
                        return text.Insert(Position(text, random), token);
                    }
            }

            var lines = text.Split('\n').ToList();
            var line = random.Next(lines.Count);
            switch (op)
            {
                case Operator.DeleteLine:
                    lines.RemoveAt(line);
                    break;
                case Operator.DuplicateLine:
                    lines.Insert(line, lines[line]);
                    break;
                case Operator.Reindent:
                    {
                        var body = lines[line].TrimStart(' ');
                        var delta = random.Next(5) switch { 0 => -2, 1 => 2, 2 => -1, 3 => 1, _ => random.Next(-6, 9) };
                        lines[line] = new string(' ', Math.Max(0, lines[line].Length - body.Length + delta)) + body;
                        break;
                    }

                default:
                    if (line + 1 < lines.Count)
                    {
                        lines[line] += lines[line + 1];
                        lines.RemoveAt(line + 1);
                    }

                    break;
            }

            detail = "(line " + (line + 1) + ")";
            return string.Join("\n", lines);
        }

        /// <summary>Half the time anywhere; otherwise at or next to a character YAML cares about.</summary>
        private static int Position(string text, Random random)
        {
            var at = random.Next(text.Length + 1);
            if (random.Next(2) == 0)
            {
                return at;
            }

            var next = text.IndexOfAny(new[] { ':', '-', '"', '\'', '#', '[', ']', '{', '}', '>', '|', '\n', ',' }, Math.Min(at, text.Length - 1));
            return next < 0 ? at : next + random.Next(2);
        }
    }
}
