using System;

namespace StructuredNews.Annotations.Naming
{
    /// <summary>
    /// How far apart two spellings are, for every "did you mean" of the build and of sn: insertions, deletions,
    /// substitutions and swaps of adjacent characters each count one (optimal string alignment), so "kiled" and
    /// "killde" are both one from "killed". Ordinal, char by char: callers fold case first.
    /// </summary>
    public static class EditDistance
    {
        public static int Of(string a, string b)
        {
            // Three rows of the dynamic programme: the swap looks two rows back.
            var before = new int[b.Length + 1];
            var previous = new int[b.Length + 1];
            var current = new int[b.Length + 1];
            for (var j = 0; j <= b.Length; j++)
            {
                previous[j] = j;
            }

            for (var i = 1; i <= a.Length; i++)
            {
                current[0] = i;
                for (var j = 1; j <= b.Length; j++)
                {
                    var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                    var best = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                    if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                    {
                        best = Math.Min(best, before[j - 2] + 1);
                    }

                    current[j] = best;
                }

                (before, previous, current) = (previous, current, before);
            }

            return previous[b.Length];
        }
    }
}
