using System;
using System.IO;
using System.Text;

namespace StructuredNews.Cli
{
    /// <summary>The <c>sn</c> executable.</summary>
    public static class Program
    {
        /// <summary>Runs <c>sn</c>; see <see cref="ExitCodes"/> for what it returns.</summary>
        public static int Main(string[] args)
        {
            // UTF-8 without a byte order mark, so `sn export > file` writes the same bytes as `--output file`.
            Console.OutputEncoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
            return SnCli.Run(args, Console.Out, Console.Error,
                new CliEnvironment(Environment.CurrentDirectory, errorIsTerminal: !Console.IsErrorRedirected, terminalWidth: OutputWidth()));
        }

        // Only a terminal has a width: redirected output keeps one line per table row, for pipes and files.
        private static int? OutputWidth()
        {
            if (Console.IsOutputRedirected)
            {
                return null;
            }

            try
            {
                return Console.WindowWidth;
            }
            catch (Exception e) when (e is IOException || e is PlatformNotSupportedException || e is InvalidOperationException)
            {
                return null;
            }
        }
    }
}
