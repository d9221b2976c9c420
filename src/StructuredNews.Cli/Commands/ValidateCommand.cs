using System;
using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using StructuredNews.Cli.Annotations;
using StructuredNews.Cli.Rendering;

namespace StructuredNews.Cli.Commands
{
    /// <summary><c>sn validate</c>: the generator's validation of annotation files, without a build.</summary>
    public static class ValidateCommand
    {
        /// <summary>The command.</summary>
        public static Command Create(CliEnvironment environment)
        {
            var directory = new Argument<string?>("DIR")
            {
                Description = "The annotation files: every *.yaml below this directory. Default: " + AnnotationSources.BundledDataDirectory
                    + " in the current directory or the nearest parent that has one.",
                Arity = ArgumentArity.ZeroOrOne,
            };
            var articles = new Option<string?>("--articles", "-a")
            {
                Description = "The article texts the quotes are checked against: every *.txt in this directory. Default: the "
                    + "nearest seeds/ directory in DIR or above it.",
                HelpName = "DIR",
            };
            var command = new Command(
                "validate",
                "Check annotation files exactly as the build does (the generator's own parsing and validation: YAML, "
                + "schema, ids and references, quotes, completeness) and print each problem in the compiler's format, "
                + "'path(line,col): error SN0012: message', then a summary. Exit code 1 when there are errors, 0 otherwise "
                + "(warnings alone pass).")
            {
                directory,
                articles,
            };
            command.SetAction(parseResult => Run(
                parseResult.GetValue(directory),
                parseResult.GetValue(articles),
                environment,
                parseResult.InvocationConfiguration.Output,
                parseResult.InvocationConfiguration.Error));
            return command;
        }

        /// <summary>Validates and prints the diagnostics and a summary.</summary>
        public static int Run(string? directory, string? articles, CliEnvironment environment, TextWriter output, TextWriter error)
        {
            var data = AnnotationSources.FindDataDirectory(directory, environment);
            if (data == null || !Directory.Exists(data))
            {
                error.WriteLine(data == null
                    ? "sn: no annotation directory given and no " + AnnotationSources.BundledDataDirectory + " found here or above."
                    : "sn: annotation directory '" + directory + "' does not exist.");
                return ExitCodes.NotFound;
            }

            var seeds = AnnotationSources.FindArticlesDirectory(data, articles, environment);
            if (articles != null && (seeds == null || !Directory.Exists(seeds)))
            {
                error.WriteLine("sn: articles directory '" + articles + "' does not exist.");
                return ExitCodes.NotFound;
            }

            var progress = new Progress(error, environment);
            progress.Report("sn validate: reading " + environment.Display(data) + " ...");
            var sources = AnnotationSources.Read(data, seeds);
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
                + " (" + Count(sources.Articles.Count, "article text") + (seeds == null ? string.Empty : " from " + environment.Display(seeds)) + ").");
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
