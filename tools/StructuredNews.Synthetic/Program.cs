using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;

namespace StructuredNews.Synthetic
{
    /// <summary>
    /// <c>dotnet run --project tools/StructuredNews.Synthetic -- --articles N --seed S --output DIR [--no-json] [--typed]</c>;
    /// <c>--typed</c> also writes DIR/typed/: the same dataset as C# that constructs it (the build benchmarks' typed alternative).
    /// </summary>
    public static class Program
    {
        public static int Main(string[] args)
        {
            var articles = 100;
            var seed = 1;
            string? output = null;
            var json = true;
            var typed = false;
            for (var i = 0; i < args.Length; i++)
            {
                switch (args[i])
                {
                    case "--articles" when i + 1 < args.Length:
                        articles = int.Parse(args[++i], CultureInfo.InvariantCulture);
                        break;
                    case "--seed" when i + 1 < args.Length:
                        seed = int.Parse(args[++i], CultureInfo.InvariantCulture);
                        break;
                    case "--output" when i + 1 < args.Length:
                        output = args[++i];
                        break;
                    case "--no-json":
                        json = false;
                        break;
                    case "--typed":
                        typed = true;
                        break;
                    default:
                        Console.Error.WriteLine("usage: --articles N --seed S --output DIR [--no-json] [--typed]");
                        return 2;
                }
            }

            if (output == null)
            {
                Console.Error.WriteLine("usage: --articles N --seed S --output DIR [--no-json] [--typed]");
                return 2;
            }

            var clock = Stopwatch.StartNew();
            var corpus = CorpusGenerator.Generate(articles, seed);
            CorpusWriter.Write(corpus, output, json);
            if (typed)
            {
                foreach (var (path, text) in TypedSourceWriter.Files(CorpusDataset.Build(corpus)))
                {
                    var full = Path.Combine(output, "typed", path);
                    Directory.CreateDirectory(Path.GetDirectoryName(full)!);
                    File.WriteAllText(full, text, new System.Text.UTF8Encoding(false));
                }
            }
            Console.WriteLine(string.Format(CultureInfo.InvariantCulture, "{0} articles, {1} actors, {2} places, {3} events, {4} figures, {5} statements -> {6} ({7:0.0} s)",
                corpus.Articles.Count, corpus.Actors.Count, corpus.Places.Count, corpus.Clusters.Count * CorpusGenerator.EventsPerCluster,
                corpus.Articles.Count * CorpusGenerator.FiguresPerArticle, corpus.Articles.Count * CorpusGenerator.StatementsPerArticle,
                Path.GetFullPath(output), clock.Elapsed.TotalSeconds));
            return 0;
        }
    }
}
