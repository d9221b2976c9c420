using System;
using System.IO;
using StructuredNews.Generators.Tests.Infrastructure;
using Xunit;
using Xunit.Sdk;

namespace StructuredNews.Generators.Tests
{
    /// <summary>The snapshot helper itself, in a temporary folder (VERIFY_ACCEPT is process-wide, so it is not toggled here).</summary>
    public sealed class SnapshotTests : IDisposable
    {
        private readonly string directory = Path.Combine(Path.GetTempPath(), "sn-snapshot-" + Guid.NewGuid().ToString("N"));

        public SnapshotTests() => Directory.CreateDirectory(directory);

        public void Dispose() => Directory.Delete(directory, recursive: true);

        private string SourceFile => Path.Combine(directory, "FakeTests.cs");

        [Fact]
        public void MissingSnapshotWritesReceivedAndFails()
        {
            if (Environment.GetEnvironmentVariable(Snapshot.AcceptVariable) == "1")
            {
                return; // accepting: the helper is meant to pass here
            }

            var e = Assert.Throws<XunitException>(() => Snapshot.VerifySync("a\r\nb", "cs", "x", SourceFile, "Method"));
            var received = Path.Combine(directory, "FakeTests.Method_x.received.cs");
            Assert.Equal("a\nb", File.ReadAllText(received));
            Assert.Contains(received, e.Message, StringComparison.Ordinal);
            Assert.Contains(Path.Combine(directory, "FakeTests.Method_x.verified.cs"), e.Message, StringComparison.Ordinal);
            Assert.Contains("VERIFY_ACCEPT=1", e.Message, StringComparison.Ordinal);
        }

        [Fact]
        public void MatchingSnapshotPassesAndRemovesReceived()
        {
            File.WriteAllText(Path.Combine(directory, "FakeTests.Method.verified.txt"), "line 1\r\nline 2\n");
            File.WriteAllText(Path.Combine(directory, "FakeTests.Method.received.txt"), "stale");
            Snapshot.VerifySync("line 1\nline 2\n", "txt", null, SourceFile, "Method");
            Assert.False(File.Exists(Path.Combine(directory, "FakeTests.Method.received.txt")));
        }

        [Fact]
        public void MismatchNamesTheFirstDifferentLine()
        {
            if (Environment.GetEnvironmentVariable(Snapshot.AcceptVariable) == "1")
            {
                return;
            }

            File.WriteAllText(Path.Combine(directory, "FakeTests.Method.verified.txt"), "same\nold\n");
            var e = Assert.Throws<XunitException>(() => Snapshot.VerifySync("same\nnew\n", "txt", null, SourceFile, "Method"));
            Assert.Contains("does not match", e.Message, StringComparison.Ordinal);
            Assert.Contains("line 2", e.Message, StringComparison.Ordinal);
            Assert.Equal("same\nold\n", File.ReadAllText(Path.Combine(directory, "FakeTests.Method.verified.txt")));
        }
    }
}
