namespace StructuredNews.Annotations.Model
{
    /// <summary>Paths as the pipeline keys files: relative to the project, so that they are the same on every machine.</summary>
    public static class ProjectPath
    {
        /// <summary>
        /// The path relative to the project directory ('/' separators, '../' to climb out of it): stable across
        /// machines and checkouts, unlike the absolute path. Without a project directory, the file name.
        /// </summary>
        public static string Relative(string path, string? projectDirectory)
        {
            var target = path.Replace('\\', '/').Split(new[] { '/' }, StringSplitOptions.RemoveEmptyEntries);
            if (projectDirectory == null)
            {
                return target.Length == 0 ? path : target[target.Length - 1];
            }

            var root = projectDirectory.Replace('\\', '/').Split(new[] { '/' }, StringSplitOptions.RemoveEmptyEntries);
            var common = 0;
            while (common < root.Length && common < target.Length - 1 && string.Equals(root[common], target[common], StringComparison.Ordinal))
            {
                common++;
            }

            var segments = Enumerable.Repeat("..", root.Length - common).Concat(target.Skip(common));
            return string.Join("/", segments);
        }
    }
}
