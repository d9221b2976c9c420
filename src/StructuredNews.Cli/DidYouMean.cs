using System;
using System.Collections.Generic;
using System.Linq;

namespace StructuredNews.Cli
{
    /// <summary>
    /// Suggestions for a mistyped command, option, value, id or name: the candidates a few edits away, then those
    /// that start with what was typed ("sn timelin" → timeline, "--measure kiled" → killed, "show killed" → killed-8).
    /// </summary>
    public static class DidYouMean
    {
        /// <summary>How many suggestions a message lists at most.</summary>
        public const int Max = 5;

        /// <summary>
        /// The edit distance between two strings: insertions, deletions, substitutions and swaps of adjacent
        /// characters each count one (optimal string alignment), so "kiled" and "killde" are both one from "killed".
        /// Ordinal, char by char: callers fold case first.
        /// </summary>
        public static int Distance(string a, string b)
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

        /// <summary>
        /// How many edits still count as a typo of a word of this length: a third of it, at least one, so that
        /// "timelin" finds timeline but "stats" does not find "actors".
        /// </summary>
        public static int Reach(int length) => Math.Max(1, length / 3);

        /// <summary>
        /// The candidates nearest to <paramref name="typed"/>, compared case-insensitively: those within
        /// <see cref="Reach"/> edits, nearest first, then (for three letters or more) those that start with it,
        /// shortest first; ties in ordinal order; at most <paramref name="max"/>, without duplicates.
        /// </summary>
        public static IReadOnlyList<string> Nearest(string typed, IEnumerable<string> candidates, int max = Max)
        {
            var key = typed.Trim().ToLowerInvariant();
            var reach = Reach(key.Length);
            return candidates
                .Distinct(StringComparer.Ordinal)
                .Select(c => (Candidate: c, Key: c.ToLowerInvariant()))
                .Select(c => (c.Candidate, c.Key, Distance: Distance(key, c.Key)))
                .Select(c => (c.Candidate, Rank: c.Distance <= reach ? c.Distance
                    : key.Length >= 3 && c.Key.StartsWith(key, StringComparison.Ordinal) ? reach + c.Key.Length
                    : -1))
                .Where(c => c.Rank >= 0 && !string.Equals(c.Candidate, typed, StringComparison.Ordinal))
                .OrderBy(c => c.Rank)
                .ThenBy(c => c.Candidate, StringComparer.Ordinal)
                .Take(max)
                .Select(c => c.Candidate)
                .ToList();
        }

        /// <summary>
        /// " Did you mean 'a'?", " Did you mean 'a' or 'b'?", " Did you mean 'a', 'b' or 'c'?" (each as
        /// <paramref name="show"/> prints it, quoted by default); empty when there is nothing to suggest.
        /// </summary>
        public static string Phrase(IReadOnlyList<string> suggestions, Func<string, string>? show = null)
        {
            if (suggestions.Count == 0)
            {
                return string.Empty;
            }

            show ??= s => "'" + s + "'";
            var shown = suggestions.Select(show).ToList();
            var list = shown.Count == 1 ? shown[0] : string.Join(", ", shown.Take(shown.Count - 1)) + " or " + shown[shown.Count - 1];
            return " Did you mean " + list + "?";
        }
    }
}
