using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using StructuredNews.Cli.Rendering;

namespace StructuredNews.Cli.Report
{
    /// <summary>
    /// <c>sn report</c>: one self-contained HTML page (styles inline, charts as inline SVG, no script, nothing
    /// fetched): the timeline by day with the articles reporting each event, a chart per figure series whose
    /// figures differ (each step marked consistent, revision or contradiction), every figure
    /// linked to its quote, actors and places with aliases, and the article texts with every evidence span marked.
    /// </summary>
    public static class HtmlReport
    {
        private const string Style = @"
body{font:15px/1.5 system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;margin:0;color:#1b1b1b;background:#fafafa}
header{background:#1f3a5f;color:#fff;padding:18px 32px}header h1{margin:0 0 4px;font-size:24px}header p{margin:0;opacity:.85}
nav{margin-top:8px}nav a{color:#cfe3ff;margin-right:16px}
main{padding:8px 32px 48px;max-width:1200px}
h2{border-bottom:2px solid #1f3a5f;padding-bottom:4px;margin-top:36px}
.day h3{margin:18px 0 6px;font-size:16px;color:#1f3a5f}
ol.events{list-style:none;margin:0;padding:0}
li.event{background:#fff;border:1px solid #ddd;border-left:4px solid #1f3a5f;border-radius:4px;margin:6px 0;padding:8px 12px}
li.event .when{font-family:ui-monospace,monospace;font-size:13px;color:#555}
.type{font-weight:600}.reports,.figs{font-size:13px;color:#333;margin:4px 0 0}
table{border-collapse:collapse;background:#fff;margin:8px 0;font-size:13px;width:100%}
th,td{border:1px solid #ddd;padding:4px 8px;text-align:left;vertical-align:top}th{background:#eef2f7}
.conflict{background:#fff;border:1px solid #ddd;border-radius:4px;padding:8px 16px;margin:12px 0}
svg.chart{max-width:100%;height:auto;background:#fff}svg .grid{stroke:#e4e4e4}svg .axis{stroke:#444}
svg .tick,svg .unit{font-size:11px;fill:#444}svg .series{stroke-width:1.5;opacity:.6}svg .open{stroke-dasharray:4 3;stroke-width:1.5}
svg .range{opacity:.35}svg circle{stroke:#fff;stroke-width:1.5}
svg .step{font-size:13px;font-weight:700}svg .step.consistent{fill:#009E73}svg .step.revision{fill:#0072B2}svg .step.contradiction{fill:#D55E00}
.kind-contradiction{color:#D55E00;font-weight:600}.kind-revision{color:#0072B2}.kind-consistent{color:#009E73}
ul.legend{list-style:none;padding:0;margin:4px 0}ul.legend li{display:inline-block;margin-right:16px;font-size:13px}
.swatch{display:inline-block;width:12px;height:12px;border-radius:6px;margin-right:4px;vertical-align:-1px}
article.text{background:#fff;border:1px solid #ddd;border-radius:4px;padding:8px 16px;margin:12px 0}
article.text .meta{font-size:13px;color:#555}.body{white-space:pre-wrap;font-family:Georgia,serif;font-size:15px}
mark{background:#fff3b0;padding:0 1px}mark.figure{background:#ffe08a}mark.statement{background:#cde8ff}mark.report{background:#e3f5d8}
mark.figure.statement,mark.figure.report{background:#ffd0a8}
mark:target,a.anchor:target+mark{outline:2px solid #d55e00}
a{color:#0b5cad}";

        /// <summary>The page.</summary>
        public static string Render(NewsDataset dataset, Action<string>? progress = null)
        {
            var html = new StringBuilder();
            html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .Append("<title>").Append(Html.Escape(dataset.Title)).Append("</title>\n<style>").Append(Style).Append("\n</style>\n</head>\n<body>\n");
            html.Append("<header><h1>").Append(Html.Escape(dataset.Title)).Append("</h1><p>").Append(Html.Escape(
                dataset.Id + ": " + Count(dataset.Articles.Count, "article") + ", " + Count(dataset.Events.Count, "event") + ", "
                + Count(dataset.Figures.Count, "figure") + ", " + Count(dataset.Statements.Count, "statement") + ", "
                + Count(dataset.Contradictions.Count(), "contradiction"))).Append("</p>")
                .Append("<nav><a href=\"#conflicts\">Figures over time</a><a href=\"#timeline\">Timeline</a><a href=\"#figures\">Figures</a>")
                .Append("<a href=\"#actors\">Actors</a><a href=\"#places\">Places</a><a href=\"#articles\">Articles</a></nav></header>\n<main>\n");

            progress?.Invoke("conflicts");
            Conflicts(html, dataset);
            progress?.Invoke("timeline");
            Timeline(html, dataset);
            progress?.Invoke("figures");
            Figures(html, dataset);
            progress?.Invoke("actors and places");
            Actors(html, dataset);
            Places(html, dataset);
            progress?.Invoke("articles");
            Articles(html, dataset);

            html.Append("</main>\n</body>\n</html>\n");
            return html.ToString();
        }

        private static void Timeline(StringBuilder html, NewsDataset dataset)
        {
            html.Append("<section id=\"timeline\">\n<h2>Timeline</h2>\n");
            foreach (var day in dataset.Events.GroupBy(e => e.Start).OrderBy(g => g.Key))
            {
                html.Append("<section class=\"day\" id=\"day-").Append(day.Key).Append("\"><h3>")
                    .Append(Html.Escape(day.Key.DayOfWeek + " " + day.Key)).Append("</h3>\n<ol class=\"events\">\n");
                foreach (var e in day)
                {
                    html.Append("<li class=\"event\" id=\"event-").Append(Html.Escape(e.Id)).Append("\" data-event=\"").Append(Html.Escape(e.Id)).Append("\">")
                        .Append("<div class=\"when\">").Append(Html.Escape(Display.EventDate(e))).Append(" · ").Append(Html.Escape(e.Id)).Append("</div>")
                        .Append("<div><span class=\"type\">").Append(Html.Escape(Export.Acled.Label(e.Type) + " / " + Export.Acled.Label(e.SubType))).Append("</span>");
                    if (e.Place is { } place)
                    {
                        html.Append(" at <a href=\"#place-").Append(Html.Escape(place.Id)).Append("\">").Append(Html.Escape(place.Name)).Append("</a>");
                    }

                    if (e.Participants.Count > 0)
                    {
                        html.Append(" · ").Append(string.Join(", ", e.Participants.Select(p =>
                            "<a href=\"#actor-" + Html.Escape(p.ActorId) + "\">" + Html.Escape(dataset.Actors.Find(p.ActorId)?.Name ?? p.ActorId) + "</a> ("
                            + Html.Escape(VocabularyNames.Of(p.Role)) + ")")));
                    }

                    html.Append("</div><p>").Append(Html.Escape(e.Summary)).Append("</p><p class=\"reports\">Reported by: ");
                    var counts = new Dictionary<string, int>(StringComparer.Ordinal);
                    html.Append(string.Join("; ", e.Reports.Select(r =>
                    {
                        counts[r.ArticleId] = (counts.TryGetValue(r.ArticleId, out var n) ? n : 0) + 1;
                        var attribution = r.ClaimedById == null && r.ViaIds.Count == 0 ? string.Empty
                            : " (" + (r.ClaimedById ?? string.Empty) + (r.ViaIds.Count == 0 ? string.Empty : " via " + string.Join(" > ", r.ViaIds)) + ")";
                        return "<a class=\"report\" data-article=\"" + Html.Escape(r.ArticleId) + "\" href=\"#" + Html.Escape(Html.ReportAnchor(e.Id, r.ArticleId, counts[r.ArticleId])) + "\">"
                            + Html.Escape(ArticleLabel(dataset, r.ArticleId)) + "</a>" + Html.Escape(attribution.Replace(" ( via", " (via"));
                    })));
                    html.Append("</p>");
                    var figures = dataset.Figures.Where(f => f.EventId == e.Id).ToList();
                    if (figures.Count > 0)
                    {
                        html.Append("<p class=\"figs\">Figures: ").Append(string.Join("; ", figures.Select(FigureLink))).Append("</p>");
                    }

                    html.Append("</li>\n");
                }

                html.Append("</ol></section>\n");
            }

            html.Append("</section>\n");
        }

        // The series whose figures differ (bounds not all equal), each with its chart, its steps and its estimate.
        private static void Conflicts(StringBuilder html, NewsDataset dataset)
        {
            html.Append("<section id=\"conflicts\">\n<h2>Figures over time</h2>\n<p>Each step from one figure to the next is ")
                .Append("<span class=\"kind-consistent\">= consistent</span> (the ranges overlap), <span class=\"kind-revision\">↻ a revision</span> ")
                .Append("(a later date, no overlap) or <span class=\"kind-contradiction\">≠ a contradiction</span> (the same day or undated, no overlap). ")
                .Append("Lines join only one claimant's figures.</p>\n");
            var shown = dataset.Series.Where(s => s.Figures.Any(f => !f.AgreesWith(s.Figures[0]))).ToList();
            if (shown.Count == 0)
            {
                html.Append("<p>No figures that differ.</p>\n");
            }

            var n = 0;
            foreach (var series in shown)
            {
                n++;
                var claimants = series.Figures.Select(ConflictChart.Claimant).Distinct(StringComparer.Ordinal).ToList();
                var subject = dataset.FindNamed(series.SubjectId)?.Name ?? series.SubjectId;
                html.Append("<section class=\"conflict\" id=\"conflict-").Append(n).Append("\" data-conflict=\"")
                    .Append(Html.Escape(VocabularyNames.Of(series.Measure) + "/" + series.SubjectId)).Append("\" data-figures=\"").Append(series.Figures.Count)
                    .Append("\" data-contradictions=\"").Append(series.Steps.Count(s => s.Kind == StepKind.Contradiction)).Append("\">")
                    .Append("<h3>").Append(Html.Escape(VocabularyNames.Of(series.Measure) + ": " + subject + " (" + series.Unit + ")")).Append("</h3>\n")
                    .Append("<p>").Append(Html.Escape(Display.QualifiedValue(series.Figures[0])));
                foreach (var step in series.Steps)
                {
                    html.Append(" <span class=\"kind-").Append(VocabularyNames.Of(step.Kind)).Append("\" title=\"").Append(VocabularyNames.Of(step.Kind)).Append("\">")
                        .Append(ConflictChart.KindMark(step.Kind)).Append("</span> ").Append(Html.Escape(Display.QualifiedValue(step.Later)));
                }

                html.Append("</p>\n");
                if (series.Estimate() is { } estimate)
                {
                    html.Append("<p class=\"estimate\">Estimate").Append(estimate.AsOf is { } asOf ? " as of " + asOf : string.Empty).Append(": low ")
                        .Append(Html.Escape(Display.Number(estimate.Low))).Append(", best ").Append(Html.Escape(Display.Number(estimate.Best))).Append(", high ")
                        .Append(Html.Escape(Display.Number(estimate.High))).Append(" (from ").Append(Html.Escape(string.Join(", ", estimate.Figures.Select(f => f.Id)))).Append(")</p>\n");
                }

                html.Append(ConflictChart.Svg(dataset, series, claimants)).Append('\n').Append("<ul class=\"legend\">");
                for (var i = 0; i < claimants.Count; i++)
                {
                    html.Append("<li><span class=\"swatch\" style=\"background:").Append(ConflictChart.Palette[i % ConflictChart.Palette.Length]).Append("\"></span>")
                        .Append(Html.Escape(dataset.Actors.Find(claimants[i])?.Name ?? claimants[i])).Append("</li>");
                }

                html.Append("</ul>\n");
                FigureTable(html, dataset, series.Figures);
                html.Append("</section>\n");
            }

            html.Append("</section>\n");
        }

        private static void Figures(StringBuilder html, NewsDataset dataset)
        {
            html.Append("<section id=\"figures\">\n<h2>Figures</h2>\n");
            FigureTable(html, dataset, dataset.Figures.ToList());
            html.Append("</section>\n");
        }

        private static void FigureTable(StringBuilder html, NewsDataset dataset, IReadOnlyList<Figure> figures)
        {
            html.Append("<table><thead><tr><th>figure</th><th>measure</th><th>subject</th><th>value</th><th>bounds</th><th>unit</th><th>as of</th><th>claimed by</th><th>event</th><th>quote</th></tr></thead><tbody>\n");
            foreach (var f in figures)
            {
                html.Append("<tr><td>").Append(Html.Escape(f.Id)).Append("</td><td>").Append(Html.Escape(VocabularyNames.Of(f.Measure)))
                    .Append("</td><td>").Append(Html.Escape(dataset.FindNamed(f.SubjectId)?.Name ?? f.SubjectId))
                    .Append("</td><td>").Append(Html.Escape(Display.QualifiedValue(f))).Append("</td><td>").Append(Html.Escape(Display.Bounds(f)))
                    .Append("</td><td>").Append(Html.Escape(f.Unit)).Append("</td><td>").Append(Html.Escape(Display.Date(f.AsOf)))
                    .Append("</td><td>").Append(Html.Escape(Display.Claimant(f))).Append("</td><td>")
                    .Append(f.EventId == null ? Display.None : "<a href=\"#event-" + Html.Escape(f.EventId) + "\">" + Html.Escape(f.EventId) + "</a>")
                    .Append("</td><td><a class=\"quote\" href=\"#").Append(Html.Escape(Html.QuoteAnchor(f.Id))).Append("\">")
                    .Append(Html.Escape(f.Evidence.ArticleId + ": “" + f.Evidence.Quote + "”")).Append("</a></td></tr>\n");
            }

            html.Append("</tbody></table>\n");
        }

        private static void Actors(StringBuilder html, NewsDataset dataset)
        {
            html.Append("<section id=\"actors\">\n<h2>Actors</h2>\n<table><thead><tr><th>id</th><th>kind</th><th>name</th><th>names</th><th>aliases</th><th>description</th></tr></thead><tbody>\n");
            foreach (var a in dataset.Actors)
            {
                html.Append("<tr id=\"actor-").Append(Html.Escape(a.Id)).Append("\"><td>").Append(Html.Escape(a.Id)).Append("</td><td>").Append(Html.Escape(VocabularyNames.Of(a.Kind)))
                    .Append("</td><td>").Append(Html.Escape(a.Name)).Append("</td><td>").Append(Html.Escape(string.Join(", ", a.Names.Select(p => p.Key + ": " + p.Value))))
                    .Append("</td><td>").Append(Html.Escape(string.Join(", ", a.Aliases))).Append("</td><td>").Append(Html.Escape(a.Description)).Append("</td></tr>\n");
            }

            html.Append("</tbody></table>\n</section>\n");
        }

        private static void Places(StringBuilder html, NewsDataset dataset)
        {
            html.Append("<section id=\"places\">\n<h2>Places</h2>\n<table><thead><tr><th>id</th><th>kind</th><th>name</th><th>names</th><th>aliases</th><th>within</th><th>lat, lon</th></tr></thead><tbody>\n");
            foreach (var p in dataset.Places)
            {
                var coordinates = p.Latitude is { } lat && p.Longitude is { } lon
                    ? lat.ToString("0.###", CultureInfo.InvariantCulture) + ", " + lon.ToString("0.###", CultureInfo.InvariantCulture)
                    : Display.None;
                html.Append("<tr id=\"place-").Append(Html.Escape(p.Id)).Append("\"><td>").Append(Html.Escape(p.Id)).Append("</td><td>").Append(Html.Escape(VocabularyNames.Of(p.Kind)))
                    .Append("</td><td>").Append(Html.Escape(p.Name)).Append("</td><td>").Append(Html.Escape(string.Join(", ", p.Names.Select(n => n.Key + ": " + n.Value))))
                    .Append("</td><td>").Append(Html.Escape(string.Join(", ", p.Aliases))).Append("</td><td>").Append(Html.Escape(p.WithinId ?? Display.None))
                    .Append("</td><td>").Append(Html.Escape(coordinates)).Append("</td></tr>\n");
            }

            html.Append("</tbody></table>\n</section>\n");
        }

        private static void Articles(StringBuilder html, NewsDataset dataset)
        {
            html.Append("<section id=\"articles\">\n<h2>Articles</h2>\n<p>Evidence is highlighted: <mark class=\"figure\">figures</mark> <mark class=\"statement\">statements</mark> <mark class=\"report\">event reports</mark>.</p>\n");
            foreach (var article in dataset.Articles)
            {
                var meta = new List<string> { article.Id, article.Seed, article.Language };
                if (article.Publisher != null)
                {
                    meta.Add(article.Publisher);
                }

                if (article.Published is { } published)
                {
                    meta.Add(published.ToString());
                }

                html.Append("<article class=\"text\" id=\"article-").Append(Html.Escape(article.Id)).Append("\"><h3>").Append(Html.Escape(article.Title)).Append("</h3>")
                    .Append("<p class=\"meta\">").Append(Html.Escape(string.Join(" · ", meta))).Append("</p><div class=\"body\">")
                    .Append(MarkedText(dataset, article)).Append("</div></article>\n");
            }

            html.Append("</section>\n");
        }

        /// <summary>
        /// The article text, escaped, with <c>&lt;mark&gt;</c> around every evidence span. Spans may overlap, so the
        /// text is cut at every span boundary and each piece inside a span is a mark listing the spans that cover it
        /// (<c>data-spans</c>); the mark where a span starts carries its id (further spans starting there get an empty
        /// <c>&lt;a class="anchor" id&gt;</c> just before it).
        /// </summary>
        public static string MarkedText(NewsDataset dataset, Article article)
        {
            var text = article.Text;
            var spans = new List<(int Start, int End, string Id, string Kind)>();
            foreach (var f in dataset.Figures.In(article))
            {
                spans.Add((f.Evidence.Start, f.Evidence.Start + f.Evidence.Length, Html.QuoteAnchor(f.Id), "figure"));
            }

            foreach (var s in dataset.Statements.Where(s => s.Evidence.ArticleId == article.Id))
            {
                spans.Add((s.Evidence.Start, s.Evidence.Start + s.Evidence.Length, Html.QuoteAnchor(s.Id), "statement"));
            }

            foreach (var e in dataset.Events)
            {
                var n = 0;
                foreach (var r in e.Reports.Where(r => r.ArticleId == article.Id))
                {
                    n++;
                    spans.Add((r.Start, r.Start + r.Length, Html.ReportAnchor(e.Id, article.Id, n), "report"));
                }
            }

            spans = spans.Where(s => s.Start >= 0 && s.End <= text.Length && s.End > s.Start).OrderBy(s => s.Start).ThenByDescending(s => s.End).ToList();
            var cuts = new SortedSet<int> { 0, text.Length };
            foreach (var s in spans)
            {
                cuts.Add(s.Start);
                cuts.Add(s.End);
            }

            var result = new StringBuilder(text.Length * 2);
            var points = cuts.ToList();
            for (var i = 0; i + 1 < points.Count; i++)
            {
                int from = points[i], to = points[i + 1];
                var piece = Html.Escape(text.Substring(from, to - from));
                var covering = spans.Where(s => s.Start <= from && to <= s.End).ToList();
                if (covering.Count == 0)
                {
                    result.Append(piece);
                    continue;
                }

                var starting = covering.Where(s => s.Start == from).ToList();
                foreach (var extra in starting.Skip(1))
                {
                    result.Append("<a class=\"anchor\" id=\"").Append(Html.Escape(extra.Id)).Append("\"></a>");
                }

                result.Append("<mark");
                if (starting.Count > 0)
                {
                    result.Append(" id=\"").Append(Html.Escape(starting[0].Id)).Append('"');
                }

                result.Append(" class=\"").Append(string.Join(" ", covering.Select(s => s.Kind).Distinct())).Append("\" data-spans=\"")
                    .Append(Html.Escape(string.Join(" ", covering.Select(s => s.Id)))).Append("\">").Append(piece).Append("</mark>");
            }

            return result.ToString();
        }

        private static string FigureLink(Figure f) =>
            "<a href=\"#" + Html.Escape(Html.QuoteAnchor(f.Id)) + "\">" + Html.Escape(VocabularyNames.Of(f.Measure) + " " + Display.QualifiedValue(f)) + "</a>";

        private static string ArticleLabel(NewsDataset dataset, string articleId) =>
            dataset.Articles.Find(articleId)?.Publisher is { } publisher ? articleId + " (" + publisher + ")" : articleId;

        private static string Count(int n, string noun) => n.ToString(CultureInfo.InvariantCulture) + " " + noun + (n == 1 ? string.Empty : "s");
    }
}
