using System;
using System.Diagnostics;
using System.IO;
using System.Linq;

namespace StructuredNews.Cli.Tests
{
    /// <summary>
    /// Headless Chromium for the report tests: Debian's <c>chromium</c>, installed with apt-get the first time when
    /// it is missing (needs root and network, as here and in CI). <see cref="Unavailable"/> says why it cannot be
    /// used, so tests skip with that message only where it cannot be installed.
    /// </summary>
    internal static class Chromium
    {
        private static readonly Lazy<(string? Path, string? Why)> Found = new Lazy<(string?, string?)>(Locate);

        public static string? Unavailable => Found.Value.Why;

        public static string Path => Found.Value.Path ?? throw new InvalidOperationException(Found.Value.Why);

        /// <summary>Runs chromium headless with the flags that keep it offline and quiet; returns stdout and stderr.</summary>
        public static (int ExitCode, string Out, string Error) Run(string userDataDir, params string[] args)
        {
            var start = new ProcessStartInfo(Path)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (var arg in new[]
            {
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--user-data-dir=" + userDataDir,
            }.Concat(args))
            {
                start.ArgumentList.Add(arg);
            }

            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(50_000))
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException("chromium did not finish in 50 s");
            }

            return (process.ExitCode, output.Result, error.Result);
        }

        private static (string?, string?) Locate()
        {
            if (Which("chromium") is { } path)
            {
                return (path, null);
            }

            if (!OperatingSystem.IsLinux() || !File.Exists("/usr/bin/apt-get"))
            {
                return (null, "chromium is not installed and this is not a Debian-like system with apt-get");
            }

            if (Environment.UserName != "root")
            {
                return (null, "chromium is not installed and installing it with apt-get needs root");
            }

            var (code, log) = Shell("/usr/bin/apt-get", "install", "-y", "chromium");
            if (code != 0)
            {
                (code, log) = Shell("/usr/bin/apt-get", "update");
                (code, log) = code == 0 ? Shell("/usr/bin/apt-get", "install", "-y", "chromium") : (code, log);
            }

            return Which("chromium") is { } installed ? (installed, null) : (null, "apt-get install -y chromium failed: " + log.Split('\n').LastOrDefault(l => l.Length > 0));
        }

        private static string? Which(string name) =>
            (Environment.GetEnvironmentVariable("PATH") ?? "/usr/bin:/bin")
                .Split(System.IO.Path.PathSeparator)
                .Select(dir => System.IO.Path.Combine(dir, name))
                .FirstOrDefault(File.Exists);

        private static (int, string) Shell(string file, params string[] args)
        {
            var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            start.Environment["DEBIAN_FRONTEND"] = "noninteractive";
            foreach (var arg in args)
            {
                start.ArgumentList.Add(arg);
            }

            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            process.WaitForExit();
            return (process.ExitCode, output.Result + error.Result);
        }
    }
}
