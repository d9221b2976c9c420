using System;
using System.Globalization;
using System.IO;

namespace StructuredNews.Cli.Commands
{
    /// <summary>What the commands that write files (export, report, new) share: saying what they wrote.</summary>
    internal static class FileOutput
    {
        /// <summary>Whether an exception is one of those a file write throws for a bad or unwritable path.</summary>
        public static bool IsWriteFailure(Exception e) =>
            e is IOException || e is UnauthorizedAccessException || e is NotSupportedException || e is ArgumentException;

        /// <summary>
        /// Says on standard error what was written, so that a file never appears silently:
        /// <c>sn: wrote out/news.json (12,345 bytes)</c> (the path as <see cref="CliEnvironment.Display"/> shows it).
        /// </summary>
        public static void Wrote(TextWriter error, CliEnvironment environment, string fullPath)
        {
            var bytes = new FileInfo(fullPath).Length;
            error.WriteLine("sn: wrote " + environment.Display(fullPath) + " (" + bytes.ToString("N0", CultureInfo.InvariantCulture)
                + (bytes == 1 ? " byte)" : " bytes)"));
        }
    }
}
