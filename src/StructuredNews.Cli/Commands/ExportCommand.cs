using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Text;
using StructuredNews.Cli.Sources;
using StructuredNews.Export;

namespace StructuredNews.Cli.Commands
{
    /// <summary><c>sn export</c>: the whole dataset in an interchange format.</summary>
    public static class ExportCommand
    {
        private static readonly UTF8Encoding Utf8NoBom = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

        /// <summary>The command, over the dataset the command line selects.</summary>
        public static Command Create(DatasetSelection datasets, CliEnvironment environment)
        {
            var allowed = string.Join(", ", ExportFormats.Names);
            var format = new Option<IDatasetExporter>("--format", "-f")
            {
                Description = "The format to write: "
                    + string.Join("; ", ExportFormats.All.Select(e => e.Format + ", " + e.Description)) + ".",
                HelpName = string.Join("|", ExportFormats.Names),
                CustomParser = result =>
                {
                    var text = result.Tokens.Count == 0 ? null : result.Tokens[0].Value;
                    if (text == null)
                    {
                        return ExportFormats.Default;
                    }

                    var exporter = ExportFormats.Find(text);
                    if (exporter == null)
                    {
                        result.AddError("Unknown export format '" + text + "'. Allowed values: " + allowed + ".");
                    }

                    return exporter!;
                },
                DefaultValueFactory = _ => ExportFormats.Default,
            };
            format.CompletionSources.Add(ExportFormats.Names.ToArray());
            var outputFile = new Option<string?>("--output", "-o")
            {
                Description = "Write to this file (UTF-8, no byte order mark, overwritten if it exists; missing folders are created) "
                    + "instead of standard output; for csv, a directory (created if needed) that receives one file per kind, where "
                    + "standard output gets events.csv alone; for parquet, that directory, required. Each file written is named on standard error.",
                HelpName = "FILE|DIR",
            };
            var command = new Command(
                "export",
                "Write the whole dataset (articles, actors, places, events, figures, statements, conflicts) in an "
                + "interchange format, deterministically, in dataset order: json (everything, one document), csv (one table "
                + "per kind; events with ACLED's columns), geojson (places and events on a map), w3c (every quote as a W3C Web "
                + "Annotation), parquet (typed columns for DuckDB, Spark, Trino; one file per kind).")
            {
                format,
                outputFile,
            };
            command.SetAction(parseResult => datasets.Open(parseResult, parseResult.InvocationConfiguration.Error) is not { } source ? ExitCodes.NotFound : Run(
                source.Dataset,
                parseResult.GetValue(format) ?? ExportFormats.Default,
                parseResult.GetValue(outputFile),
                environment,
                parseResult.InvocationConfiguration.Output,
                parseResult.InvocationConfiguration.Error));
            return command;
        }

        /// <summary>
        /// Exports the dataset to <paramref name="outputFile"/> (a directory for a multi-file format; missing folders
        /// are created), saying on <paramref name="error"/> what was written, or to <paramref name="output"/> when it is
        /// <see langword="null"/>.
        /// </summary>
        public static int Run(NewsDataset dataset, IDatasetExporter exporter, string? outputFile, CliEnvironment environment, TextWriter output, TextWriter error)
        {
            // Standard output is text here.
            if (!exporter.WritesText && string.IsNullOrEmpty(outputFile))
            {
                error.WriteLine("sn: " + exporter.Format + " is a binary format" + (exporter is IMultiFileExporter ? ", one file per kind" : string.Empty) + ": give --output "
                    + (exporter is IMultiFileExporter ? "DIR" : "FILE") + ".");
                return ExitCodes.UsageError;
            }

            if (string.IsNullOrEmpty(outputFile))
            {
                byte[] bytes;
                using (var buffer = new MemoryStream())
                {
                    exporter.Write(dataset, buffer);
                    bytes = buffer.ToArray();
                }

                output.Write(Utf8NoBom.GetString(bytes));
                output.Flush();
                return ExitCodes.Ok;
            }

            var target = environment.Resolve(outputFile!);
            IReadOnlyList<string> written;
            try
            {
                written = DatasetExport.WriteTo(dataset, exporter, target);
            }
            catch (Exception e) when (FileOutput.IsWriteFailure(e))
            {
                error.WriteLine("sn: cannot write " + (exporter is IMultiFileExporter ? "to directory " : string.Empty) + "'" + outputFile + "': " + e.Message);
                return ExitCodes.NotFound;
            }

            foreach (var file in written)
            {
                FileOutput.Wrote(error, environment, file);
            }

            return ExitCodes.Ok;
        }
    }
}
