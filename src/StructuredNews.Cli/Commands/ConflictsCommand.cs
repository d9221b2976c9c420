using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using StructuredNews.Cli.Rendering;
using StructuredNews.Cli.Sources;

namespace StructuredNews.Cli.Commands
{
    /// <summary>
    /// <c>sn conflicts</c>: every series of figures about one measure and subject (in one unit) whose figures differ,
    /// each step marked consistent, revision or contradiction (docs/reconciliation.md), with the current estimate.
    /// </summary>
    public static class ConflictsCommand
    {
        /// <summary>The command, over the dataset the command line selects.</summary>
        public static Command Create(DatasetSelection datasets)
        {
            var contradictionsOnly = new Option<bool>("--contradictions") { Description = "Only the series with a contradiction (same day or undated, ranges that do not overlap)." };
            var command = new Command(
                "conflicts",
                "List the series of figures about one measure and subject whose figures differ (e.g. 8 then 12 security "
                + "officers killed), in as-of order: each figure with its value, bounds, claimant and relay chain, and "
                + "article; each step marked consistent (ranges overlap), revision (a later date) or contradiction (the "
                + "same day or undated); and the current estimate (low, best, high).");
            command.Options.Add(contradictionsOnly);
            command.SetAction(parseResult => datasets.Open(parseResult, parseResult.InvocationConfiguration.Error) is not { } source ? ExitCodes.NotFound : Run(source.Dataset, parseResult.InvocationConfiguration.Output, parseResult.GetValue(contradictionsOnly)));
            return command;
        }

        /// <summary>Writes one block per series: a one-line summary with the step kinds, a table of its figures, the estimate.</summary>
        public static int Run(NewsDataset dataset, TextWriter output, bool contradictionsOnly = false)
        {
            var shown = dataset.Series
                .Where(s => s.Figures.Any(f => !f.AgreesWith(s.Figures[0])))
                .Where(s => !contradictionsOnly || s.HasContradiction)
                .ToList();
            if (shown.Count == 0)
            {
                output.WriteLine(contradictionsOnly ? "No contradicting figures." : "No figures that differ.");
                return ExitCodes.Ok;
            }

            var first = true;
            foreach (var series in shown)
            {
                if (!first)
                {
                    output.WriteLine();
                }

                first = false;
                var subjectName = dataset.FindNamed(series.SubjectId)?.Name;
                var subject = subjectName == null ? series.SubjectId : subjectName + " (" + series.SubjectId + ")";
                output.WriteLine(
                    VocabularyNames.Of(series.Measure) + ": " + subject + ", " + series.Unit + ": " + Summary(series.Figures[0])
                    + string.Concat(series.Steps.Select(step => " " + Mark(step.Kind) + " " + Summary(step.Later))));

                var table = new TextTable("FIGURE", "VALUE", "LOW..HIGH", "AS OF", "CLAIMED BY", "ARTICLE", "STEP");
                for (var i = 0; i < series.Figures.Count; i++)
                {
                    var figure = series.Figures[i];
                    table.Add(
                        figure.Id,
                        Display.QualifiedValue(figure),
                        Display.Bounds(figure),
                        Display.Date(figure.AsOf),
                        Display.Claimant(figure),
                        figure.Evidence.ArticleId,
                        i == 0 ? Display.None : VocabularyNames.Of(series.Steps[i - 1].Kind));
                }

                table.WriteTo(output, indent: "  ");
                if (series.Estimate() is { } estimate)
                {
                    output.WriteLine("  estimate" + (estimate.AsOf is { } asOf ? " as of " + asOf : string.Empty) + ": low " + Display.Number(estimate.Low)
                        + ", best " + Display.Number(estimate.Best) + ", high " + Display.Number(estimate.High) + " (" + string.Join(", ", estimate.Figures.Select(f => f.Id)) + ")");
                }
            }

            return ExitCodes.Ok;
        }

        // "=" consistent, "->" revision, "<>" contradiction: plain ASCII for terminals and logs.
        private static string Mark(StepKind kind) => kind switch
        {
            StepKind.Revision => "->",
            StepKind.Contradiction => "<>",
            _ => "=",
        };

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
