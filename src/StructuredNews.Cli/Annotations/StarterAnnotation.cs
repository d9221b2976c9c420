using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using StructuredNews.Cli.Rendering;

namespace StructuredNews.Cli.Annotations
{
    /// <summary>
    /// A starter annotation file for a new article (<c>sn new article</c>): the <c>article</c> section, and every
    /// number and known name in the text as an <c>ignore</c> entry whose reason starts with <c>TODO:</c>, next to
    /// a commented-out figure skeleton (numbers) or the entity to reference (names). The file builds as it is
    /// (nothing is left uncovered, so not even the completeness warnings fire); the TODOs are what is left to do.
    /// </summary>
    public static class StarterAnnotation
    {
        /// <summary>The reason given to every number, until an annotator decides.</summary>
        public const string NumberReason = "TODO: annotate as a figure";

        /// <summary>Writes the YAML; <paramref name="schemaModeline"/> (the editor schema's line), when given, comes first.</summary>
        public static string Write(string articleId, string seed, string language, string text, IReadOnlyList<KnownName> knownNames, string? schemaModeline = null)
        {
            var yaml = new StringBuilder();
            void Line(string line) => yaml.Append(line).Append('\n');

            if (schemaModeline != null)
            {
                Line(schemaModeline);
            }

            Line("# Starter annotation written by `sn new article` for " + seed + ".");
            Line("# It builds as it is. What is left to do is marked TODO: give the article its title (and publisher, published,");
            Line("# published_source, url when known); turn each number that is a claim into a figure (uncomment its skeleton,");
            Line("# move it under `figures:`, fill it in, and delete its ignore entry) or give it a real reason; reference each");
            Line("# known name from an event, figure or statement of this article (then delete its ignore entry) or give a real");
            Line("# reason. Events go in the shared events file, with a report quoting this article. Schema: docs/schema.md.");
            Line("article:");
            Line("  id: " + articleId);
            Line("  seed: " + Quote(seed));
            Line("  language: " + language);
            Line("  title: " + Quote("TODO: title"));
            Line(string.Empty);

            var numbers = Numbers.Scan(text, language);
            var names = NameMentions(text, knownNames);
            if (numbers.Count == 0 && names.Count == 0)
            {
                Line("# No numbers and no known names found in the text.");
                return yaml.ToString();
            }

            Line("ignore:");
            if (numbers.Count > 0)
            {
                Line(string.Empty);
                Line("  # Numbers (" + numbers.Count.ToString(CultureInfo.InvariantCulture) + ", as the build's completeness check finds them).");
            }

            var seen = new HashSet<(string, int?)>();
            var index = 0;
            foreach (var number in numbers)
            {
                var (start, end) = TextSearch.WidenToWord(text, number.Start, number.End);
                var passage = text.Substring(start, end - start);
                var occurrences = TextSearch.WordOccurrences(text, passage);
                int? occurrence = occurrences.Count > 1 ? occurrences.IndexOf(start) + 1 : null;
                if (!seen.Add((passage, occurrence)))
                {
                    continue;
                }

                index++;
                Line(string.Empty);
                Line("  - text: " + Quote(passage));
                if (occurrence is { } n)
                {
                    Line("    occurrence: " + n.ToString(CultureInfo.InvariantCulture));
                }

                Line("    reason: " + Quote(NumberReason));
                WriteSkeleton(yaml, articleId, index, number, text);
            }

            if (names.Count > 0)
            {
                Line(string.Empty);
                Line("  # Known names (" + names.Count.ToString(CultureInfo.InvariantCulture) + "). Reference the entity from an event (place, participants,");
                Line("  # a report's claimed_by/via), a figure (subject, claimed_by, via, place) or a statement (speaker) of this");
                Line("  # article, then delete the entry; or keep it with a real reason (a photo credit, a geographic aside).");
                foreach (var group in names.GroupBy(n => n.Name, StringComparer.Ordinal))
                {
                    Line(string.Empty);
                    foreach (var mention in group)
                    {
                        Line("  # " + mention.Entity.Id + " (" + mention.Entity.Entity + ", " + mention.Entity.Kind + "): "
                            + Quote(mention.Name) + " x" + mention.Count.ToString(CultureInfo.InvariantCulture));
                    }

                    Line("  - text: " + Quote(group.Key));
                    Line("    reason: " + Quote("TODO: reference " + string.Join(" or ", group.Select(m => m.Entity.Id)) + " from this article"));
                }
            }

            return yaml.ToString();
        }

        /// <summary>The known names that occur in the text as whole words, by entity, with how often.</summary>
        public static IReadOnlyList<(KnownName Entity, string Name, int Count)> NameMentions(string text, IReadOnlyList<KnownName> knownNames)
        {
            var result = new List<(KnownName, string, int, int)>();
            foreach (var entity in knownNames)
            {
                foreach (var name in entity.Names.Distinct(StringComparer.Ordinal))
                {
                    var occurrences = TextSearch.WordOccurrences(text, name);
                    if (occurrences.Count > 0)
                    {
                        result.Add((entity, name, occurrences.Count, occurrences[0]));
                    }
                }
            }

            return result.OrderBy(r => r.Item4).ThenBy(r => r.Item2, StringComparer.Ordinal).ThenBy(r => r.Item1.Id, StringComparer.Ordinal)
                .Select(r => (r.Item1, r.Item2, r.Item3)).ToList();
        }

        /// <summary>An article id from a file name: lowercase, letters, digits, '-' and '_', starting with a letter.</summary>
        public static string IdFromFileName(string fileName)
        {
            var stem = System.IO.Path.GetFileNameWithoutExtension(fileName).ToLowerInvariant();
            var id = new StringBuilder();
            foreach (var c in stem)
            {
                id.Append((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-' ? c : '-');
            }

            var result = id.ToString().Trim('-');
            return result.Length > 0 && result[0] >= 'a' && result[0] <= 'z' ? result : "article-" + result;
        }

        /// <summary>
        /// A guess at the language of a text when <c>--language</c> is not given: <c>da</c> when Danish letters and
        /// function words outnumber English ones, else <c>en</c> (the languages the completeness check knows).
        /// </summary>
        public static string GuessLanguage(string text)
        {
            var lower = " " + text.ToLowerInvariant() + " ";
            var danish = lower.Count(c => c == 'æ' || c == 'ø' || c == 'å')
                + new[] { " og ", " er ", " det ", " ikke ", " har ", " af " }.Sum(w => TextSearch.Occurrences(lower, w).Count);
            var english = new[] { " the ", " and ", " is ", " of ", " was ", " has " }.Sum(w => TextSearch.Occurrences(lower, w).Count);
            return danish > english ? "da" : "en";
        }

        /// <summary>A YAML double-quoted scalar.</summary>
        public static string Quote(string value)
        {
            var quoted = new StringBuilder(value.Length + 2).Append('"');
            foreach (var c in value)
            {
                switch (c)
                {
                    case '\\': quoted.Append("\\\\"); break;
                    case '"': quoted.Append("\\\""); break;
                    case '\n': quoted.Append("\\n"); break;
                    case '\r': quoted.Append("\\r"); break;
                    case '\t': quoted.Append("\\t"); break;
                    default:
                        if (char.IsControl(c) || c == '\u2028' || c == '\u2029' || c == '\uFEFF')
                        {
                            quoted.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                        }
                        else
                        {
                            quoted.Append(c);
                        }

                        break;
                }
            }

            return quoted.Append('"').ToString();
        }

        private static void WriteSkeleton(StringBuilder yaml, string articleId, int index, NumberMention number, string text)
        {
            void Line(string line) => yaml.Append("    # ").Append(line).Append('\n');

            var (start, end) = TextSearch.SentenceAround(text, number.Start);
            var quote = text.Substring(start, end - start);
            var occurrences = TextSearch.Occurrences(text, quote);
            var value = number.Text;
            var exact = decimal.TryParse(value.Replace(",", string.Empty), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var parsed) && value.All(c => char.IsDigit(c) || c == ',');
            Line("TODO: is " + Quote(number.Text) + " a claim? Then move this figure under `figures:`, fill in the TODOs, delete the entry above.");
            Line("- id: f-" + articleId + "-" + index.ToString(CultureInfo.InvariantCulture));
            Line("  measure: TODO        # killed, injured, arrested, participants, price, population, year, count, ...");
            Line("  subject: TODO        # id of the actor, place or topic counted or measured");
            Line("  value: " + Quote(value));
            Line("  qualifier: TODO      # exact, about, more_than, at_least, fewer_than, at_most, dozens, several, many, ...");
            Line("  low: " + (exact ? Display.Number(parsed) : "TODO"));
            Line("  high: " + (exact ? Display.Number(parsed) : "TODO"));
            Line("  unit: TODO           # people, percent, years, KZT per litre, ...");
            Line("  evidence:");
            Line("    quote: " + Quote(quote));
            if (occurrences.Count > 1)
            {
                Line("    occurrence: " + (occurrences.IndexOf(start) + 1).ToString(CultureInfo.InvariantCulture));
            }
        }
    }
}
