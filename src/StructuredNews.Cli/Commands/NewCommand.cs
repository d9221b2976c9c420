using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Text;
using StructuredNews.Cli.Annotations;
using StructuredNews.Cli.Sources;

namespace StructuredNews.Cli.Commands
{
    /// <summary><c>sn new article</c>: a starter annotation file for a new article text.</summary>
    public static class NewCommand
    {
        private static readonly UTF8Encoding Utf8NoBom = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

        /// <summary>The <c>new</c> command with its <c>article</c> subcommand; the selected dataset gives the known names.</summary>
        public static Command Create(DatasetSelection datasets, CliEnvironment environment)
        {
            var text = new Argument<string>("PATH-TO-TEXT") { Description = "The article text (UTF-8), as it will be passed to the build (its file name becomes the seed)." };
            var language = new Option<string?>("--language", "-l")
            {
                Description = "The BCP 47 language tag of the text (en, da, ...). Default: guessed, da or en.",
                HelpName = "xx",
            };
            var id = new Option<string?>("--id")
            {
                Description = "The article's id. Default: from the file name (000_ffb9.txt gives article-000_ffb9).",
                HelpName = "ID",
            };
            var output = new Option<string?>("--output", "-o")
            {
                Description = "Write the YAML to this file (UTF-8, LF, not overwritten if it exists; missing folders are created) instead of standard output.",
                HelpName = "FILE",
            };
            var article = new Command(
                "article",
                "Write a starter annotation YAML for a new article: the article section (id, seed, language, a TODO title), "
                + "every number the build's completeness check finds as an ignore entry with reason '" + StarterAnnotation.NumberReason
                + "' next to a commented-out figure skeleton quoting its sentence, and every name of a known actor or place "
                + "in the text as a TODO ignore entry naming the entity to reference. The file builds as it is.")
            {
                text,
                language,
                id,
                output,
            };
            article.SetAction(parseResult => Run(
                KnownNames(datasets, parseResult),
                parseResult.GetValue(text)!,
                parseResult.GetValue(language),
                parseResult.GetValue(id),
                parseResult.GetValue(output),
                environment,
                parseResult.InvocationConfiguration.Output,
                parseResult.InvocationConfiguration.Error));

            var command = new Command("new", "Start an annotation: 'sn new article PATH-TO-TEXT' writes a starter YAML for a new article text.");
            command.Subcommands.Add(article);
            return command;
        }

        // The names of the selected dataset: its annotation files' when known (names not yet built), else the dataset's.
        // A new project has no dataset yet: then the starter lists numbers only, and sn says so.
        private static IReadOnlyList<KnownName> KnownNames(DatasetSelection datasets, ParseResult parseResult)
        {
            var error = parseResult.InvocationConfiguration.Error;
            var source = datasets.Open(parseResult, error, printDiagnostics: false);
            if (source == null)
            {
                error.WriteLine("sn: no known actors or places: the starter lists the text's numbers only.");
                return Array.Empty<KnownName>();
            }

            return source.Inputs is { } inputs && source.BuiltFromInputs ? inputs.KnownNames() : KnownName.Of(source.Dataset);
        }

        /// <summary>Writes the starter annotation.</summary>
        public static int Run(IReadOnlyList<KnownName> known, string path, string? language, string? id, string? outputFile, CliEnvironment environment, TextWriter output, TextWriter error)
        {
            var fullPath = environment.Resolve(path);
            string text;
            try
            {
                text = File.ReadAllText(fullPath);
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException || e is NotSupportedException || e is ArgumentException)
            {
                error.WriteLine("sn: cannot read '" + path + "': " + e.Message);
                return ExitCodes.NotFound;
            }

            var yaml = StarterAnnotation.Write(
                string.IsNullOrWhiteSpace(id) ? StarterAnnotation.IdFromFileName(fullPath) : id!.Trim(),
                Path.GetFileName(fullPath),
                string.IsNullOrWhiteSpace(language) ? StarterAnnotation.GuessLanguage(text) : language!.Trim(),
                text,
                known,
                EditorSchema.ModelineFor(EditorSchema.Locate(EditorSchema.PackagesFolder()), string.IsNullOrEmpty(outputFile) ? null : Path.GetDirectoryName(environment.Resolve(outputFile!))));

            if (string.IsNullOrEmpty(outputFile))
            {
                output.Write(yaml);
                output.Flush();
                return ExitCodes.Ok;
            }

            var target = environment.Resolve(outputFile!);
            try
            {
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                using var stream = new FileStream(target, FileMode.CreateNew, FileAccess.Write);
                var bytes = Utf8NoBom.GetBytes(yaml);
                stream.Write(bytes, 0, bytes.Length);
            }
            catch (Exception e) when (FileOutput.IsWriteFailure(e))
            {
                error.WriteLine("sn: cannot write '" + outputFile + "': " + e.Message);
                return ExitCodes.NotFound;
            }

            FileOutput.Wrote(error, environment, target);
            return ExitCodes.Ok;
        }
    }
}
