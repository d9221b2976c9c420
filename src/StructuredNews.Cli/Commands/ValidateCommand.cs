using System;
using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;

using StructuredNews.Cli.Rendering;
using StructuredNews.Cli.Sources;

namespace StructuredNews.Cli.Commands
{
    /// <summary><c>sn validate</c>: the generator's validation of annotation files, without a build.</summary>
    public static class ValidateCommand
    {
        /// <summary>The command, over the annotation files the command line selects.</summary>
        public static Command Create(DatasetSelection datasets, CliEnvironment environment)
        {
            var directory = new Argument<string?>("PROJECT|DIR")
            {
                Description = "The annotation files, as --data takes them. Default: the project in the current folder or above "
                    + "(inside this repository, the bundled dataset's).",
                Arity = ArgumentArity.ZeroOrOne,
            };
            var command = new Command(
                "validate",
                "Check annotation files exactly as the build does (the generator's own parsing and validation: YAML, "
                + "schema, ids and references, quotes, completeness) and print each problem in the compiler's format, "
                + "'path(line,col): error SN0012: message', then a summary. Exit code 1 when there are errors, 0 otherwise "
                + "(warnings alone pass).")
            {
                directory,
            };
            command.SetAction(parseResult =>
            {
                var error = parseResult.InvocationConfiguration.Error;
                var source = datasets.Open(parseResult, error, printDiagnostics: false, data: parseResult.GetValue(directory));
                if (source == null)
                {
                    return ExitCodes.NotFound;
                }

                if (source.Inputs == null)
                {
                    error.WriteLine("sn: validate checks annotation files, and " + (source.Description ?? "this dataset") + " comes without them: pass --data PROJECT|DIR.");
                    return ExitCodes.NotFound;
                }

                return Run(source.Inputs, environment, parseResult.InvocationConfiguration.Output, error);
            });
            return command;
        }

        /// <summary>Validates and prints the diagnostics and a summary.</summary>
        internal static int Run(AnnotationInputs sources, CliEnvironment environment, TextWriter output, TextWriter error)
        {
            var progress = new Progress(error, environment);
            progress.Report("sn validate: validating " + sources.Annotations.Count + " files ...");
            var diagnostics = sources.Validate();
            progress.Done();

            foreach (var diagnostic in diagnostics)
            {
                output.WriteLine(Format(diagnostic, environment));
            }

            var errors = diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error);
            var warnings = diagnostics.Count(d => d.Severity == DiagnosticSeverity.Warning);
            output.WriteLine(
                Count(errors, "error") + ", " + Count(warnings, "warning") + " in " + Count(sources.Annotations.Count, "annotation file")
                + " (" + Count(sources.Articles.Count, "article text") + ").");
            return errors > 0 ? ExitCodes.Invalid : ExitCodes.Ok;
        }

        /// <summary>
        /// A diagnostic as the compiler prints it (<see cref="Diagnostic.ToString"/>:
        /// <c>path(line,col): error SN0012: message</c>), with the path shown relative to the working directory.
        /// </summary>
        public static string Format(Diagnostic diagnostic, CliEnvironment environment)
        {
            var text = diagnostic.ToString();
            var path = diagnostic.Location.GetLineSpan().Path;
            return !string.IsNullOrEmpty(path) && text.StartsWith(path, StringComparison.Ordinal)
                ? environment.Display(path) + text.Substring(path.Length)
                : text;
        }

        private static string Count(int n, string noun) => n.ToString(CultureInfo.InvariantCulture) + " " + noun + (n == 1 ? string.Empty : "s");
    }
}
