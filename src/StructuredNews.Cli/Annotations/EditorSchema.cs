using System;
using System.IO;
using System.Linq;
using System.Reflection;

namespace StructuredNews.Cli.Annotations
{
    /// <summary>
    /// Where the editor schema of annotation files is on this machine, for the <c>yaml-language-server</c> line that
    /// <c>sn new article</c> writes: the copy in the restored <c>StructuredNews</c> package of sn's own version
    /// (<c>schema/structurednews.schema.json</c> in NuGet's global packages folder), else of the newest version
    /// restored, else the copy that comes with sn.
    /// </summary>
    public static class EditorSchema
    {
        /// <summary>The schema's file name, in the package's schema/ folder and next to sn.</summary>
        public const string FileName = "structurednews.schema.json";

        /// <summary>NuGet's global packages folder: <c>NUGET_PACKAGES</c>, else <c>~/.nuget/packages</c>.</summary>
        public static string PackagesFolder() =>
            Environment.GetEnvironmentVariable("NUGET_PACKAGES") is { Length: > 0 } configured
                ? configured
                : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");

        /// <summary>The schema's full path, looked for in <paramref name="packagesFolder"/>.</summary>
        public static string Locate(string packagesFolder)
        {
            var versions = Path.Combine(packagesFolder, "structurednews");
            var own = typeof(NewsDataset).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion;
            // The informational version may carry "+commit"; NuGet's folder is the lower-case version without it.
            var ownFolder = own?.Split('+')[0].ToLowerInvariant();
            if (ownFolder != null && File.Exists(InPackage(versions, ownFolder)))
            {
                return InPackage(versions, ownFolder);
            }

            if (Directory.Exists(versions))
            {
                var newest = Directory.GetDirectories(versions)
                    .Select(Path.GetFileName)
                    .Where(v => File.Exists(InPackage(versions, v!)))
                    .OrderByDescending(v => Version.TryParse(v!.Split('-')[0], out var parsed) ? parsed : new Version(0, 0))
                    .ThenByDescending(v => v, StringComparer.Ordinal)
                    .FirstOrDefault();
                if (newest != null)
                {
                    return InPackage(versions, newest);
                }
            }

            return Path.Combine(AppContext.BaseDirectory, FileName);
        }

        /// <summary>
        /// The line that tells the YAML language server which schema a file follows: the path relative to the file's
        /// folder when the file is written to disk, else absolute; forward slashes either way.
        /// </summary>
        public static string ModelineFor(string schemaPath, string? yamlDirectory)
        {
            var path = yamlDirectory == null ? schemaPath : Path.GetRelativePath(yamlDirectory, schemaPath);
            return "# yaml-language-server: $schema=" + path.Replace('\\', '/');
        }

        private static string InPackage(string versions, string version) => Path.Combine(versions, version, "schema", FileName);
    }
}
