using System;
using System.Diagnostics;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using StructuredNews.Annotations.Parsing;
using StructuredNews.Generators.Tests.Infrastructure;
using Xunit;
using Xunit.Abstractions;

namespace StructuredNews.Generators.Tests.HostileInput
{
    /// <summary>
    /// Inputs built to exhaust time, stack or memory: each must end with SN0018 (a safety limit), quickly, with
    /// bounded allocation, without an exception escaping and with generated code that still compiles. The time
    /// bound is a hang guard, not a benchmark; the allocation bound is deliberately generous.
    /// </summary>
    public class BombTests
    {
        private const string Path = GeneratorHarness.ProjectDir + "bomb.yaml";
        private static readonly TimeSpan HangGuard = TimeSpan.FromSeconds(30);
        private const long AllocationBound = 512L * 1024 * 1024;

        private readonly ITestOutputHelper output;

        public BombTests(ITestOutputHelper output) => this.output = output;

        [Fact]
        public Task BillionLaughsIsRejected()
        {
            // Ten levels, each a sequence of ten aliases of the level below: 10^10 leaves if expanded.
            var yaml = new StringBuilder("lol0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
            for (var level = 1; level < 10; level++)
            {
                yaml.Append("lol").Append(level).Append(": &a").Append(level).Append(" [")
                    .Append(string.Join(", ", Enumerable.Repeat("*a" + (level - 1), 10))).Append("]\n");
            }

            yaml.Append("actors: *a9\n");
            return ExpectLimit(yaml.ToString(), "billion laughs");
        }

        [Fact]
        public Task AliasesWithoutAnchorsAreRejected() =>
            ExpectLimit("actors: [*a, *a, *a]\n", "undefined aliases");

        [Fact]
        public Task FlowMappingNested100000DeepIsRejected()
        {
            const int Depth = 100_000;
            var yaml = new StringBuilder(Depth * 5 + 10);
            yaml.Insert(0, "{a: ", Depth).Append('x').Append('}', Depth).Append('\n');
            return ExpectLimit(yaml.ToString(), "flow mappings nested " + Depth + " deep");
        }

        [Fact]
        public Task FlowSequenceNested100000DeepIsRejected()
        {
            const int Depth = 100_000;
            var yaml = "actors: " + new string('[', Depth) + new string(']', Depth) + "\n";
            return ExpectLimit(yaml, "flow sequences nested " + Depth + " deep");
        }

        [Fact]
        public Task BlockMappingNested1000DeepIsRejected()
        {
            // Block style grows quadratically with depth (indentation), so 1,000 levels (~1 MB) stand in for "very deep".
            const int Depth = 1_000;
            var yaml = new StringBuilder();
            for (var i = 0; i < Depth; i++)
            {
                yaml.Append(' ', i).Append("a:\n");
            }

            yaml.Append(' ', Depth).Append("x\n");
            return ExpectLimit(yaml.ToString(), "block mappings nested " + Depth + " deep");
        }

        [Fact]
        public Task FileLargerThanTheLimitIsRejected()
        {
            var yaml = "actors:\n  - id: a\n    kind: person\n    name: \"" + new string('x', YamlTreeReader.MaxFileLength) + "\"\n";
            Assert.True(yaml.Length > YamlTreeReader.MaxFileLength);
            return ExpectLimit(yaml, "a file of " + yaml.Length + " characters");
        }

        [Fact]
        public async Task FileExactlyAtTheLimitIsRead()
        {
            // The boundary: MaxFileLength characters is still read (a comment padding a valid file); no SN0018.
            var head = "topics:\n  - id: t\n    name: T\n#";
            var yaml = head + new string('x', YamlTreeReader.MaxFileLength - head.Length - 1) + "\n";
            Assert.Equal(YamlTreeReader.MaxFileLength, yaml.Length);
            var run = await Guarded(yaml, "a file of exactly the limit");
            Assert.Empty(run.WithId("SN0018"));
            Assert.Empty(run.Errors);
        }

        private async Task ExpectLimit(string yaml, string what)
        {
            var run = await Guarded(yaml, what);
            Assert.True(run.WithId("SN0018").Length >= 1, what + ": expected SN0018, got:\n" + Assertions.Format(run.GeneratorDiagnostics));
            Assert.DoesNotContain(run.GeneratorDiagnostics, d => d.Id == "SN0999");
        }

        private async Task<GeneratorRun> Guarded(string yaml, string what)
        {
            _ = HostileSupport.BaseCompilation; // its one-off setup is not the bomb's cost
            var clock = Stopwatch.StartNew();
            // On a thread-pool thread (a smaller stack than the main thread's, so recursion would show too). The
            // driver runs the generator synchronously on the calling thread, so that thread's allocation counter
            // measures the run without counting tests that run in parallel.
            var work = Task.Run(() =>
            {
                var before = GC.GetAllocatedBytesForCurrentThread();
                var result = HostileSupport.Run(new[] { InputFile.Yaml(Path, yaml) });
                return (Run: result, Allocated: GC.GetAllocatedBytesForCurrentThread() - before);
            });
            var finished = await Task.WhenAny(work, Task.Delay(HangGuard)) == work;
            Assert.True(finished, what + ": the generator did not finish within " + HangGuard);
            var (run, allocated) = await work;
            output.WriteLine(what + ": " + clock.ElapsedMilliseconds + " ms, ~" + allocated / (1024 * 1024) + " MB allocated");
            Assert.True(allocated < AllocationBound, what + ": allocated " + allocated + " bytes, more than " + AllocationBound);
            Assert.Null(HostileSupport.GeneratorFailure(run.Result, run.DriverDiagnostics));
            Assertions.CompilesWithoutErrors(run);
            return run;
        }
    }
}
