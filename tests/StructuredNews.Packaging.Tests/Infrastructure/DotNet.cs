using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Text;

namespace StructuredNews.Packaging.Tests.Infrastructure
{
    /// <summary>The outcome of one <c>dotnet</c> command.</summary>
    public sealed record CommandResult(string CommandLine, string WorkingDirectory, int ExitCode, string StdOut, string StdErr, TimeSpan Elapsed)
    {
        public string Output => StdOut + StdErr;

        /// <summary>Everything a failing assertion needs to say what went wrong.</summary>
        public string Describe() =>
            "$ " + CommandLine + "\n(in " + WorkingDirectory + ", exit code " + ExitCode + ", " + Elapsed.TotalSeconds.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture) + " s)\n" + Output;
    }

    /// <summary>
    /// Runs the <c>dotnet</c> CLI the way a user's shell would: without the MSBuild and test-host variables the
    /// test process inherits from <c>dotnet test</c>, without build-node reuse (no processes outlive a test),
    /// and with a time limit.
    /// </summary>
    public static class DotNet
    {
        private static readonly string[] InheritedPrefixes = { "MSBuild", "MSBUILD", "VSTEST", "TESTINGPLATFORM", "NUGET_PACKAGES", "DOTNET_HOST_PATH" };

        public static CommandResult Run(string workingDirectory, IReadOnlyDictionary<string, string>? environment, TimeSpan timeout, params string[] arguments)
        {
            var start = new ProcessStartInfo("dotnet")
            {
                WorkingDirectory = workingDirectory,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
                StandardOutputEncoding = Encoding.UTF8,
                StandardErrorEncoding = Encoding.UTF8,
            };
            foreach (var argument in arguments)
            {
                start.ArgumentList.Add(argument);
            }

            foreach (var key in start.Environment.Keys.ToList())
            {
                if (InheritedPrefixes.Any(prefix => key.StartsWith(prefix, StringComparison.Ordinal)))
                {
                    start.Environment.Remove(key);
                }
            }

            start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
            start.Environment["DOTNET_NOLOGO"] = "1";
            start.Environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";
            start.Environment["DOTNET_CLI_UI_LANGUAGE"] = "en";
            start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
            start.Environment["DOTNET_CLI_USE_MSBUILD_SERVER"] = "0";
            if (environment != null)
            {
                foreach (var pair in environment)
                {
                    start.Environment[pair.Key] = pair.Value;
                }
            }

            var stdout = new StringBuilder();
            var stderr = new StringBuilder();
            var watch = Stopwatch.StartNew();
            using var process = new Process { StartInfo = start };
            process.OutputDataReceived += (_, e) => { if (e.Data != null) { lock (stdout) { stdout.Append(e.Data).Append('\n'); } } };
            process.ErrorDataReceived += (_, e) => { if (e.Data != null) { lock (stderr) { stderr.Append(e.Data).Append('\n'); } } };
            process.Start();
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
            if (!process.WaitForExit((int)timeout.TotalMilliseconds))
            {
                process.Kill(entireProcessTree: true);
                process.WaitForExit();
                throw new TimeoutException("dotnet " + string.Join(" ", arguments) + " did not finish within " + timeout + ":\n" + stdout + stderr);
            }

            process.WaitForExit();
            return new CommandResult("dotnet " + string.Join(" ", arguments.Select(Quote)), workingDirectory, process.ExitCode, stdout.ToString(), stderr.ToString(), watch.Elapsed);
        }

        private static string Quote(string argument) => argument.Contains(' ') ? "\"" + argument + "\"" : argument;
    }
}
