using System;
using System.CommandLine;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using StructuredNews.Cli.Commands;

namespace StructuredNews.Cli.Sources
{
    /// <summary>
    /// Which dataset a command works on (docs/tools.md, "Which dataset"): the options every command takes, and the
    /// rules that turn them into a <see cref="DatasetSource"/>. Never a silent fallback: the source is said on
    /// standard error before the command's output, and a source that cannot be found is an error, not another dataset.
    /// </summary>
    public sealed class DatasetSelection
    {
        /// <summary>The bundled dataset's project, relative to the repository root: the default inside this repository.</summary>
        internal const string RepositoryProject = "src/StructuredNews.Kazakhstan2022/StructuredNews.Kazakhstan2022.csproj";

        private readonly DatasetSource? given;
        private readonly CliEnvironment environment;

        /// <summary>
        /// Options bound to an environment. <paramref name="given"/> is the dataset when no option names one (tests and
        /// apps that run <c>sn</c> in-process); without it, the current project, else the bundled dataset inside this
        /// repository.
        /// </summary>
        public DatasetSelection(DatasetSource? given, CliEnvironment environment)
        {
            this.given = given;
            this.environment = environment;
        }

        /// <summary><c>--data</c>: a project file or folder, a folder of <c>*.news.yaml</c>, an annotation file or a glob.</summary>
        public Option<string?> Data { get; } = new Option<string?>("--data", "-d")
        {
            Description = "The annotation files: a project (folder or .csproj; its StructuredNewsAnnotations and StructuredNewsArticles), "
                + "a folder (every " + AnnotationInputs.DefaultAnnotations + " below it, texts in its " + AnnotationInputs.DefaultArticles + "), "
                + "a file or a quoted glob ('data/**/*.yaml'). Default: the project in the current folder or above.",
            HelpName = "PROJECT|DIR|GLOB",
            Recursive = true,
        };

        /// <summary><c>--articles</c>: the article texts for <c>--data</c>.</summary>
        public Option<string?> Articles { get; } = new Option<string?>("--articles", "-a")
        {
            Description = "The article texts the quotes are checked against: a folder (every *.txt below it), a file or a quoted glob. "
                + "Default: the project's StructuredNewsArticles, or " + AnnotationInputs.DefaultArticles + " in the --data folder.",
            HelpName = "DIR|GLOB",
            Recursive = true,
        };

        /// <summary><c>--assembly</c>: a compiled dataset.</summary>
        public Option<string?> Assembly { get; } = new Option<string?>("--assembly")
        {
            Description = "A compiled dataset: the .dll of a project with the StructuredNews package (its bin/ folder).",
            HelpName = "FILE",
            Recursive = true,
        };

        /// <summary><c>--bundled</c>: the bundled Kazakhstan 2022 dataset.</summary>
        public Option<bool> Bundled { get; } = new Option<bool>("--bundled")
        {
            Description = "The bundled dataset (the January 2022 unrest in Kazakhstan), wherever sn runs.",
            Recursive = true,
        };

        /// <summary>Adds the options to the root command (every subcommand takes them).</summary>
        public void AddTo(Command root)
        {
            root.Options.Add(Data);
            root.Options.Add(Articles);
            root.Options.Add(Assembly);
            root.Options.Add(Bundled);
        }

        /// <summary>
        /// The source a parsed command line asks for, announced on <paramref name="error"/> ("sn: using ..."), with the
        /// build's diagnostics of annotation files printed there first when <paramref name="printDiagnostics"/>; or
        /// <see langword="null"/> after saying why there is none. <paramref name="data"/> stands in for <c>--data</c>
        /// (<c>sn validate DIR</c>).
        /// </summary>
        public DatasetSource? Open(ParseResult parseResult, TextWriter error, bool printDiagnostics = true, string? data = null)
        {
            var source = Resolve(parseResult, data, out var problem);
            if (source == null)
            {
                error.WriteLine("sn: " + problem);
                return null;
            }

            if (source.Description != null)
            {
                error.WriteLine("sn: using " + source.Description + ".");
            }

            if (printDiagnostics && source.BuiltFromInputs && source.Inputs is { } inputs)
            {
                var diagnostics = inputs.Build().Diagnostics;
                foreach (var diagnostic in AnnotationInputs.Sort(diagnostics))
                {
                    error.WriteLine(ValidateCommand.Format(diagnostic, environment));
                }

                var errors = diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error);
                if (errors > 0)
                {
                    error.WriteLine("sn: " + errors + " error(s): a build of these files fails; shown is what it would hold. Run 'sn validate' for the summary.");
                }
            }

            return source;
        }

        private DatasetSource? Resolve(ParseResult parseResult, string? dataArgument, out string? problem)
        {
            problem = null;
            var data = dataArgument ?? parseResult.GetValue(Data);
            var articles = parseResult.GetValue(Articles);
            var assembly = parseResult.GetValue(Assembly);
            var bundled = parseResult.GetValue(Bundled);
            var chosen = new[] { data != null, assembly != null, bundled }.Count(c => c);
            if (chosen > 1)
            {
                problem = "choose one dataset: --data, --assembly or --bundled.";
                return null;
            }

            if (articles != null && (assembly != null || bundled))
            {
                problem = "--articles goes with annotation files (--data or the current project), not with " + (bundled ? "--bundled" : "--assembly") + ".";
                return null;
            }

            if (bundled)
            {
                return DatasetSource.Bundled(() => RepositoryInputs());
            }

            if (assembly != null)
            {
                return DatasetAssembly.Load(environment.Resolve(assembly), assembly, out problem);
            }

            if (data != null)
            {
                return FromData(data, articles, out problem);
            }

            if (given != null && articles == null)
            {
                return given;
            }

            return Discover(articles, out problem);
        }

        // --data: a project file or folder, a folder of *.news.yaml, a file or a glob.
        private DatasetSource? FromData(string data, string? articles, out string? problem)
        {
            problem = null;
            var full = environment.Resolve(data);
            if (File.Exists(full) && full.EndsWith("proj", StringComparison.OrdinalIgnoreCase))
            {
                return FromProject(full, articles, out problem);
            }

            if (Directory.Exists(full))
            {
                var project = ProjectFile.FindIn(full, out var several);
                if (several != null)
                {
                    problem = several;
                    return null;
                }

                if (project != null)
                {
                    return FromProject(project, articles, out problem);
                }

                var inputs = AnnotationInputs.FromGlobs(
                    Path.Combine(full, AnnotationInputs.DefaultAnnotations),
                    articles == null ? Path.Combine(full, AnnotationInputs.DefaultArticles) : ArticlesPattern(articles),
                    environment.WorkingDirectory,
                    data);
                if (inputs.Annotations.Count == 0)
                {
                    var otherYaml = Directory.EnumerateFiles(full, "*.yaml", SearchOption.AllDirectories).Count();
                    problem = "no annotation files in '" + data + "' (" + AnnotationInputs.DefaultAnnotations + ")"
                        + (otherYaml > 0 ? "; it has " + otherYaml + " other *.yaml file(s): if they are annotations, pass --data '" + data.TrimEnd('/') + "/**/*.yaml'." : ".");
                    return null;
                }

                return Checked(inputs, articles, out problem);
            }

            if (data.IndexOfAny(new[] { '*', '?' }) >= 0 || File.Exists(full))
            {
                var inputs = AnnotationInputs.FromGlobs(data, articles == null ? AnnotationInputs.DefaultArticles : ArticlesPattern(articles), environment.WorkingDirectory, data);
                if (inputs.Annotations.Count == 0)
                {
                    problem = "no annotation files match '" + data + "'.";
                    return null;
                }

                return Checked(inputs, articles, out problem);
            }

            problem = "'" + data + "' does not exist.";
            return null;
        }

        private DatasetSource? FromProject(string projectPath, string? articles, out string? problem)
        {
            ProjectFile project;
            try
            {
                project = ProjectFile.Read(projectPath);
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException || e is System.Xml.XmlException)
            {
                problem = "cannot read '" + environment.Display(projectPath) + "': " + e.Message;
                return null;
            }

            var inputs = AnnotationInputs.FromProject(project, articles == null ? null : ArticlesPattern(articles));
            if (project.Problems.Count > 0 && inputs.Annotations.Count == 0)
            {
                problem = string.Join("; ", project.Problems) + ": pass --data and --articles.";
                return null;
            }

            if (inputs.Annotations.Count == 0)
            {
                problem = environment.Display(project.Path) + " has no annotation files (" + (project[ProjectFile.AnnotationsProperty] ?? AnnotationInputs.DefaultAnnotations) + ").";
                return null;
            }

            return Checked(inputs, articles, out problem);
        }

        private DatasetSource? Checked(AnnotationInputs inputs, string? articles, out string? problem)
        {
            problem = null;
            if (articles != null && inputs.Articles.Count == 0)
            {
                problem = "no article texts in '" + articles + "'.";
                return null;
            }

            return DatasetSource.FromAnnotations(inputs);
        }

        // The nearest project with annotation files in the working directory or above; else, inside this repository, the bundled dataset.
        private DatasetSource? Discover(string? articles, out string? problem)
        {
            problem = null;
            string? without = null;
            for (var dir = new DirectoryInfo(environment.WorkingDirectory); dir != null; dir = dir.Parent)
            {
                var project = ProjectFile.FindIn(dir.FullName, out var several);
                if (several != null)
                {
                    problem = several;
                    return null;
                }

                if (project == null)
                {
                    continue;
                }

                var source = FromProject(project, articles, out var projectProblem);
                if (source != null)
                {
                    return source;
                }

                without = projectProblem;
                break;
            }

            if (articles == null && RepositoryRoot() != null)
            {
                return DatasetSource.Bundled(() => RepositoryInputs());
            }

            problem = (without != null ? without + " " : "no project file in " + environment.WorkingDirectory + " or above. ")
                + "Run sn in a project with annotation files, or pass --data PROJECT|DIR, --assembly FILE or --bundled.";
            return null;
        }

        // This repository: the bundled dataset's project is below the working directory's nearest ancestor that has it.
        private string? RepositoryRoot()
        {
            for (var dir = new DirectoryInfo(environment.WorkingDirectory); dir != null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, RepositoryProject)) && File.Exists(Path.Combine(dir.FullName, "StructuredNews.sln")))
                {
                    return dir.FullName;
                }
            }

            return null;
        }

        private AnnotationInputs? RepositoryInputs() =>
            RepositoryRoot() is { } root ? AnnotationInputs.FromProject(ProjectFile.Read(Path.Combine(root, RepositoryProject)), null) : null;

        private string ArticlesPattern(string articles)
        {
            var full = environment.Resolve(articles);
            return Directory.Exists(full) ? Path.Combine(full, "**", "*.txt") : articles;
        }
    }
}
