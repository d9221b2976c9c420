using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis.CSharp;

namespace StructuredNews.Synthetic
{
    /// <summary>
    /// The typed alternative to the generator, for the build and load benchmarks: C# source that builds the same
    /// dataset with constructors and a <see cref="NewsDatasetBuilder"/>, as a T4 template or a hand-run script would
    /// write it. One file per article (the article, its figures and statements), one per kind of the rest, and
    /// <c>TypedDataset.cs</c> with <c>TypedDataset.Build()</c>. Literals are escaped by Roslyn. The article texts
    /// are embedded resources named by their seed (<see cref="Resources"/>): as string literals they outgrow the
    /// assembly's 16 MB user-string heap (CS8103) from about N = 1,000.
    /// </summary>
    public static class TypedSourceWriter
    {
        public const string Namespace = "Synthetic.Typed";

        /// <summary>The source files (relative path, text) in a fixed order.</summary>
        public static IEnumerable<(string Path, string Text)> Files(NewsDataset dataset)
        {
            var articles = dataset.Articles.ToList();
            yield return ("TypedDataset.cs", Unit("TypedDataset", "public static NewsDataset Build()", b =>
            {
                b.Append("            var b = new NewsDatasetBuilder(").Append(S(dataset.Id)).Append(", ").Append(S(dataset.Title)).Append(");\n");
                b.Append("            Actors.Add(b);\n            Places.Add(b);\n            Topics.Add(b);\n            Events.Add(b);\n");
                for (var i = 0; i < articles.Count; i++)
                {
                    b.Append("            ").Append(ArticleClass(i)).Append(".Add(b);\n");
                }

                b.Append("            return b.Build();\n");
            }, isPublic: true));
            yield return ("Texts.cs", "using System.IO;\nusing System.Text;\n\nnamespace " + Namespace + "\n{\n    internal static class Texts\n    {\n" +
                "        public static string Read(string seed)\n        {\n" +
                "            using var stream = typeof(Texts).Assembly.GetManifestResourceStream(seed)!;\n" +
                "            using var reader = new StreamReader(stream, new UTF8Encoding(false));\n" +
                "            return reader.ReadToEnd();\n        }\n    }\n}\n");
            yield return ("Actors.cs", Adder("Actors", dataset.Actors, Actor));
            yield return ("Places.cs", Adder("Places", dataset.Places, Place));
            yield return ("Topics.cs", Adder("Topics", dataset.Topics, Topic));
            yield return ("Events.cs", Adder("Events", dataset.Events, Event));
            for (var i = 0; i < articles.Count; i++)
            {
                var article = articles[i];
                var said = dataset.Report(article);
                yield return ("Articles/" + ArticleClass(i) + ".cs", Unit(ArticleClass(i), "public static void Add(NewsDatasetBuilder b)", b =>
                {
                    b.Append("            b.Add(").Append(Article(article)).Append(");\n");
                    foreach (var figure in said.Figures)
                    {
                        b.Append("            b.Add(").Append(Figure(figure)).Append(");\n");
                    }

                    foreach (var statement in said.Statements)
                    {
                        b.Append("            b.Add(").Append(Statement(statement)).Append(");\n");
                    }
                }));
            }
        }

        /// <summary>The embedded resources the sources read: each article's text (UTF-8), named by its seed.</summary>
        public static IEnumerable<(string Name, byte[] Content)> Resources(NewsDataset dataset) =>
            dataset.Articles.Select(a => (a.Seed, new UTF8Encoding(false).GetBytes(a.Text)));

        private static string ArticleClass(int index) => "Article" + (index + 1).ToString("D5", CultureInfo.InvariantCulture);

        private static string Adder<T>(string name, IEnumerable<T> entities, Func<T, string> create) =>
            Unit(name, "public static void Add(NewsDatasetBuilder b)", b =>
            {
                foreach (var entity in entities)
                {
                    b.Append("            b.Add(").Append(create(entity)).Append(");\n");
                }
            });

        private static string Unit(string className, string signature, Action<StringBuilder> body, bool isPublic = false)
        {
            var b = new StringBuilder("using StructuredNews;\n\nnamespace ").Append(Namespace).Append("\n{\n    ")
                .Append(isPublic ? "public" : "internal").Append(" static class ").Append(className).Append("\n    {\n        ")
                .Append(signature).Append("\n        {\n");
            body(b);
            return b.Append("        }\n    }\n}\n").ToString();
        }

        private static string Article(Article a) =>
            "new Article(" + S(a.Id) + ", " + S(a.Seed) + ", " + S(a.Language) + ", " + S(a.Title) + ", " + S(a.Publisher) + ", " + D(a.Published) + ", " +
            (a.PublishedSource is { } source ? "DateSource." + source : "null") + ", " + S(a.Url) + ", Texts.Read(" + S(a.Seed) + "), " + S(a.TextSha256) + ")";

        private static string Actor(Actor a) =>
            "new Actor(" + S(a.Id) + ", ActorKind." + a.Kind + ", " + S(a.Name) + ", " + Names(a.Names) + ", " + Strings(a.Aliases) + ", " +
            (a.Roles.Count == 0 ? "null" : "new[] { " + string.Join(", ", a.Roles.Select(r => "new ActorRole(" + S(r.Title) + ", " + S(r.OfId) + ", " + D(r.From) + ", " + D(r.To) + ")")) + " }") +
            ", " + S(a.Description) + ")";

        private static string Place(Place p) =>
            "new Place(" + S(p.Id) + ", PlaceKind." + p.Kind + ", " + S(p.Name) + ", " + Names(p.Names) + ", " + Strings(p.Aliases) + ", " + S(p.WithinId) + ", " +
            N(p.Latitude) + ", " + N(p.Longitude) + ")";

        private static string Topic(Topic t) =>
            "new Topic(" + S(t.Id) + ", " + S(t.Name) + ", " + Names(t.Names) + ", " + Strings(t.Aliases) + ", " + S(t.Description) + ")";

        private static string Event(Event e) =>
            "new Event(" + S(e.Id) + ", EventSubType." + e.SubType + ", " + S(e.Summary) + ", " + D(e.Start) + ", " + D(e.End) + ", DatePrecision." + e.Precision + ", " +
            S(e.PlaceId) + ", " + (e.Participants.Count == 0 ? "null" : "new[] { " + string.Join(", ", e.Participants.Select(p => "new Participant(" + S(p.ActorId) + ", ParticipantRole." + p.Role + ")")) + " }") +
            ", " + Strings(e.CauseIds) + ", new[] { " + string.Join(", ", e.Reports.Select(r =>
                "new EventReport(" + S(r.ArticleId) + ", " + S(r.Quote) + ", " + I(r.Start) + ", " + I(r.Length) + ", " + S(r.ClaimedById) + ", " + Strings(r.ViaIds) + ")")) + " })";

        private static string Figure(Figure f) =>
            "new Figure(" + S(f.Id) + ", Measure." + f.Measure + ", " + S(f.SubjectId) + ", " + S(f.Value) + ", Qualifier." + f.Qualifier + ", " + M(f.Low) + ", " + M(f.High) + ", " +
            S(f.Unit) + ", " + D(f.AsOf) + ", " + S(f.ClaimedById) + ", " + Strings(f.ViaIds) + ", " + S(f.EventId) + ", " + S(f.PlaceId) + ", " + S(f.Note) + ", " + Evidence(f.Evidence) + ")";

        private static string Statement(Statement s) =>
            "new Statement(" + S(s.Id) + ", " + S(s.SpeakerId) + ", " + S(s.Text) + ", " + D(s.Date) + ", " + S(s.EventId) + ", " + Evidence(s.Evidence) + ")";

        private static string Evidence(Evidence e) => "new Evidence(" + S(e.ArticleId) + ", " + S(e.Quote) + ", " + I(e.Start) + ", " + I(e.Length) + ")";

        private static string Names(IReadOnlyDictionary<string, string> names) => names.Count == 0 ? "null"
            : "new System.Collections.Generic.Dictionary<string, string> { " + string.Join(", ", names.OrderBy(n => n.Key, StringComparer.Ordinal).Select(n => "[" + S(n.Key) + "] = " + S(n.Value))) + " }";

        private static string Strings(IReadOnlyList<string> values) => values.Count == 0 ? "null" : "new[] { " + string.Join(", ", values.Select(S)) + " }";

        private static string S(string? value) => value == null ? "null" : SymbolDisplay.FormatLiteral(value, quote: true);

        private static string D(NewsDate? date) => date is { } d ? "new NewsDate(" + d.Year + ", " + d.Month + ", " + d.Day + ")" : "null";

        private static string M(decimal? value) => value is { } v ? v.ToString(CultureInfo.InvariantCulture) + "m" : "null";

        private static string N(double? value) => value is { } v ? v.ToString("R", CultureInfo.InvariantCulture) : "null";

        private static string I(int value) => value.ToString(CultureInfo.InvariantCulture);
    }
}
