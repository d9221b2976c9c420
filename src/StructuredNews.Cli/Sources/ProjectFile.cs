using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;

namespace StructuredNews.Cli.Sources
{
    /// <summary>
    /// The StructuredNews properties of a project file, read without MSBuild (which <c>sn</c> does not carry): the
    /// <c>PropertyGroup</c> elements of the nearest <c>Directory.Build.props</c> above the project and then of the
    /// project file, in document order, a later value replacing an earlier one. <c>$(Name)</c> expands to a property
    /// read so far, to MSBuild's <c>MSBuildProjectDirectory</c>, <c>MSBuildProjectName</c>, <c>MSBuildThisFileDirectory</c>
    /// and <c>ProjectDir</c>, or to an environment variable, else to nothing (as in MSBuild). Limits (docs/tools.md): a
    /// property with a <c>Condition</c> is taken only in the form <c>'$(Name)' == ''</c> (set when still empty);
    /// other imports, targets, property functions (<c>$([...])</c>) and items added by hand are not seen. A value
    /// sn cannot read makes it say so and ask for <c>--data</c>/<c>--articles</c>.
    /// </summary>
    internal sealed class ProjectFile
    {
        public const string AnnotationsProperty = "StructuredNewsAnnotations";
        public const string ArticlesProperty = "StructuredNewsArticles";

        private static readonly Regex PropertyReference = new Regex(@"\$\(([A-Za-z_][A-Za-z0-9_.-]*)\)", RegexOptions.CultureInvariant);
        private static readonly Regex EmptyCondition = new Regex(@"^\s*'\$\(([A-Za-z_][A-Za-z0-9_.-]*)\)'\s*==\s*''\s*$", RegexOptions.CultureInvariant);

        private readonly Dictionary<string, string> properties;

        private ProjectFile(string path, Dictionary<string, string> properties, IReadOnlyList<string> problems)
        {
            Path = path;
            this.properties = properties;
            Problems = problems;
        }

        /// <summary>The project file's full path.</summary>
        public string Path { get; }

        /// <summary>The project's directory.</summary>
        public string Directory => System.IO.Path.GetDirectoryName(Path)!;

        /// <summary>The project's name (its file name without extension), as MSBuild's <c>MSBuildProjectName</c>.</summary>
        public string Name => System.IO.Path.GetFileNameWithoutExtension(Path);

        /// <summary>What could not be read as MSBuild would evaluate it.</summary>
        public IReadOnlyList<string> Problems { get; }

        /// <summary>A property's value after expansion, or <see langword="null"/> when it is not set or empty.</summary>
        public string? this[string name] => properties.TryGetValue(name, out var value) && value.Trim().Length > 0 ? value.Trim() : null;

        /// <summary>The one <c>*.csproj</c> in a directory; <see langword="null"/> when there is none; an error when there are several.</summary>
        public static string? FindIn(string directory, out string? error)
        {
            error = null;
            if (!System.IO.Directory.Exists(directory))
            {
                return null;
            }

            var projects = System.IO.Directory.GetFiles(directory, "*.csproj").OrderBy(p => p, StringComparer.Ordinal).ToList();
            if (projects.Count > 1)
            {
                error = "several project files in " + directory + " (" + string.Join(", ", projects.Select(System.IO.Path.GetFileName)) + "): name one with --data FILE.csproj";
                return null;
            }

            return projects.Count == 1 ? projects[0] : null;
        }

        /// <summary>Reads a project file; throws <see cref="IOException"/> or <see cref="XmlException"/> when it cannot be read.</summary>
        public static ProjectFile Read(string path)
        {
            var full = System.IO.Path.GetFullPath(path);
            var directory = System.IO.Path.GetDirectoryName(full)!;
            var properties = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
            {
                ["MSBuildProjectDirectory"] = directory,
                ["MSBuildProjectName"] = System.IO.Path.GetFileNameWithoutExtension(full),
                ["MSBuildProjectFile"] = System.IO.Path.GetFileName(full),
                ["MSBuildProjectFullPath"] = full,
                ["ProjectDir"] = directory + System.IO.Path.DirectorySeparatorChar,
            };
            var problems = new List<string>();
            if (FindDirectoryBuildProps(directory) is { } props)
            {
                ReadProperties(props, properties, problems);
            }

            ReadProperties(full, properties, problems);
            return new ProjectFile(full, properties, problems);
        }

        private static string? FindDirectoryBuildProps(string projectDirectory)
        {
            for (var dir = new DirectoryInfo(projectDirectory); dir != null; dir = dir.Parent)
            {
                var candidate = System.IO.Path.Combine(dir.FullName, "Directory.Build.props");
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }

            return null;
        }

        private static void ReadProperties(string file, Dictionary<string, string> properties, List<string> problems)
        {
            var document = XDocument.Load(file);
            var thisFileDirectory = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(file))! + System.IO.Path.DirectorySeparatorChar;
            foreach (var group in document.Root!.Elements().Where(e => e.Name.LocalName == "PropertyGroup"))
            {
                if (group.Attribute("Condition") is { } groupCondition && !Applies(groupCondition.Value, null, properties))
                {
                    continue;
                }

                foreach (var property in group.Elements())
                {
                    var name = property.Name.LocalName;
                    if (property.Attribute("Condition") is { } condition && !Applies(condition.Value, name, properties))
                    {
                        if (!EmptyCondition.IsMatch(condition.Value) && IsStructuredNews(name))
                        {
                            problems.Add(System.IO.Path.GetFileName(file) + ": " + name + " has a condition sn cannot evaluate (" + condition.Value.Trim() + ")");
                        }

                        continue;
                    }

                    var value = property.Value;
                    if (value.Contains("$([", StringComparison.Ordinal) || value.Contains("@(", StringComparison.Ordinal) || value.Contains("%(", StringComparison.Ordinal))
                    {
                        if (IsStructuredNews(name))
                        {
                            problems.Add(System.IO.Path.GetFileName(file) + ": " + name + " uses a property function or item list sn cannot evaluate (" + value.Trim() + ")");
                        }

                        continue;
                    }

                    properties[name] = Expand(value, properties, thisFileDirectory);
                }
            }
        }

        // Only "'$(X)' == ''" (taken when X is still empty); anything else is not evaluated and the property skipped.
        private static bool Applies(string condition, string? name, Dictionary<string, string> properties)
        {
            var match = EmptyCondition.Match(condition);
            return match.Success && (!properties.TryGetValue(match.Groups[1].Value, out var value) || value.Length == 0);
        }

        private static bool IsStructuredNews(string name) => name.StartsWith("StructuredNews", StringComparison.OrdinalIgnoreCase) || name == "RootNamespace";

        private static string Expand(string value, Dictionary<string, string> properties, string thisFileDirectory) =>
            PropertyReference.Replace(value, match =>
            {
                var name = match.Groups[1].Value;
                if (string.Equals(name, "MSBuildThisFileDirectory", StringComparison.OrdinalIgnoreCase))
                {
                    return thisFileDirectory;
                }

                return properties.TryGetValue(name, out var known) ? known : Environment.GetEnvironmentVariable(name) ?? string.Empty;
            });
    }
}
