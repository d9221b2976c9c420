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

        public static SnResult RunOver(NewsDataset dataset, params string[] args)
        {
            var output = new StringWriter { NewLine = "\n" };
            var error = new StringWriter { NewLine = "\n" };
            var exitCode = SnCli.Run(args, dataset, output, error);
            return new SnResult(exitCode, output.ToString(), error.ToString());
        }
    }
}
