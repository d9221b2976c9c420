using System;
using System.IO;
using System.Runtime.CompilerServices;
using System.Text;
using System.Threading.Tasks;
using Xunit.Sdk;

namespace StructuredNews.Generators.Tests.Infrastructure
{
    /// <summary>
    /// A small stand-in for Verify with its file conventions, so switching to Verify later is a rename:
    /// <c>&lt;TestClass&gt;.&lt;TestMethod&gt;[_&lt;suffix&gt;].verified.&lt;ext&gt;</c> beside the test's source file; on a
    /// mismatch or a missing file, <c>*.received.&lt;ext&gt;</c> is written beside it and the test fails. With
    /// <c>VERIFY_ACCEPT=1</c> the received text overwrites the verified file and the test passes. Line endings are
    /// normalised to <c>\n</c>; the test class name is the source file's name, as in this project.
    /// </summary>
    public static class Snapshot
    {
        public const string AcceptVariable = "VERIFY_ACCEPT";

        public static Task Verify(string text, string extension = "txt", string? suffix = null,
            [CallerFilePath] string sourceFile = "", [CallerMemberName] string testMethod = "")
        {
            VerifySync(text, extension, suffix, sourceFile, testMethod);
            return Task.CompletedTask;
        }

        public static void VerifySync(string text, string extension = "txt", string? suffix = null,
            [CallerFilePath] string sourceFile = "", [CallerMemberName] string testMethod = "")
        {
            var directory = Path.GetDirectoryName(sourceFile);
            if (string.IsNullOrEmpty(directory) || !Directory.Exists(directory))
            {
                throw new XunitException("Snapshot: the test's source folder '" + directory + "' does not exist (is the build path-mapped?).");
            }

            var name = Path.GetFileNameWithoutExtension(sourceFile) + "." + testMethod + (string.IsNullOrEmpty(suffix) ? "" : "_" + suffix);
            var verified = Path.Combine(directory, name + ".verified." + extension);
            var received = Path.Combine(directory, name + ".received." + extension);
            var actual = Normalize(text);

            if (File.Exists(verified) && Normalize(File.ReadAllText(verified, Encoding.UTF8)) == actual)
            {
                if (File.Exists(received))
                {
                    File.Delete(received);
                }

                return;
            }

            if (string.Equals(Environment.GetEnvironmentVariable(AcceptVariable), "1", StringComparison.Ordinal))
            {
                File.WriteAllText(verified, actual, new UTF8Encoding(false));
                if (File.Exists(received))
                {
                    File.Delete(received);
                }

                return;
            }

            File.WriteAllText(received, actual, new UTF8Encoding(false));
            var why = File.Exists(verified) ? "does not match" : "is missing";
            throw new XunitException(
                "Snapshot " + why + ".\n  verified: " + verified + "\n  received: " + received +
                "\nCompare the two; to accept the received text, rename it over the verified file or rerun with " + AcceptVariable + "=1." +
                (File.Exists(verified) ? "\n" + FirstDifference(Normalize(File.ReadAllText(verified, Encoding.UTF8)), actual) : ""));
        }

        internal static string Normalize(string text) => text.Replace("\r\n", "\n").Replace('\r', '\n');

        private static string FirstDifference(string expected, string actual)
        {
            var expectedLines = expected.Split('\n');
            var actualLines = actual.Split('\n');
            for (var i = 0; i < Math.Max(expectedLines.Length, actualLines.Length); i++)
            {
                var e = i < expectedLines.Length ? expectedLines[i] : "<end of file>";
                var a = i < actualLines.Length ? actualLines[i] : "<end of file>";
                if (e != a)
                {
                    return "First difference at line " + (i + 1) + ":\n  verified: " + e + "\n  received: " + a;
                }
            }

            return "";
        }
    }
}
