using System;
using System.CommandLine;
using System.IO;
using System.Text;
using StructuredNews.Cli.Rendering;
using StructuredNews.Cli.Report;
using StructuredNews.Cli.Sources;

namespace StructuredNews.Cli.Commands
{
    /// <summary><c>sn report</c>: a static HTML report of the dataset.</summary>
    public static class ReportCommand
    {
        private static readonly UTF8Encoding Utf8NoBom = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

        /// <summary>The command, over the dataset the command line selects.</summary>
        public static Command Create(DatasetSelection datasets, CliEnvironment environment)
        {
            var output = new Option<string>("--output", "-o")
            {
                Description = "The directory to write index.html to (created if needed, with its missing parents; index.html is overwritten). "
                    + "The file written is named on standard error.",
                HelpName = "DIR",
                Required = true,
            };
            var command = new Command(
                "report",
                "Write a static HTML report, one self-contained index.html (styles inline, charts as inline SVG, no script, "
                + "nothing loaded from the network): the timeline of events by day with the articles that report each, a "
                + "chart per conflict of the measure over time by claimant (one point per figure, ranges as bars), every "
                + "figure linked to its highlighted quote, actor and place tables with aliases, and the article texts with "
                + "every evidence span marked.")
            {
                output,
            };
            command.SetAction(parseResult => datasets.Open(parseResult, parseResult.InvocationConfiguration.Error) is not { } source ? ExitCodes.NotFound : Run(
                source.Dataset,
                parseResult.GetValue(output)!,
                environment,
                parseResult.InvocationConfiguration.Output,
                parseResult.InvocationConfiguration.Error));
            return command;
        }

        /// <summary>Writes DIR/index.html.</summary>
        public static int Run(NewsDataset dataset, string directory, CliEnvironment environment, TextWriter output, TextWriter error)
        {
            var progress = new Progress(error, environment);
            var html = HtmlReport.Render(dataset, section => progress.Report("sn report: " + section + " ..."));
            progress.Done();
            var target = Path.Combine(environment.Resolve(directory), "index.html");
            try
            {
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.WriteAllBytes(target, Utf8NoBom.GetBytes(html));
            }
            catch (Exception e) when (FileOutput.IsWriteFailure(e))
            {
                error.WriteLine("sn: cannot write '" + target + "': " + e.Message);
                return ExitCodes.NotFound;
            }

            FileOutput.Wrote(error, environment, target);
            return ExitCodes.Ok;
        }
    }
}
