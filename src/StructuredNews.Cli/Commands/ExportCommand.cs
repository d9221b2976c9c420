using System;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Text;
using StructuredNews.Export;

namespace StructuredNews.Cli.Commands
{
    /// <summary><c>sn export</c>: the whole dataset in an interchange format.</summary>
    public static class ExportCommand
    {
        private static readonly UTF8Encoding Utf8NoBom = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

        /// <summary>The command, bound to a dataset.</summary>
        public static Command Create(NewsDataset dataset)
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
                Description = "Write to this file (UTF-8, no byte order mark, overwritten if it exists) instead of standard output; "
                    + "for csv, a directory (created if needed) that receives one file per kind, where standard output gets events.csv alone; "
                    + "for parquet, that directory, required.",
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
            command.SetAction(parseResult => Run(
                dataset,
                parseResult.GetValue(format) ?? ExportFormats.Default,
                parseResult.GetValue(outputFile),
                parseResult.InvocationConfiguration.Output,
                parseResult.InvocationConfiguration.Error));
            return command;
        }

        /// <summary>Exports the dataset to <paramref name="outputFile"/>, or to <paramref name="output"/> when it is <see langword="null"/>.</summary>
        public static int Run(NewsDataset dataset, IDatasetExporter exporter, string? outputFile, TextWriter output, TextWriter error)
        {
            // Standard output is text here; Parquet files are binary.
            if (exporter is ParquetExporter && string.IsNullOrEmpty(outputFile))
            {
                error.WriteLine("sn: parquet writes one binary file per kind: give --output DIR.");
                return ExitCodes.UsageError;
            }

            if (exporter is IMultiFileExporter multi && !string.IsNullOrEmpty(outputFile))
            {
                try
                {
                    Directory.CreateDirectory(outputFile);
                    foreach (var file in multi.WriteFiles(dataset))
                    {
                        File.WriteAllBytes(Path.Combine(outputFile, file.Key), file.Value);
                    }
                }
                catch (Exception e) when (e is IOException || e is UnauthorizedAccessException || e is NotSupportedException || e is ArgumentException)
                {
                    error.WriteLine("sn: cannot write to directory '" + outputFile + "': " + e.Message);
                    return ExitCodes.NotFound;
                }

                return ExitCodes.Ok;
            }

            byte[] bytes;
            using (var buffer = new MemoryStream())
            {
                exporter.Write(dataset, buffer);
                bytes = buffer.ToArray();
            }

            if (string.IsNullOrEmpty(outputFile))
            {
                output.Write(Utf8NoBom.GetString(bytes));
                output.Flush();
                return ExitCodes.Ok;
            }

            try
            {
                File.WriteAllBytes(outputFile, bytes);
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException || e is NotSupportedException || e is ArgumentException)
            {
                error.WriteLine("sn: cannot write '" + outputFile + "': " + e.Message);
                return ExitCodes.NotFound;
            }

            return ExitCodes.Ok;
        }
    }
}
