using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using StructuredNews.Cli.Rendering;

namespace StructuredNews.Cli.Report
{
    /// <summary>
    /// An inline SVG chart of one figure series: the dates the figures describe (as_of; undated ones last) across,
    /// the value up, one point per figure (<c>&lt;circle data-figure="id"&gt;</c>, linked to its quote), coloured by
    /// claimant and joined only with the same claimant's figures. A range (low..high) is a bar; an open bound ("more
    /// than 200") a dashed line to the edge. Each step of the series is marked at its later figure with its kind
    /// (<c>&lt;text class="step revision" data-step="earlier later"&gt;</c>: = consistent, ↻ revision, ≠ contradiction).
    /// </summary>
    public static class ConflictChart
    {
        /// <summary>Colours for claimants, in order (colour-blind friendly, Okabe-Ito).</summary>
        public static readonly string[] Palette = { "#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000", "#F0E442" };

        private const int Width = 760;
        private const int Height = 300;
        private const int Left = 90;
        private const int Right = 20;
        private const int Top = 16;
        private const int Bottom = 44;

        /// <summary>The claimant key of a figure: who claimed it, or "unattributed".</summary>
        public static string Claimant(Figure figure) => figure.ClaimedById ?? "unattributed";

        /// <summary>The SVG element.</summary>
        public static string Svg(NewsDataset dataset, FigureSeries conflict, List<string> claimants)
        {
            var figures = conflict.Figures;
            var slots = figures.Where(f => f.AsOf != null).Select(f => f.AsOf!.Value).Distinct().OrderBy(d => d).Select(d => (string?)d.ToString()).ToList();
            if (figures.Any(f => f.AsOf == null))
            {
                slots.Add(null);
            }

            var max = figures.Select(f => f.High ?? f.Low ?? 0m).DefaultIfEmpty(0m).Max();
            var yMax = Nice(max <= 0 ? 1m : max * 1.1m);
            var plotWidth = Width - Left - Right;
            var plotHeight = Height - Top - Bottom;
            double X(int slot) => Left + plotWidth * (slot + 0.5) / slots.Count;
            double Y(decimal value) => Top + plotHeight * (1 - (double)(value / yMax));

            var svg = new StringBuilder();
            var unit = figures.Select(f => f.Unit).FirstOrDefault() ?? string.Empty;
            svg.Append("<svg class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").Append(Width).Append(' ').Append(Height)
                .Append("\" width=\"").Append(Width).Append("\" height=\"").Append(Height).Append("\" role=\"img\" aria-label=\"")
                .Append(Html.Escape(VocabularyNames.Of(conflict.Measure) + " of " + conflict.SubjectId + " over time, by claimant")).Append("\">");

            // Axes, grid and labels.
            for (var i = 0; i <= 4; i++)
            {
                var value = yMax * i / 4;
                var y = F(Y(value));
                svg.Append("<line class=\"grid\" x1=\"").Append(Left).Append("\" x2=\"").Append(Width - Right).Append("\" y1=\"").Append(y).Append("\" y2=\"").Append(y).Append("\"/>");
                svg.Append("<text class=\"tick\" x=\"").Append(Left - 6).Append("\" y=\"").Append(F(Y(value) + 4)).Append("\" text-anchor=\"end\">")
                    .Append(Html.Escape(value.ToString("#,0.##", CultureInfo.InvariantCulture))).Append("</text>");
            }

            svg.Append("<text class=\"unit\" x=\"12\" y=\"").Append(F(Top + plotHeight / 2.0)).Append("\" transform=\"rotate(-90 12 ")
                .Append(F(Top + plotHeight / 2.0)).Append(")\" text-anchor=\"middle\">").Append(Html.Escape(unit)).Append("</text>");
            for (var s = 0; s < slots.Count; s++)
            {
                svg.Append("<text class=\"tick\" x=\"").Append(F(X(s))).Append("\" y=\"").Append(Height - Bottom + 18).Append("\" text-anchor=\"middle\">")
                    .Append(Html.Escape(slots[s] ?? "undated")).Append("</text>");
            }

            svg.Append("<text class=\"unit\" x=\"").Append(F(Left + plotWidth / 2.0)).Append("\" y=\"").Append(Height - 6).Append("\" text-anchor=\"middle\">as of</text>");
            svg.Append("<line class=\"axis\" x1=\"").Append(Left).Append("\" x2=\"").Append(Left).Append("\" y1=\"").Append(Top).Append("\" y2=\"").Append(Height - Bottom).Append("\"/>");
            svg.Append("<line class=\"axis\" x1=\"").Append(Left).Append("\" x2=\"").Append(Width - Right).Append("\" y1=\"").Append(Height - Bottom).Append("\" y2=\"").Append(Height - Bottom).Append("\"/>");

            // Points: x by slot, spread by claimant within a slot.
            var points = new List<(Figure Figure, double X, double Y, string Colour, string Claimant)>();
            foreach (var group in figures.GroupBy(f => f.AsOf?.ToString()))
            {
                var slot = slots.IndexOf(group.Key);
                var inSlot = group.OrderBy(f => claimants.IndexOf(Claimant(f))).ThenBy(f => f.Id, StringComparer.Ordinal).ToList();
                for (var i = 0; i < inSlot.Count; i++)
                {
                    var f = inSlot[i];
                    var x = X(slot) + (i - (inSlot.Count - 1) / 2.0) * 16;
                    var value = f.Low is { } low && f.High is { } high ? (low + high) / 2 : f.Low ?? f.High ?? 0m;
                    var index = claimants.IndexOf(Claimant(f));
                    points.Add((f, x, Y(value), Palette[index % Palette.Length], Claimant(f)));
                }
            }

            foreach (var series in points.GroupBy(p => p.Claimant).Where(g => g.Count() > 1))
            {
                svg.Append("<polyline class=\"series\" fill=\"none\" stroke=\"").Append(series.First().Colour).Append("\" points=\"")
                    .Append(string.Join(" ", series.OrderBy(p => p.X).Select(p => F(p.X) + "," + F(p.Y)))).Append("\"/>");
            }

            foreach (var p in points)
            {
                var f = p.Figure;
                if (f.Low is { } low && f.High is { } high && low != high)
                {
                    svg.Append("<rect class=\"range\" x=\"").Append(F(p.X - 4)).Append("\" y=\"").Append(F(Y(high))).Append("\" width=\"8\" height=\"")
                        .Append(F(Math.Max(1, Y(low) - Y(high)))).Append("\" fill=\"").Append(p.Colour).Append("\"/>");
                }
                else if (f.Low != null && f.High == null)
                {
                    svg.Append("<line class=\"open\" x1=\"").Append(F(p.X)).Append("\" x2=\"").Append(F(p.X)).Append("\" y1=\"").Append(F(p.Y)).Append("\" y2=\"").Append(Top)
                        .Append("\" stroke=\"").Append(p.Colour).Append("\"/>");
                    svg.Append("<path class=\"open\" d=\"M").Append(F(p.X - 5)).Append(',').Append(Top + 8).Append(" L").Append(F(p.X)).Append(',').Append(Top)
                        .Append(" L").Append(F(p.X + 5)).Append(',').Append(Top + 8).Append("\" fill=\"none\" stroke=\"").Append(p.Colour).Append("\"/>");
                }
                else if (f.Low == null && f.High != null)
                {
                    svg.Append("<line class=\"open\" x1=\"").Append(F(p.X)).Append("\" x2=\"").Append(F(p.X)).Append("\" y1=\"").Append(F(p.Y)).Append("\" y2=\"").Append(Height - Bottom)
                        .Append("\" stroke=\"").Append(p.Colour).Append("\"/>");
                }

                var claimant = dataset.Actors.Find(p.Claimant)?.Name ?? p.Claimant;
                svg.Append("<a href=\"#").Append(Html.Escape(Html.QuoteAnchor(f.Id))).Append("\">")
                    .Append("<circle data-figure=\"").Append(Html.Escape(f.Id)).Append("\" data-claimant=\"").Append(Html.Escape(p.Claimant))
                    .Append("\" cx=\"").Append(F(p.X)).Append("\" cy=\"").Append(F(p.Y)).Append("\" r=\"6\" fill=\"").Append(p.Colour).Append("\">")
                    .Append("<title>").Append(Html.Escape(Display.QualifiedValue(f) + " (" + Display.Bounds(f) + " " + f.Unit + "), as of "
                        + Display.Date(f.AsOf) + ", claimed by " + claimant + ", " + f.Evidence.ArticleId + ": “" + f.Evidence.Quote + "”")).Append("</title></circle></a>");
            }

            foreach (var step in conflict.Steps)
            {
                var at = points.First(p => ReferenceEquals(p.Figure, step.Later));
                svg.Append("<text class=\"step ").Append(VocabularyNames.Of(step.Kind)).Append("\" data-step=\"").Append(Html.Escape(step.Earlier.Id + " " + step.Later.Id))
                    .Append("\" x=\"").Append(F(at.X + 8)).Append("\" y=\"").Append(F(at.Y - 8)).Append("\">").Append(KindMark(step.Kind))
                    .Append("<title>").Append(Html.Escape(step.Earlier.Id + " → " + step.Later.Id + ": " + VocabularyNames.Of(step.Kind))).Append("</title></text>");
            }

            svg.Append("</svg>");
            return svg.ToString();
        }

        /// <summary>The mark a step gets in the chart.</summary>
        public static string KindMark(StepKind kind) => kind switch
        {
            StepKind.Revision => "↻",
            StepKind.Contradiction => "≠",
            _ => "=",
        };

        private static string F(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);

        // 1, 2, 2.5 or 5 times a power of ten, at least the value.
        private static decimal Nice(decimal value)
        {
            var power = 1m;
            while (power * 10 < value)
            {
                power *= 10;
            }

            while (power > value && power > 0.0001m)
            {
                power /= 10;
            }

            foreach (var step in new[] { 1m, 2m, 2.5m, 5m, 10m })
            {
                if (power * step >= value)
                {
                    return power * step;
                }
            }

            return power * 10;
        }
    }
}
