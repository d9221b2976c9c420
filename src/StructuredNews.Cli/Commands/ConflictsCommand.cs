using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using StructuredNews.Cli.Rendering;

namespace StructuredNews.Cli.Commands
{
    /// <summary><c>sn conflicts</c>: figures about the same measure and subject whose values disagree.</summary>
    public static class ConflictsCommand
    {
        /// <summary>The command, bound to a dataset.</summary>
        public static Command Create(NewsDataset dataset)
        {
            var command = new Command(
                "conflicts",
                "List the groups of figures about the same measure and subject whose values disagree (e.g. 8 vs at "
                + "least 12 security officers killed), each figure with its value, bounds, as-of date, claimant "
                + "and relay chain, and article.");
            command.SetAction(parseResult => Run(dataset, parseResult.InvocationConfiguration.Output));
            return command;
        }

        /// <summary>Writes one block per conflict: a one-line summary, then a table of its figures.</summary>
        public static int Run(NewsDataset dataset, TextWriter output)
        {
            if (dataset.Conflicts.Count == 0)
            {
                output.WriteLine("No conflicting figures.");
                return ExitCodes.Ok;
            }

            var first = true;
            foreach (var conflict in dataset.Conflicts)
            {
                if (!first)
                {
                    output.WriteLine();
                }

                first = false;
                var subjectName = dataset.FindNamed(conflict.SubjectId)?.Name;
                var subject = subjectName == null ? conflict.SubjectId : subjectName + " (" + conflict.SubjectId + ")";
                output.WriteLine(
                    VocabularyNames.Of(conflict.Measure) + ": " + subject + ": "
                    + string.Join(" vs ", conflict.Figures.Select(Summary)));

                var table = new TextTable("FIGURE", "VALUE", "LOW..HIGH", "UNIT", "AS OF", "CLAIMED BY", "ARTICLE");
                foreach (var figure in conflict.Figures)
                {
                    table.Add(
                        figure.Id,
                        Display.QualifiedValue(figure),
                        Display.Bounds(figure),
                        figure.Unit,
                        Display.Date(figure.AsOf),
                        Display.Claimant(figure),
                        figure.Evidence.ArticleId);
                }

                table.WriteTo(output, indent: "  ");
            }

            return ExitCodes.Ok;
        }

        // "at least 12 (2022-01-06, interior-ministry via tass)"; the parenthesis holds only what is known.
        private static string Summary(Figure figure)
        {
            var known = new List<string>(2);
            if (figure.AsOf is { } asOf)
            {
                known.Add(asOf.ToString());
            }

            if (figure.ClaimedById != null || figure.ViaIds.Count > 0)
            {
                known.Add(Display.Claimant(figure));
            }

            return Display.QualifiedValue(figure) + (known.Count == 0 ? string.Empty : " (" + string.Join(", ", known) + ")");
        }
    }
}
