using System;
using System.Globalization;
using System.IO;
using System.Text;

namespace StructuredNews.Generators.Tests.Infrastructure
{
    /// <summary>What the seeded fuzz tests share: their settings from the environment, and failing inputs kept on disk.</summary>
    public static class FuzzSupport
    {
        /// <summary>An integer setting (seed, case count) from the environment, or <paramref name="fallback"/>.</summary>
        public static int ReadEnv(string name, int fallback) =>
            int.TryParse(Environment.GetEnvironmentVariable(name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : fallback;

        /// <summary>Writes a failing input under the temp folder so it can be replayed; says where, or why not.</summary>
        public static string Dump(string folder, int seed, int index, string text)
        {
            try
            {
                var dir = Path.Combine(Path.GetTempPath(), folder);
                Directory.CreateDirectory(dir);
                var file = Path.Combine(dir, "seed" + seed + "-case" + index + ".yaml");
                File.WriteAllText(file, text, new UTF8Encoding(false));
                return file;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                return "(not written: " + e.Message + ")";
            }
        }
    }
}
