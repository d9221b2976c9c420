using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using StructuredNews.Annotations.Naming;
using StructuredNews.Cli.Rendering;
using StructuredNews.Cli.Sources;

namespace StructuredNews.Cli.Commands
{
    /// <summary><c>sn resolve NAME</c>: the actor, place or topic a name refers to, and which of its spellings matched.</summary>
    public static class ResolveCommand
    {
        /// <summary>The command, over the dataset the command line selects.</summary>
        public static Command Create(DatasetSelection datasets, CliEnvironment environment)
        {
            var name = new Argument<string>("name")
            {
                Description = "A name, alias or id in any language the dataset knows (case, accents and punctuation are ignored).",
            };
            var idOnly = new Option<bool>("--id-only")
            {
                Description = "Print only the canonical id of the first match (for scripts: sn show $(sn resolve --id-only Tokayev)); "
                    + "other matches are listed on standard error.",
            };
            var command = new Command(
                "resolve",
                "Print the canonical id of the actor, place or topic a name refers to, with its name, kind (e.g. 'actor person') "
                + "and the spelling that matched (its canonical name, its name in a language, an alias or its id). When several "
                + "entities match, each is a row, the first (actors before places before topics) being what the runtime's "
                + "Resolve returns. Exits with 1 when nothing matches, suggesting the nearest known names.")
            {
                name,
                idOnly,
            };
            command.SetAction(parseResult => datasets.Open(parseResult, parseResult.InvocationConfiguration.Error) is not { } source ? ExitCodes.NotFound : Run(
                source.Dataset,
                parseResult.GetRequiredValue(name),
                parseResult.GetValue(idOnly),
                environment.TerminalWidth,
                parseResult.InvocationConfiguration.Output,
                parseResult.InvocationConfiguration.Error));
            return command;
        }

        /// <summary>Writes what <paramref name="name"/> resolves to, or explains on <paramref name="error"/> that nothing does.</summary>
        public static int Run(NewsDataset dataset, string name, bool idOnly, int? width, TextWriter output, TextWriter error)
        {
            var matches = dataset.ResolveAll(name);
            if (matches.Count == 0)
            {
                error.WriteLine("sn: no actor, place or topic is called '" + name + "'."
                    + DidYouMean.Phrase(Suggest(dataset, name).Select(s => "'" + s.Spelling + "' (" + s.Entity.Id + ")").ToList(), s => s));
                return ExitCodes.NotFound;
            }

            if (idOnly)
            {
                output.WriteLine(matches[0].Id);
                if (matches.Count > 1)
                {
                    error.WriteLine("'" + name + "' also matches: " + string.Join(", ", matches.Skip(1).Select(m => m.Id + " (" + KindOf(m) + ")")));
                }

                return ExitCodes.Ok;
            }

            var table = new TextTable("ID", "NAME", "KIND", "MATCHED").Wrap("NAME", "MATCHED");
            foreach (var match in matches)
            {
                table.Add(match.Id, match.Name, Describe.Kind(match), Matched(match, name));
            }

            table.WriteTo(output, width: width);
            return ExitCodes.Ok;
        }

        /// <summary>
        /// The spellings of <paramref name="entity"/> that <paramref name="name"/> matches, each with what it is:
        /// <c>Kassym-Jomart Tokayev (canonical name, name in en)</c>, <c>Qasym-Jōmart Toqaev (alias)</c>, <c>lpg (id)</c>.
        /// </summary>
        public static string Matched(NamedEntity entity, string name)
        {
            var key = NameKey.Fold(name);
            var spellings = new List<(string Spelling, string What)> { (entity.Id, "id"), (entity.Name, "canonical name") };
            spellings.AddRange(entity.Names.OrderBy(n => n.Key, StringComparer.Ordinal).Select(n => (n.Value, "name in " + n.Key)));
            spellings.AddRange(entity.Aliases.Select(a => (a, "alias")));
            return string.Join(", ", spellings
                .Where(s => NameKey.Fold(s.Spelling) == key)
                .GroupBy(s => s.Spelling, StringComparer.Ordinal)
                .Select(g => g.Key + " (" + string.Join(", ", g.Select(s => s.What)) + ")"));
        }

        private static string KindOf(NamedEntity entity) =>
            entity switch
            {
                Actor actor => "actor, " + VocabularyNames.Of(actor.Kind),
                Place place => "place, " + VocabularyNames.Of(place.Kind),
                _ => "topic",
            };

        /// <summary>
        /// The known names nearest to a name that matches none, at most <see cref="DidYouMean.Max"/> entities, each with
        /// its nearest spelling: a few edits from the whole spelling or from as many of its words as the name has
        /// ("Tokaev" → Tokayev); else containing it ("Jomart" → Kassym-Jomart Tokayev) or all its words ("Almaty Hall"
        /// → Almaty City Hall); else contained in it as words ("President Tokayev" → Tokayev).
        /// </summary>
        public static IReadOnlyList<(NamedEntity Entity, string Spelling)> Suggest(NewsDataset dataset, string name)
        {
            var key = NameKey.Fold(name);
            if (key.Length == 0)
            {
                return Array.Empty<(NamedEntity, string)>();
            }

            var reach = DidYouMean.Reach(key.Length);
            var keyWords = key.Split(' ');
            var words = keyWords.Length;
            var found = new List<(NamedEntity Entity, string Spelling, int Rank, int Order)>();
            var order = 0;
            foreach (var entity in dataset.Actors.Cast<NamedEntity>().Concat(dataset.Places).Concat(dataset.Topics))
            {
                (string Spelling, int Rank)? best = null;
                foreach (var spelling in entity.AllNames())
                {
                    var folded = NameKey.Fold(spelling);
                    var whole = EditDistance.Of(key, folded);
                    var part = Windows(folded, words).Select(w => EditDistance.Of(key, w)).DefaultIfEmpty(int.MaxValue).Min();
                    // Whole spellings before parts of longer ones, containing last: "Tokaev" suggests the alias Tokayev
                    // rather than the full name it is a word of.
                    var rank = whole <= reach ? 2 * whole
                        : part <= reach ? (2 * part) + 1
                        : key.Length >= 3 && folded.Contains(key, StringComparison.Ordinal) ? (2 * reach) + 2
                        : words > 1 && keyWords.All(folded.Split(' ').Contains) ? (2 * reach) + 2
                        : folded.Length >= 3 && (" " + key + " ").Contains(" " + folded + " ", StringComparison.Ordinal) ? (2 * reach) + 3
                        : -1;
                    if (rank >= 0 && (best == null || rank < best.Value.Rank))
                    {
                        best = (spelling, rank);
                    }
                }

                if (best is { } b)
                {
                    found.Add((entity, b.Spelling, b.Rank, order));
                }

                order++;
            }

            return found.OrderBy(f => f.Rank).ThenBy(f => f.Order).Take(DidYouMean.Max).Select(f => (f.Entity, f.Spelling)).ToList();
        }

        // Every run of `count` consecutive words of a folded name.
        private static IEnumerable<string> Windows(string folded, int count)
        {
            var words = folded.Split(' ');
            for (var i = 0; i + count <= words.Length; i++)
            {
                yield return string.Join(" ", words, i, count);
            }
        }
    }
}
