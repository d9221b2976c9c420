using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Linq;
using StructuredNews.Cli.Annotations;
using StructuredNews.Cli.Rendering;
using StructuredNews.Cli.Sources;

namespace StructuredNews.Cli.Commands
{
    /// <summary><c>sn stats</c>: how completely each article is annotated.</summary>
    public static class StatsCommand
    {
        /// <summary>The command, over the dataset the command line selects.</summary>
        public static Command Create(DatasetSelection datasets)
        {
            var command = new Command(
                "stats",
                "Per article coverage: FIGURES, EVENTS it reports, STATEMENTS; NUMBERS found in the text (the build's "
                + "completeness check), how many are inside a figure's quote (BY FIGURE), IGNORED, and UNCOVERED (what "
                + "the build warns about, SN0022; '-' when the dataset's annotation files are not at hand, as with "
                + "--assembly); actors and places NAMED in the text and how many of those the article's annotations REFERENCE.");
            command.SetAction(parseResult => datasets.Open(parseResult, parseResult.InvocationConfiguration.Error) is not { } source
                ? ExitCodes.NotFound
                : Run(source.Dataset, source.Inputs, parseResult.InvocationConfiguration.Output));
            return command;
        }

        /// <summary>Writes the table; <paramref name="inputs"/> are the dataset's annotation files, when known.</summary>
        internal static int Run(NewsDataset dataset, AnnotationInputs? inputs, TextWriter output)
        {
            var uncovered = inputs == null ? null : UncoveredNumbers(inputs);

            var known = KnownName.Of(dataset);
            var table = new TextTable("ARTICLE", "LANG", "FIGURES", "EVENTS", "STATEMENTS", "NUMBERS", "BY FIGURE", "IGNORED", "UNCOVERED", "NAMED", "REFERENCED");
            foreach (var article in dataset.Articles)
            {
                var stats = Compute(dataset, article, known);
                var missing = uncovered == null ? (int?)null : uncovered.TryGetValue(article.Id, out var n) ? n : 0;
                table.Add(
                    article.Id,
                    article.Language,
                    N(stats.Figures),
                    N(stats.Events),
                    N(stats.Statements),
                    N(stats.Numbers),
                    N(stats.NumbersInFigures),
                    missing is { } m1 ? N(stats.Numbers - stats.NumbersInFigures - m1) : Display.None,
                    missing is { } m2 ? N(m2) : Display.None,
                    N(stats.Named),
                    N(stats.NamedAndReferenced));
            }

            if (table.Count == 0)
            {
                output.WriteLine("No articles.");
                return ExitCodes.Ok;
            }

            table.WriteTo(output);
            return ExitCodes.Ok;
        }

        /// <summary>The counts for one article.</summary>
        public sealed record ArticleStats(int Figures, int Events, int Statements, int Numbers, int NumbersInFigures, int Named, int NamedAndReferenced);

        /// <summary>Counts what one article's annotations hold and how much of its text they cover.</summary>
        public static ArticleStats Compute(NewsDataset dataset, Article article, IReadOnlyList<KnownName> known)
        {
            var contents = dataset.Report(article);
            var spans = contents.Figures.Select(f => (f.Evidence.Start, End: f.Evidence.Start + f.Evidence.Length)).ToList();
            var numbers = Numbers.Scan(article.Text, article.Language);
            var inFigures = numbers.Count(n => spans.Any(s => s.Start <= n.Start && n.End <= s.End));
            // The build's SN0023 check finds mentions with the generator's NameFinder: use the same one.
            var finder = new StructuredNews.Annotations.Validation.NameFinder(known.Select(k => (k.Id, (IEnumerable<string>)k.Names)));
            var named = finder.Find(article.Text).Select(m => m.Id).Distinct(StringComparer.Ordinal).ToList();
            var referenced = ReferencedBy(dataset, article);
            return new ArticleStats(contents.Figures.Count, contents.Events.Count, contents.Statements.Count, numbers.Count, inFigures,
                named.Count, named.Count(referenced.Contains));
        }

        /// <summary>Ids of the actors and places an article's annotations reference (as the build's SN0023 check counts them).</summary>
        public static HashSet<string> ReferencedBy(NewsDataset dataset, Article article)
        {
            var ids = new HashSet<string>(StringComparer.Ordinal);
            void Add(string? id)
            {
                if (id != null)
                {
                    ids.Add(id);
                }
            }

            var contents = dataset.Report(article);
            foreach (var figure in contents.Figures)
            {
                Add(figure.SubjectId);
                Add(figure.ClaimedById);
                Add(figure.PlaceId);
                figure.ViaIds.ToList().ForEach(Add);
            }

            foreach (var statement in contents.Statements)
            {
                Add(statement.SpeakerId);
            }

            foreach (var @event in contents.Events)
            {
                Add(@event.PlaceId);
                @event.Participants.Select(p => p.ActorId).ToList().ForEach(Add);
                foreach (var report in @event.Reports.Where(r => r.ArticleId == article.Id))
                {
                    Add(report.ClaimedById);
                    report.ViaIds.ToList().ForEach(Add);
                }
            }

            return ids;
        }

        // SN0022 per article, from the generator's own validation: reported at the article's id in its file.
        private static Dictionary<string, int> UncoveredNumbers(AnnotationInputs sources)
        {
            var articleByPath = sources.ArticleIdsByPath();
            var result = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var diagnostic in sources.Validate().Where(d => d.Id == "SN0022"))
            {
                if (articleByPath.TryGetValue(diagnostic.Location.GetLineSpan().Path, out var id))
                {
                    result[id] = (result.TryGetValue(id, out var n) ? n : 0) + 1;
                }
            }

            return result;
        }

        private static string N(int n) => n.ToString(CultureInfo.InvariantCulture);
    }
}
