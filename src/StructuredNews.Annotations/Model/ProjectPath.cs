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

        /// <summary>
        /// The deepest folder that holds all of the files (what a project directory is when none is given), or null
        /// for no files. Files keyed relative to it stay distinct even when two share a name in different folders.
        /// </summary>
        public static string? CommonDirectory(IEnumerable<string> paths)
        {
            string[]? common = null;
            foreach (var path in paths)
            {
                var folders = path.Replace('\\', '/').Split('/');
                folders = folders.Take(folders.Length - 1).ToArray();
                if (common == null)
                {
                    common = folders;
                    continue;
                }

                var n = 0;
                while (n < common.Length && n < folders.Length && string.Equals(common[n], folders[n], StringComparison.Ordinal))
                {
                    n++;
                }

                common = common.Take(n).ToArray();
            }

            return common == null ? null : string.Join("/", common) + "/";
        }
    }
}
