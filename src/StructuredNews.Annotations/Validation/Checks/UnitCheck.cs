using System.Globalization;

namespace StructuredNews.Annotations.Validation
{
    /// <summary>
    /// A unit that is a near miss of a unit more figures use ("peple" beside "people", "year" beside "years") is
    /// most likely a typo, and splits figures that should be compared (SN0031, at each use of the rarer unit).
    /// </summary>
    public sealed class UnitCheck : IDatasetCheck
    {
        // Each unit is compared with the most used ones only, so that a dataset of many distinct units stays linear.
        private const int MostUsedCompared = 200;

        public IEnumerable<Finding> Find(DatasetFacts input)
        {
            var uses = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var unit in input.Files.SelectMany(f => f.Units))
            {
                uses[unit] = uses.TryGetValue(unit, out var n) ? n + 1 : 1;
            }

            var mostUsed = uses.OrderByDescending(u => u.Value).ThenBy(u => u.Key, StringComparer.Ordinal).Take(MostUsedCompared).ToList();
            var misses = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var (unit, count) in uses.Select(u => (u.Key, u.Value)))
            {
                // The rarer unit is the miss; of two used equally often, the ordinally greater one.
                var target = mostUsed
                    .Where(t => t.Key != unit && (t.Value > count || (t.Value == count && string.CompareOrdinal(unit, t.Key) > 0)) && IsNearMiss(unit, t.Key))
                    .Select(t => t.Key)
                    .FirstOrDefault();
                if (target != null)
                {
                    misses.Add(unit, target);
                }
            }

            if (misses.Count == 0)
            {
                yield break;
            }

            foreach (var file in input.Files)
            {
                for (var i = 0; i < file.Units.Count; i++)
                {
                    if (misses.TryGetValue(file.Units[i], out var target))
                    {
                        yield return new Finding(DiagnosticDescriptors.UnitNearMiss.Id, new Anchor(file.RelativePath, AnchorKind.Unit, i), null,
                            new MessageArgument[] { file.Units[i], Uses(uses[file.Units[i]]), target, Uses(uses[target]) }.ToEquatableArray());
                    }
                }
            }
        }

        // The same letters in another case, or one edit apart (two for units of more than six characters).
        private static bool IsNearMiss(string unit, string other) =>
            string.Equals(unit, other, StringComparison.OrdinalIgnoreCase) ||
            Messages.EditDistance(unit.ToLowerInvariant(), other.ToLowerInvariant()) <= (Math.Max(unit.Length, other.Length) > 6 ? 2 : 1);

        private static string Uses(int count) => count == 1 ? "1 figure" : count.ToString(CultureInfo.InvariantCulture) + " figures";
    }
}
