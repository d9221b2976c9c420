using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.Extensions.FileSystemGlobbing;

namespace StructuredNews.Cli.Sources
{
    /// <summary>
    /// File globs as an MSBuild item's <c>Include</c> is written (<c>**/*.news.yaml</c>,
    /// <c>$(RepoRoot)seeds/*.txt</c>): patterns separated by <c>;</c>, each relative to a base directory or absolute.
    /// Matching is Microsoft.Extensions.FileSystemGlobbing's, case-sensitive where file systems usually are (Linux).
    /// </summary>
    internal static class FileGlob
    {
        private static readonly char[] Wildcards = { '*', '?' };

        /// <summary>The files the patterns match, as full paths, each once, in ordinal order.</summary>
        public static IReadOnlyList<string> Expand(string patterns, string baseDirectory)
        {
            var comparison = OperatingSystem.IsLinux() ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase;
            var files = new SortedSet<string>(StringComparer.Ordinal);
            foreach (var raw in patterns.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                var pattern = raw.Replace('\\', '/');
                var full = Path.IsPathRooted(pattern) ? pattern : Path.Combine(baseDirectory, pattern).Replace('\\', '/');
                var wildcard = full.IndexOfAny(Wildcards);
                if (wildcard < 0)
                {
                    if (File.Exists(full))
                    {
                        files.Add(Path.GetFullPath(full));
                    }

                    continue;
                }

                // The matcher takes a root directory and a relative pattern: the root is the part before the first wildcard's folder.
                var split = full.LastIndexOf('/', wildcard);
                var root = split <= 0 ? "/" : full.Substring(0, split);
                if (!Directory.Exists(root))
                {
                    continue;
                }

                var matcher = new Matcher(comparison);
                matcher.AddInclude(full.Substring(split + 1));
                foreach (var file in matcher.GetResultsInFullPath(root))
                {
                    files.Add(Path.GetFullPath(file));
                }
            }

            return files.ToList();
        }
    }
}
