using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using StructuredNews.Cli.Rendering;
using StructuredNews.Cli.Sources;
using StructuredNews.Export;

namespace StructuredNews.Cli.Commands
{
    /// <summary><c>sn figures</c>: the numeric claims, optionally of one measure, subject, claimant, article or as-of range.</summary>
    public static class FiguresCommand
    {
        /// <summary>The command, over the dataset the command line selects.</summary>
        public static Command Create(DatasetSelection datasets, CliEnvironment environment)
        {
            var measure = new Option<Measure?>("--measure", "-m")
            {
                Description = "Only figures of this measure, spelled as in the YAML: " + string.Join(", ", VocabularyNames.NamesOf<Measure>()) + ".",
                HelpName = "measure",
                CustomParser = result => ValueParsers.SnakeCaseEnum<Measure>(result, "measure"),
            };
            measure.CompletionSources.Add(VocabularyNames.NamesOf<Measure>().ToArray());
            var subject = new Option<string?>("--subject") { Description = "Only figures about this actor, place or topic (an id).", HelpName = "ID" };
            var claimedBy = new Option<string?>("--claimed-by") { Description = "Only figures this actor (an id) claimed.", HelpName = "ID" };
            var article = new Option<string?>("--article") { Description = "Only figures quoted from this article (an id).", HelpName = "ID" };
            var from = ValueParsers.DateOption("--from", "Only figures as of this day or later (YYYY-MM-DD); figures without an as-of date are left out.");
            var to = ValueParsers.DateOption("--to", "Only figures as of this day or earlier (YYYY-MM-DD); figures without an as-of date are left out.");
            var format = ValueParsers.FormatOption("figures");
            var command = new Command(
                "figures",
                "List the figures (numeric claims): id, measure, subject, value as stated, qualifier, the bounds it "
                + "implies (LOW..HIGH), unit, the date it describes, who claimed it (and who relayed it, as "
                + "'via a > b'), and the article it is quoted from.")
            {
                measure,
                subject,
                claimedBy,
                article,
                from,
                to,
                format,
            };
            command.SetAction(parseResult => datasets.Open(parseResult, parseResult.InvocationConfiguration.Error) is not { } source ? ExitCodes.NotFound : Run(
                source.Dataset,
                new Filter(parseResult.GetValue(measure), parseResult.GetValue(subject), parseResult.GetValue(claimedBy), parseResult.GetValue(article),
                    parseResult.GetValue(from), parseResult.GetValue(to)),
                parseResult.GetValue(format),
                environment.TerminalWidth,
                parseResult.InvocationConfiguration.Output,
                parseResult.InvocationConfiguration.Error));
            return command;
        }

        /// <summary>Which figures to list; ids for the subject, claimant and article; an as-of range.</summary>
        public sealed record Filter(Measure? Measure = null, string? Subject = null, string? ClaimedBy = null, string? Article = null, NewsDate? From = null, NewsDate? To = null);

        /// <summary>Writes the figures <paramref name="filter"/> keeps, in dataset order.</summary>
        public static int Run(NewsDataset dataset, Filter filter, ListFormat format, int? width, TextWriter output, TextWriter error)
        {
            if (filter.From is { } f && filter.To is { } t && f > t)
            {
                error.WriteLine("sn: --from (" + f + ") is after --to (" + t + ").");
                return ExitCodes.UsageError;
            }

            IEnumerable<Figure> figures = filter.Measure is { } m ? dataset.Figures.About(m) : dataset.Figures;
            if (filter.Subject != null)
            {
                if (EntityLookup.Find<NamedEntity>(dataset, filter.Subject, "actor, place or topic", "--subject", error) is not { } subject)
                {
                    return ExitCodes.NotFound;
                }

                figures = figures.Concerning(subject);
            }

            if (filter.ClaimedBy != null)
            {
                if (EntityLookup.Find<Actor>(dataset, filter.ClaimedBy, "actor", "--claimed-by", error) is not { } claimant)
                {
                    return ExitCodes.NotFound;
                }

                figures = figures.ClaimedBy(claimant);
            }

            if (filter.Article != null)
            {
                if (EntityLookup.Find<Article>(dataset, filter.Article, "article", "--article", error) is not { } source)
                {
                    return ExitCodes.NotFound;
                }

                figures = figures.In(source);
            }

            if (filter.From != null || filter.To != null)
            {
                figures = figures.Where(x => x.AsOf is { } asOf && (filter.From == null || asOf >= filter.From.Value) && (filter.To == null || asOf <= filter.To.Value));
            }

            var listing = new Listing<FigureRecord>(
                new[] { "ID", "MEASURE", "SUBJECT", "VALUE", "QUALIFIER", "LOW..HIGH", "UNIT", "AS OF", "CLAIMED BY", "ARTICLE" }, "VALUE", "UNIT", "CLAIMED BY");
            foreach (var figure in figures)
            {
                listing.Add(
                    FigureRecord.Of(figure),
                    figure.Id,
                    VocabularyNames.Of(figure.Measure),
                    figure.SubjectId,
                    figure.Value,
                    VocabularyNames.Of(figure.Qualifier),
                    figure.Low == null && figure.High == null ? null : Display.Bounds(figure),
                    figure.Unit,
                    figure.AsOf?.ToString(),
                    FigureWording.Attribution(figure),
                    figure.Evidence.ArticleId);
            }

            var none = filter == new Filter(filter.Measure) && filter.Measure is { } only ? "No figures of measure " + VocabularyNames.Of(only) + "." : "No figures.";
            listing.WriteTo(output, format, width, none);
            return ExitCodes.Ok;
        }
    }
}
