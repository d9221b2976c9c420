using System;
using System.Collections.Generic;
using System.Linq;
using StructuredNews.Annotations.Naming;

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
                .Select(c => (c.Candidate, c.Key, Distance: EditDistance.Of(key, c.Key)))
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
