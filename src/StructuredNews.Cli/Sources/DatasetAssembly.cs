using System;
using System.IO;
using System.Linq;
using System.Reflection;

namespace StructuredNews.Cli.Sources
{
    /// <summary>
    /// A compiled dataset (<c>sn --assembly bin/Debug/net10.0/FloodWatch.dll</c>): the generated dataset class is the
    /// public static class with a static <c>Dataset</c> property of type <see cref="NewsDataset"/>. The assembly binds
    /// to the StructuredNews runtime <c>sn</c> carries, so it must be built against the same version or an older one.
    /// </summary>
    internal static class DatasetAssembly
    {
        /// <summary>Loads the dataset, or returns why not.</summary>
        public static DatasetSource? Load(string fullPath, string displayPath, out string? problem)
        {
            problem = null;
            if (!File.Exists(fullPath))
            {
                problem = "assembly '" + displayPath + "' does not exist; build the project first (dotnet build) and pass the .dll from its bin/ folder.";
                return null;
            }

            try
            {
                var assembly = Assembly.LoadFrom(fullPath);
                var classes = assembly.GetExportedTypes()
                    .Where(t => t.IsClass && t.IsAbstract && t.IsSealed)
                    .Select(t => (Type: t, Property: t.GetProperty("Dataset", BindingFlags.Public | BindingFlags.Static)))
                    .Where(c => c.Property != null && c.Property.PropertyType.FullName == typeof(NewsDataset).FullName)
                    .OrderBy(c => c.Type.FullName, StringComparer.Ordinal)
                    .ToList();
                if (classes.Count == 0)
                {
                    problem = "'" + displayPath + "' has no generated dataset class (a static class with a static Dataset property): is it a project with the StructuredNews package and annotation files?";
                    return null;
                }

                if (classes.Count > 1)
                {
                    problem = "'" + displayPath + "' has several dataset classes (" + string.Join(", ", classes.Select(c => c.Type.FullName)) + "); sn shows one dataset at a time.";
                    return null;
                }

                var (type, property) = classes[0];
                if (property!.PropertyType != typeof(NewsDataset))
                {
                    problem = "'" + displayPath + "' is built against another StructuredNews (" + property.PropertyType.Assembly.GetName().Version
                        + ") than sn carries (" + typeof(NewsDataset).Assembly.GetName().Version + "); update the package or the tool so they match.";
                    return null;
                }

                var dataset = (NewsDataset)property.GetValue(null)!;
                return DatasetSource.FromAssembly(displayPath, type.FullName!, dataset);
            }
            catch (Exception e) when (e is BadImageFormatException || e is FileLoadException || e is FileNotFoundException
                || e is ReflectionTypeLoadException || e is TypeLoadException || e is TargetInvocationException)
            {
                problem = "cannot load the dataset from '" + displayPath + "': " + (e.InnerException ?? e).Message;
                return null;
            }
        }
    }
}
