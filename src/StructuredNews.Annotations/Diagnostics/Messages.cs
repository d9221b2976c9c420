using System.Globalization;

namespace StructuredNews.Annotations.Diagnostics
{
    /// <summary>Pieces that diagnostic messages share: "did you mean" suggestions and short positions.</summary>
    public static class Messages
    {
        /// <summary>A position as messages quote it: the file name with its 1-based line and column (<c>actors.yaml(3,5)</c>).</summary>
        public static string Where(SourceSpan span) =>
            System.IO.Path.GetFileName(span.Path) + "(" + (span.StartLine + 1).ToString(CultureInfo.InvariantCulture) + "," +
            (span.StartColumn + 1).ToString(CultureInfo.InvariantCulture) + ")";

        /// <summary>The allowed key closest to a misspelt one, when it is close enough to be a likely typo.</summary>
        public static string? Suggest(string key, IEnumerable<string> allowed)
        {
            string? best = null;
            var bestDistance = int.MaxValue;
            foreach (var candidate in allowed)
            {
                var distance = EditDistance(key.ToLowerInvariant(), candidate);
                if (distance < bestDistance)
                {
                    best = candidate;
                    bestDistance = distance;
                }
            }

            return bestDistance <= Math.Max(1, Math.Min(3, key.Length / 3)) ? best : null;
        }

        /// <summary><see cref="EditDistance.Of"/>, or int.MaxValue when the lengths differ by more than 3 or a string is longer than 64 (never a suggestion).</summary>
        internal static int EditDistance(string a, string b) =>
            Math.Abs(a.Length - b.Length) > 3 || a.Length > 64 || b.Length > 64 ? int.MaxValue : Naming.EditDistance.Of(a, b);
    }
}
