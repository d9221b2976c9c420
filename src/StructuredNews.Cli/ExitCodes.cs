namespace StructuredNews.Cli
{
    /// <summary>The process exit codes of <c>sn</c>.</summary>
    public static class ExitCodes
    {
        /// <summary>Success.</summary>
        public const int Ok = 0;

        /// <summary>What was asked for does not exist (a name that resolves to nothing, an unwritable output file).</summary>
        public const int NotFound = 1;

        /// <summary><c>sn validate</c> found errors (the build would fail).</summary>
        public const int Invalid = 1;

        /// <summary>The command line is wrong: unknown command or option, invalid value, missing argument.</summary>
        public const int UsageError = 2;
    }
}
