using System;
using System.IO;
using System.Linq;

namespace StructuredNews.Cli.Tests
{
    /// <summary>The result of one <c>sn</c> command line run in-process.</summary>
    internal sealed record SnResult(int ExitCode, string Out, string Error)
    {
        /// <summary>Standard output split into lines, without the final empty line.</summary>
        public string[] Lines => Out.Split('\n').Reverse().SkipWhile(l => l.Length == 0).Reverse().ToArray();
    }

    /// <summary>Runs <c>sn</c> in-process over a dataset, capturing standard output and error.</summary>
    internal static class Sn
    {
        public static readonly NewsDataset Dataset = TestDataset.Build();

        public static SnResult Run(params string[] args) => RunOver(Dataset, args);

        public static SnResult RunOver(NewsDataset dataset, params string[] args) => RunIn(null, dataset, args);

        /// <summary>Runs over the test dataset in an environment: a working directory, a terminal width.</summary>
        public static SnResult RunIn(CliEnvironment environment, params string[] args) => RunIn(environment, Dataset, args);

        public static SnResult RunIn(CliEnvironment? environment, NewsDataset dataset, params string[] args)
        {
            var output = new StringWriter { NewLine = "\n" };
            var error = new StringWriter { NewLine = "\n" };
            var exitCode = SnCli.Run(args, dataset, output, error, environment);
            return new SnResult(exitCode, output.ToString(), error.ToString());
        }

        /// <summary>The current directory with standard output a terminal this many columns wide.</summary>
        public static CliEnvironment Terminal(int width) => new CliEnvironment(Environment.CurrentDirectory, errorIsTerminal: false, terminalWidth: width);
    }
}
