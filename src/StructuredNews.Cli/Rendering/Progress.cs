using System.IO;

namespace StructuredNews.Cli.Rendering
{
    /// <summary>
    /// One line of progress on standard error, rewritten in place ("\r"), only when standard error is a terminal:
    /// redirected output (a pipe, a file, a test) never sees it. No colour, no cursor control beyond "\r".
    /// </summary>
    internal sealed class Progress
    {
        private readonly TextWriter error;
        private readonly bool enabled;
        private int width;

        public Progress(TextWriter error, CliEnvironment environment)
        {
            this.error = error;
            enabled = environment.ErrorIsTerminal;
        }

        public void Report(string message)
        {
            if (!enabled)
            {
                return;
            }

            error.Write("\r" + message.PadRight(width));
            width = message.Length;
            error.Flush();
        }

        /// <summary>Clears the progress line.</summary>
        public void Done()
        {
            if (!enabled || width == 0)
            {
                return;
            }

            error.Write("\r" + new string(' ', width) + "\r");
            width = 0;
            error.Flush();
        }
    }
}
