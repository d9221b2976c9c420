using System.CommandLine;
using System.IO;
using System.Linq;
using StructuredNews.Cli.Rendering;
using StructuredNews.Cli.Sources;

namespace StructuredNews.Cli.Commands
{
    /// <summary><c>sn timeline</c>: the dataset's events in chronological order.</summary>
    public static class TimelineCommand
    {
        /// <summary>The command, over the dataset the command line selects.</summary>
        public static Command Create(DatasetSelection datasets)
        {
            var from = new Option<NewsDate?>("--from")
            {
                Description = "Only events that are still going on on or after this day (YYYY-MM-DD).",
                HelpName = "YYYY-MM-DD",
                CustomParser = ValueParsers.Date,
            };
            var to = new Option<NewsDate?>("--to")
            {
                Description = "Only events that have started on or before this day (YYYY-MM-DD).",
                HelpName = "YYYY-MM-DD",
                CustomParser = ValueParsers.Date,
            };
            var command = new Command(
                "timeline",
                "List the events in chronological order: dates (a range as START..END; '~' marks approximate dates, "
                + "'(week)' and '(month)' coarser ones), place, number of articles reporting the event, and summary.")
            {
                from,
                to,
            };
            command.SetAction(parseResult => datasets.Open(parseResult, parseResult.InvocationConfiguration.Error) is not { } source ? ExitCodes.NotFound : Run(
                source.Dataset,
                parseResult.GetValue(from),
                parseResult.GetValue(to),
                parseResult.InvocationConfiguration.Output,
                parseResult.InvocationConfiguration.Error));
            return command;
        }

        /// <summary>Writes the timeline of events overlapping [<paramref name="from"/>, <paramref name="to"/>].</summary>
        public static int Run(NewsDataset dataset, NewsDate? from, NewsDate? to, TextWriter output, TextWriter error)
        {
            if (from is { } f && to is { } t && f > t)
            {
                error.WriteLine("sn: --from (" + f + ") is after --to (" + t + ").");
                return ExitCodes.UsageError;
            }

            var events = dataset.Events.Where(e => (from == null || e.End >= from.Value) && (to == null || e.Start <= to.Value)).ToList();
            if (events.Count == 0)
            {
                output.WriteLine("No events.");
                return ExitCodes.Ok;
            }

            var table = new TextTable("DATE", "PLACE", "ARTICLES", "SUMMARY");
            foreach (var @event in events)
            {
                var articles = @event.Reports.Select(r => r.ArticleId).Distinct().Count();
                table.Add(Display.EventDate(@event), @event.Place?.Name ?? Display.None, articles.ToString(System.Globalization.CultureInfo.InvariantCulture), @event.Summary);
            }

            table.WriteTo(output);
            return ExitCodes.Ok;
        }
    }
}
