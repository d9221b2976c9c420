using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using StructuredNews.Cli.Rendering;
using StructuredNews.Cli.Sources;
using StructuredNews.Export;

namespace StructuredNews.Cli.Commands
{
    /// <summary><c>sn statements</c>: what was said, by whom, quoted from which article.</summary>
    public static class StatementsCommand
    {
        /// <summary>The command, over the dataset the command line selects.</summary>
        public static Command Create(DatasetSelection datasets, CliEnvironment environment)
        {
            var speaker = new Option<string?>("--speaker") { Description = "Only statements by this actor (an id).", HelpName = "ID" };
            var article = new Option<string?>("--article") { Description = "Only statements quoted from this article (an id).", HelpName = "ID" };
            var format = ValueParsers.FormatOption("statements");
            var command = new Command(
                "statements",
                "List the statements (what an actor said) in dataset order: id, date, speaker, the article it is quoted "
                + "from, what was said (TEXT) and the quote it rests on.")
            {
                speaker,
                article,
                format,
            };
            command.SetAction(parseResult => datasets.Open(parseResult, parseResult.InvocationConfiguration.Error) is not { } source ? ExitCodes.NotFound : Run(
                source.Dataset,
                parseResult.GetValue(speaker),
                parseResult.GetValue(article),
                parseResult.GetValue(format),
                environment.TerminalWidth,
                parseResult.InvocationConfiguration.Output,
                parseResult.InvocationConfiguration.Error));
            return command;
        }

        /// <summary>Writes the statements of <paramref name="speakerId"/> and from <paramref name="articleId"/> (ids; <see langword="null"/> for any).</summary>
        public static int Run(NewsDataset dataset, string? speakerId, string? articleId, ListFormat format, int? width, TextWriter output, TextWriter error)
        {
            IEnumerable<Statement> statements = dataset.Statements;
            if (speakerId != null)
            {
                if (EntityLookup.Find<Actor>(dataset, speakerId, "actor", "--speaker", error) is not { } speaker)
                {
                    return ExitCodes.NotFound;
                }

                statements = statements.Where(s => s.SpeakerId == speaker.Id);
            }

            if (articleId != null)
            {
                if (EntityLookup.Find<Article>(dataset, articleId, "article", "--article", error) is not { } article)
                {
                    return ExitCodes.NotFound;
                }

                statements = statements.Where(s => s.Evidence.ArticleId == article.Id);
            }

            var listing = new Listing<StatementRecord>(new[] { "ID", "DATE", "SPEAKER", "ARTICLE", "TEXT", "QUOTE" }, "TEXT", "QUOTE");
            foreach (var statement in statements)
            {
                listing.Add(
                    StatementRecord.Of(statement),
                    statement.Id,
                    statement.Date?.ToString(),
                    statement.SpeakerId,
                    statement.Evidence.ArticleId,
                    statement.Text,
                    statement.Evidence.Quote);
            }

            listing.WriteTo(output, format, width, "No statements.");
            return ExitCodes.Ok;
        }
    }
}
