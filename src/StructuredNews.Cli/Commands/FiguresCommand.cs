using System.CommandLine;
using System.IO;
using System.Linq;
using StructuredNews.Cli.Rendering;
using StructuredNews.Cli.Sources;

namespace StructuredNews.Cli.Commands
{
    /// <summary><c>sn figures</c>: the numeric claims, optionally of one measure.</summary>
    public static class FiguresCommand
    {
        /// <summary>The command, over the dataset the command line selects.</summary>
        public static Command Create(DatasetSelection datasets)
        {
            var measure = new Option<Measure?>("--measure", "-m")
            {
                Description = "Only figures of this measure, spelled as in the YAML: " + string.Join(", ", VocabularyNames.NamesOf<Measure>()) + ".",
                HelpName = "measure",
                CustomParser = result => ValueParsers.SnakeCaseEnum<Measure>(result, "measure"),
            };
            measure.CompletionSources.Add(VocabularyNames.NamesOf<Measure>().ToArray());
            var command = new Command(
                "figures",
                "List the figures (numeric claims): id, measure, subject, value as stated, qualifier, the bounds it "
                + "implies (LOW..HIGH), unit, the date it describes, who claimed it (and who relayed it, as "
                + "'via a > b'), and the article it is quoted from.")
            {
                measure,
            };
            command.SetAction(parseResult => datasets.Open(parseResult, parseResult.InvocationConfiguration.Error) is not { } source ? ExitCodes.NotFound : Run(source.Dataset, parseResult.GetValue(measure), parseResult.InvocationConfiguration.Output));
            return command;
        }

        /// <summary>Writes the figures table, of every measure or of <paramref name="measure"/>.</summary>
        public static int Run(NewsDataset dataset, Measure? measure, TextWriter output)
        {
            var figures = measure is { } m ? dataset.Figures.About(m) : dataset.Figures;
            if (figures.Count == 0)
            {
                output.WriteLine(measure is { } none ? "No figures of measure " + VocabularyNames.Of(none) + "." : "No figures.");
                return ExitCodes.Ok;
            }

            var table = new TextTable("ID", "MEASURE", "SUBJECT", "VALUE", "QUALIFIER", "LOW..HIGH", "UNIT", "AS OF", "CLAIMED BY", "ARTICLE");
            foreach (var figure in figures)
            {
                table.Add(
                    figure.Id,
                    VocabularyNames.Of(figure.Measure),
                    figure.SubjectId,
                    figure.Value,
                    VocabularyNames.Of(figure.Qualifier),
                    Display.Bounds(figure),
                    figure.Unit,
                    Display.Date(figure.AsOf),
                    Display.Claimant(figure),
                    figure.Evidence.ArticleId);
            }

            table.WriteTo(output);
            return ExitCodes.Ok;
        }
    }
}
