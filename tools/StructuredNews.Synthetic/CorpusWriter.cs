using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using StructuredNews.Annotations.Model;
using StructuredNews.Annotations.Validation;

namespace StructuredNews.Synthetic
{
    /// <summary>
    /// Writes a corpus the way data/kazakhstan-2022 is laid out:
    /// <code>
    /// DIR/data/dataset.yaml, actors.yaml, places.yaml, topics.yaml
    /// DIR/data/events/CCCC.yaml          one per story (the events its articles report)
    /// DIR/data/articles/NNNNN.yaml       article, figures, statements, ignore
    /// DIR/articles/NNNNN.txt             the article texts
    /// DIR/export.json                    the JSON interchange format (schema version 1)
    /// </code>
    /// UTF-8 without a byte order mark, <c>\n</c> line ends, invariant formatting: the bytes depend only on the corpus.
    /// </summary>
    public static class CorpusWriter
    {
        private static readonly UTF8Encoding Utf8 = new UTF8Encoding(false);

        /// <summary>The annotation files (relative path, text) in a fixed order.</summary>
        public static IEnumerable<(string Path, string Text)> AnnotationFiles(Corpus corpus)
        {
            var used = SpellingsUsed(corpus);
            yield return ("data/dataset.yaml", Dataset(corpus));
            yield return ("data/actors.yaml", Actors(corpus, used));
            yield return ("data/places.yaml", Places(corpus, used));
            yield return ("data/topics.yaml", Topics(corpus, used));
            foreach (var cluster in corpus.Clusters)
            {
                yield return ("data/events/" + (cluster.Index + 1).ToString("D4", CultureInfo.InvariantCulture) + ".yaml", Events(cluster));
            }

            foreach (var article in corpus.Articles)
            {
                yield return (ArticleYamlPath(article), Article(article));
            }
        }

        public static string ArticleYamlPath(SynArticle article) => "data/articles/" + article.Number.ToString("D5", CultureInfo.InvariantCulture) + ".yaml";

        /// <summary>The article texts (relative path, text).</summary>
        public static IEnumerable<(string Path, string Text)> ArticleFiles(Corpus corpus) =>
            corpus.Articles.Select(a => ("articles/" + a.Seed, a.Text));

        /// <summary>Writes everything under <paramref name="directory"/> (created if needed; existing files are overwritten).</summary>
        public static void Write(Corpus corpus, string directory, bool json = true)
        {
            foreach (var (path, text) in AnnotationFiles(corpus).Concat(ArticleFiles(corpus)))
            {
                var full = Path.Combine(directory, path);
                Directory.CreateDirectory(Path.GetDirectoryName(full)!);
                File.WriteAllText(full, text, Utf8);
            }

            if (json)
            {
                using var stream = File.Create(Path.Combine(directory, "export.json"));
                new StructuredNews.Export.JsonExporter().Write(CorpusDataset.Build(corpus), stream);
            }
        }

        private static string Dataset(Corpus corpus) =>
            "dataset:\n  id: " + corpus.Id + "\n  title: " + Q(corpus.Title) + "\n";

        // The spellings the article texts use (whole words, any case), found by the engine the build checks them with:
        // names and aliases no text uses become search aliases, as docs/dataset.md asks (SN0030).
        private static HashSet<string> SpellingsUsed(Corpus corpus)
        {
            var candidates = corpus.Actors.SelectMany(a => new[] { a.Name, a.DanishName }.Concat(a.Aliases))
                .Concat(corpus.Places.SelectMany(p => new[] { p.Name, p.DanishName }))
                .Concat(corpus.Topics.SelectMany(t => new[] { t.Name, t.DanishName }))
                .Where(n => n != null)
                .Select(n => n!.ToLowerInvariant())
                .Distinct(StringComparer.Ordinal)
                .OrderBy(n => n, StringComparer.Ordinal);
            var sought = new SoughtSpellings(candidates.ToEquatableArray());
            return new HashSet<string>(corpus.Articles.SelectMany(a => SpellingSearch.FoundIn(a.Text, sought)), StringComparer.Ordinal);
        }

        // names (by language) and aliases that some text uses; the others as search_aliases.
        private static void AppendNames(StringBuilder y, HashSet<string> used, IEnumerable<(string Language, string? Name)> names, IEnumerable<string> aliases)
        {
            bool Used(string spelling) => used.Contains(spelling.ToLowerInvariant());
            var named = names.Where(n => n.Name != null).Select(n => (n.Language, Name: n.Name!)).ToList();
            var languageNames = named.Where(n => Used(n.Name)).ToList();
            var search = named.Where(n => !Used(n.Name)).Select(n => n.Name).Concat(aliases.Where(a => !Used(a))).Distinct(StringComparer.Ordinal).ToList();
            var kept = aliases.Where(Used).ToList();
            if (languageNames.Count > 0)
            {
                y.Append("    names: { ").Append(string.Join(", ", languageNames.Select(n => n.Language + ": " + Q(n.Name)))).Append(" }\n");
            }

            if (kept.Count > 0)
            {
                y.Append("    aliases: [").Append(string.Join(", ", kept.Select(Q))).Append("]\n");
            }

            if (search.Count > 0)
            {
                y.Append("    search_aliases: [").Append(string.Join(", ", search.Select(Q))).Append("]\n");
            }
        }

        private static string Actors(Corpus corpus, HashSet<string> used)
        {
            var y = new StringBuilder("actors:\n");
            foreach (var a in corpus.Actors)
            {
                y.Append("\n  - id: ").Append(a.Id).Append('\n');
                y.Append("    kind: ").Append(VocabularyNames.Of(a.Kind)).Append('\n');
                y.Append("    name: ").Append(Q(a.Name)).Append('\n');
                AppendNames(y, used, a.DanishName == null ? Array.Empty<(string, string?)>() : new[] { ("en", (string?)a.Name), ("da", a.DanishName) }, a.Aliases);

                y.Append("    description: ").Append(Q(a.Description)).Append('\n');
            }

            return y.ToString();
        }

        private static string Places(Corpus corpus, HashSet<string> used)
        {
            var y = new StringBuilder("places:\n");
            foreach (var p in corpus.Places)
            {
                y.Append("\n  - id: ").Append(p.Id).Append('\n');
                y.Append("    kind: ").Append(VocabularyNames.Of(p.Kind)).Append('\n');
                y.Append("    name: ").Append(Q(p.Name)).Append('\n');
                AppendNames(y, used, p.DanishName == null ? Array.Empty<(string, string?)>() : new[] { ("en", (string?)p.Name), ("da", p.DanishName) }, Array.Empty<string>());

                if (p.Within != null)
                {
                    y.Append("    within: ").Append(p.Within).Append('\n');
                }

                y.Append("    lat: ").Append(N(p.Lat)).Append('\n');
                y.Append("    lon: ").Append(N(p.Lon)).Append('\n');
            }

            return y.ToString();
        }

        private static string Topics(Corpus corpus, HashSet<string> used)
        {
            var y = new StringBuilder("topics:\n");
            foreach (var t in corpus.Topics)
            {
                y.Append("\n  - id: ").Append(t.Id).Append('\n');
                y.Append("    name: ").Append(Q(t.Name)).Append('\n');
                AppendNames(y, used, new[] { ("en", (string?)t.Name.ToLowerInvariant()), ("da", t.DanishName) }, Array.Empty<string>());
                y.Append("    description: ").Append(Q(t.Description)).Append('\n');
            }

            return y.ToString();
        }

        private static string Events(SynCluster cluster)
        {
            var y = new StringBuilder("events:\n");
            foreach (var e in cluster.Events)
            {
                y.Append("\n  - id: ").Append(e.Id).Append('\n');
                y.Append("    type: ").Append(VocabularyNames.Of(EventTaxonomy.TypeOf(e.SubType))).Append('\n');
                y.Append("    sub_type: ").Append(VocabularyNames.Of(e.SubType)).Append('\n');
                y.Append("    summary: ").Append(Q(e.Summary)).Append('\n');
                y.Append("    start: ").Append(e.Start.ToString()).Append('\n');
                if (e.End is { } end)
                {
                    y.Append("    end: ").Append(end.ToString()).Append('\n');
                }

                y.Append("    precision: day\n");
                y.Append("    place: ").Append(e.Place).Append('\n');
                y.Append("    participants:\n");
                foreach (var p in e.Participants)
                {
                    y.Append("      - { actor: ").Append(p.Actor).Append(", role: ").Append(VocabularyNames.Of(p.Role)).Append(" }\n");
                }

                y.Append("    reports:\n");
                foreach (var r in e.Reports)
                {
                    y.Append("      - article: ").Append(r.Evidence.Article).Append('\n');
                    y.Append("        quote: ").Append(Q(r.Evidence.Quote)).Append('\n');
                    if (r.Evidence.Occurrence is { } n)
                    {
                        y.Append("        occurrence: ").Append(n.ToString(CultureInfo.InvariantCulture)).Append('\n');
                    }

                    if (r.ClaimedBy != null)
                    {
                        y.Append("        claimed_by: ").Append(r.ClaimedBy).Append('\n');
                    }
                }
            }

            return y.ToString();
        }

        private static string Article(SynArticle a)
        {
            var y = new StringBuilder(20000);
            y.Append("article:\n");
            y.Append("  id: ").Append(a.Id).Append('\n');
            y.Append("  seed: ").Append(a.Seed).Append('\n');
            y.Append("  language: ").Append(a.Language).Append('\n');
            y.Append("  title: ").Append(Q(a.Title)).Append('\n');
            y.Append("  publisher: ").Append(Q(a.Publisher)).Append('\n');
            y.Append("  published: ").Append(a.Published.ToString()).Append('\n');
            y.Append("  published_source: inferred\n");
            y.Append("\nfigures:\n");
            foreach (var f in a.Figures)
            {
                y.Append("\n  - id: ").Append(f.Id).Append('\n');
                y.Append("    measure: ").Append(VocabularyNames.Of(f.Measure)).Append('\n');
                y.Append("    subject: ").Append(f.Subject).Append('\n');
                y.Append("    value: ").Append(Q(f.Value)).Append('\n');
                y.Append("    qualifier: ").Append(VocabularyNames.Of(f.Qualifier)).Append('\n');
                if (f.Low is { } low)
                {
                    y.Append("    low: ").Append(low.ToString(CultureInfo.InvariantCulture)).Append('\n');
                }

                if (f.High is { } high)
                {
                    y.Append("    high: ").Append(high.ToString(CultureInfo.InvariantCulture)).Append('\n');
                }

                y.Append("    unit: ").Append(Q(f.Unit)).Append('\n');
                y.Append("    as_of: ").Append(f.AsOf.ToString()).Append('\n');
                y.Append("    claimed_by: ").Append(f.ClaimedBy).Append('\n');
                if (f.Via.Count > 0)
                {
                    y.Append("    via: [").Append(string.Join(", ", f.Via)).Append("]\n");
                }

                if (f.Event != null)
                {
                    y.Append("    event: ").Append(f.Event).Append('\n');
                }

                y.Append("    place: ").Append(f.Place).Append('\n');
                if (f.Note != null)
                {
                    y.Append("    note: ").Append(Q(f.Note)).Append('\n');
                }

                Evidence(y, f.Evidence);
            }

            y.Append("\nstatements:\n");
            foreach (var s in a.Statements)
            {
                y.Append("\n  - id: ").Append(s.Id).Append('\n');
                y.Append("    speaker: ").Append(s.Speaker).Append('\n');
                y.Append("    text: ").Append(Q(s.Text)).Append('\n');
                y.Append("    date: ").Append(s.Date.ToString()).Append('\n');
                if (s.Event != null)
                {
                    y.Append("    event: ").Append(s.Event).Append('\n');
                }

                Evidence(y, s.Evidence);
            }

            y.Append("\nignore:\n");
            foreach (var i in a.Ignores)
            {
                y.Append("  - text: ").Append(Q(i.Text)).Append('\n');
                y.Append("    reason: ").Append(Q(i.Reason)).Append('\n');
            }

            return y.ToString();
        }

        private static void Evidence(StringBuilder y, SynEvidence e)
        {
            y.Append("    evidence:\n");
            y.Append("      quote: ").Append(Q(e.Quote)).Append('\n');
            if (e.Occurrence is { } n)
            {
                y.Append("      occurrence: ").Append(n.ToString(CultureInfo.InvariantCulture)).Append('\n');
            }
        }

        private static string N(double value) => value.ToString("R", CultureInfo.InvariantCulture);

        /// <summary>A YAML double-quoted scalar.</summary>
        internal static string Q(string value)
        {
            var s = new StringBuilder(value.Length + 2).Append('"');
            foreach (var c in value)
            {
                switch (c)
                {
                    case '"': s.Append("\\\""); break;
                    case '\\': s.Append("\\\\"); break;
                    case '\n': s.Append("\\n"); break;
                    case '\t': s.Append("\\t"); break;
                    default:
                        if (c < ' ')
                        {
                            s.Append("\\x").Append(((int)c).ToString("x2", CultureInfo.InvariantCulture));
                        }
                        else
                        {
                            s.Append(c);
                        }

                        break;
                }
            }

            return s.Append('"').ToString();
        }
    }
}
