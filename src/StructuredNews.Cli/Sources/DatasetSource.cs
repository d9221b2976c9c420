using System;

namespace StructuredNews.Cli.Sources
{
    /// <summary>
    /// The dataset a command works on and where it comes from: annotation files built in memory by the generator's
    /// engine, a compiled dataset assembly, the bundled dataset, or a dataset handed over in-process (tests, apps).
    /// The dataset is loaded on first use, so commands that need none (help) cost nothing.
    /// </summary>
    public sealed class DatasetSource
    {
        private readonly Lazy<NewsDataset> dataset;
        private readonly Lazy<AnnotationInputs?> inputs;

        private DatasetSource(string? description, Func<NewsDataset> load, Func<AnnotationInputs?> inputs, bool builtFromInputs = false)
        {
            BuiltFromInputs = builtFromInputs;
            Description = description;
            dataset = new Lazy<NewsDataset>(load);
            this.inputs = new Lazy<AnnotationInputs?>(inputs);
        }

        /// <summary>What <c>sn</c> says it shows ("the bundled dataset"), or <see langword="null"/> for a dataset handed over in-process.</summary>
        public string? Description { get; }

        /// <summary>The dataset.</summary>
        public NewsDataset Dataset => dataset.Value;

        /// <summary>The annotation files behind the dataset, when they are known (validation, the coverage columns of <c>sn stats</c>).</summary>
        internal AnnotationInputs? Inputs => inputs.Value;

        /// <summary>Whether the dataset is built from <see cref="Inputs"/> (then their diagnostics are the build's).</summary>
        internal bool BuiltFromInputs { get; }

        /// <summary>A dataset handed over in-process; <c>sn</c> does not announce it.</summary>
        public static DatasetSource Given(NewsDataset dataset) => new DatasetSource(null, () => dataset, () => null);

        /// <summary>The bundled Kazakhstan 2022 dataset; <paramref name="inputs"/> are its annotation files when they are at hand (in this repository).</summary>
        internal static DatasetSource Bundled(Func<AnnotationInputs?> inputs) =>
            new DatasetSource("the bundled dataset (kazakhstan-2022)", () => Kazakhstan2022.Kazakhstan2022.Dataset, inputs);

        /// <summary>A dataset built from annotation files by the generator's engine.</summary>
        internal static DatasetSource FromAnnotations(AnnotationInputs inputs) =>
            new DatasetSource(
                "the annotations of " + inputs.Description + ": " + Count(inputs.Annotations.Count, "file") + ", " + Count(inputs.Articles.Count, "article text"),
                () => inputs.Build().Dataset,
                () => inputs,
                builtFromInputs: true);

        /// <summary>A compiled dataset.</summary>
        internal static DatasetSource FromAssembly(string displayPath, string className, NewsDataset dataset) =>
            new DatasetSource("the compiled dataset " + className + " in " + displayPath, () => dataset, () => null);

        private static string Count(int n, string noun) => n.ToString(System.Globalization.CultureInfo.InvariantCulture) + " " + noun + (n == 1 ? string.Empty : "s");
    }
}
