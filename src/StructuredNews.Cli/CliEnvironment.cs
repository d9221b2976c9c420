using System;
using System.IO;

namespace StructuredNews.Cli
{
    /// <summary>
    /// What <c>sn</c> knows about where it runs: the working directory its relative paths start from, whether
    /// standard error is a terminal (progress is shown only then) and how wide standard output's terminal is (tables
    /// wrap their long cells to it). <see cref="Program"/> fills it from the process; tests use <see cref="Default"/>
    /// (the current directory, no terminal) or set a width.
    /// </summary>
    public sealed class CliEnvironment
    {
        /// <summary>Creates an environment.</summary>
        public CliEnvironment(string workingDirectory, bool errorIsTerminal, int? terminalWidth = null)
        {
            WorkingDirectory = Path.GetFullPath(workingDirectory);
            ErrorIsTerminal = errorIsTerminal;
            TerminalWidth = terminalWidth is > 0 ? terminalWidth : null;
        }

        /// <summary>The directory relative paths are resolved against.</summary>
        public string WorkingDirectory { get; }

        /// <summary>Whether standard error is an interactive terminal (then long-running commands show progress on it).</summary>
        public bool ErrorIsTerminal { get; }

        /// <summary>
        /// The width in columns of the terminal standard output goes to, or <see langword="null"/> when it is redirected
        /// (a pipe, a file, a test): then tables are written unwrapped, one line per row, whatever their width.
        /// </summary>
        public int? TerminalWidth { get; }

        /// <summary>The current directory, standard error not a terminal.</summary>
        public static CliEnvironment Default => new CliEnvironment(Environment.CurrentDirectory, errorIsTerminal: false);

        /// <summary>A path given on the command line, made absolute against <see cref="WorkingDirectory"/>.</summary>
        public string Resolve(string path) => Path.GetFullPath(Path.Combine(WorkingDirectory, path));

        /// <summary>
        /// A path as diagnostics print it: relative to the working directory when it lies below it (forward
        /// slashes), else absolute.
        /// </summary>
        public string Display(string fullPath)
        {
            var relative = Path.GetRelativePath(WorkingDirectory, fullPath);
            return relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative)
                ? fullPath
                : relative.Replace('\\', '/');
        }
    }
}
