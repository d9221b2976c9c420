using System;
using System.IO;

namespace StructuredNews.Cli.Tests
{
    /// <summary>Paths in the repository (the bundled annotations and article texts).</summary>
    internal static class Repo
    {
        public static readonly string Root = FindRoot();

        public static string Data => Path.Combine(Root, "data", "kazakhstan-2022");

        public static string Seeds => Path.Combine(Root, "seeds");

        /// <summary>The bundled dataset's project: its StructuredNewsAnnotations and StructuredNewsArticles name the files above.</summary>
        public static string Project => Path.Combine(Root, "src", "StructuredNews.Kazakhstan2022");

        public static NewsDataset Bundled => Kazakhstan2022.Kazakhstan2022.Dataset;

        /// <summary>A fresh empty directory under the system temp directory.</summary>
        public static string TempDirectory()
        {
            var dir = Path.Combine(Path.GetTempPath(), "sn-tests-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(dir);
            return dir;
        }

        public static void CopyDirectory(string from, string to)
        {
            foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
            {
                var target = Path.Combine(to, Path.GetRelativePath(from, file));
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Copy(file, target);
            }
        }

        private static string FindRoot()
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir != null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "StructuredNews.sln")))
                {
                    return dir.FullName;
                }
            }

            throw new InvalidOperationException("StructuredNews.sln not found above " + AppContext.BaseDirectory);
        }
    }
}
