using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Linq;
using StructuredNews.Cli.Rendering;
using StructuredNews.Cli.Sources;
using StructuredNews.Export;

namespace StructuredNews.Cli.Commands
{
    /// <summary><c>sn timeline</c>: the dataset's events in chronological order.</summary>
    public static class TimelineCommand
    {
        /// <summary>The command, over the dataset the command line selects.</summary>
        public static Command Create(DatasetSelection datasets, CliEnvironment environment)
        {
            var from = ValueParsers.DateOption("--from", "Only events that are still going on on or after this day (YYYY-MM-DD).");
            var to = ValueParsers.DateOption("--to", "Only events that have started on or before this day (YYYY-MM-DD).");
            var actor = new Option<string?>("--actor")
            {
                Description = "Only events this actor (an id, as 'sn actors' and 'sn resolve' print it) takes part in, in any role.",
                HelpName = "ID",
            };
            var place = new Option<string?>("--place")
            {
                Description = "Only events at this place (an id) or anywhere within it: --place kazakhstan includes its cities.",
                HelpName = "ID",
            };
            var format = ValueParsers.FormatOption("events");
            var command = new Command(
                "timeline",
                "List the events in chronological order: id, dates (a range as START..END; '~' marks approximate dates, "
                + "'(week)' and '(month)' coarser ones), place, number of articles reporting the event, and summary.")
            {
                from,
                to,
                actor,
                place,
                format,
            };
            command.SetAction(parseResult => datasets.Open(parseResult, parseResult.InvocationConfiguration.Error) is not { } source ? ExitCodes.NotFound : Run(
                source.Dataset,
                new Filter(parseResult.GetValue(from), parseResult.GetValue(to), parseResult.GetValue(actor), parseResult.GetValue(place)),
                parseResult.GetValue(format),
                environment.TerminalWidth,
                parseResult.InvocationConfiguration.Output,
                parseResult.InvocationConfiguration.Error));
            return command;
        }

        /// <summary>Which events to list: overlapping [<paramref name="From"/>, <paramref name="To"/>], involving an actor, at a place (ids).</summary>
        public sealed record Filter(NewsDate? From = null, NewsDate? To = null, string? Actor = null, string? Place = null);

        /// <summary>Writes the timeline of the events <paramref name="filter"/> keeps.</summary>
        public static int Run(NewsDataset dataset, Filter filter, ListFormat format, int? width, TextWriter output, TextWriter error)
        {
            if (filter.From is { } f && filter.To is { } t && f > t)
            {
                error.WriteLine("sn: --from (" + f + ") is after --to (" + t + ").");
                return ExitCodes.UsageError;
            }

            IEnumerable<Event> events = dataset.Events;
            if (filter.Actor != null)
            {
                if (EntityLookup.Find<Actor>(dataset, filter.Actor, "actor", "--actor", error) is not { } actor)
                {
                    return ExitCodes.NotFound;
                }

                var involving = new HashSet<Event>(dataset.Events.Involving(actor));
                events = events.Where(involving.Contains);
            }

            if (filter.Place != null)
            {
                if (EntityLookup.Find<Place>(dataset, filter.Place, "place", "--place", error) is not { } place)
                {
                    return ExitCodes.NotFound;
                }

                var at = new HashSet<Event>(dataset.Events.At(place));
                events = events.Where(at.Contains);
            }

            events = events.Where(e => (filter.From == null || e.End >= filter.From.Value) && (filter.To == null || e.Start <= filter.To.Value));

            var listing = new Listing<EventRecord>(new[] { "ID", "DATE", "PLACE", "ARTICLES", "SUMMARY" }, "SUMMARY");
            foreach (var @event in events)
            {
                var articles = @event.Reports.Select(r => r.ArticleId).Distinct().Count();
                listing.Add(
                    EventRecord.Of(@event),
                    @event.Id,
                    Display.EventDate(@event),
                    @event.Place?.Name,
                    articles.ToString(CultureInfo.InvariantCulture),
                    @event.Summary);
            }

            listing.WriteTo(output, format, width, "No events.");
            return ExitCodes.Ok;
        }
    }
}
