using System;
using System.IO;

namespace StructuredNews.Packaging.Tests.Infrastructure
{
    /// <summary>Paths in the repository the tests run from.</summary>
    internal static class Repo
    {
        private static readonly Lazy<string> RootPath = new Lazy<string>(() =>
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir != null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "StructuredNews.sln")))
                {
                    return dir.FullName;
                }
            }

            throw new InvalidOperationException("StructuredNews.sln not found above " + AppContext.BaseDirectory);
        });

        public static string Root => RootPath.Value;

        public static string PathOf(params string[] relative) => Path.Combine(Root, Path.Combine(relative));
    }
}
