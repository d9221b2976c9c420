using System;
using System.Collections.Generic;
using System.Linq;
using StructuredNews.Generators.Model;
using StructuredNews.Generators.Parsing;
using StructuredNews.Generators.Validation;

namespace StructuredNews.Generators.Emission
{
    /// <summary>
    /// Emits one annotation file: a private class that adds the file's entities to the dataset builder (in methods
    /// of bounded size, so no method grows with the dataset), and typed accessors with XML docs for each entity.
    /// </summary>
    internal sealed class FileEmitter
    {
        /// <summary>Entities per generated method: keeps each method far below the JIT's optimisation limits.</summary>
        public const int EntitiesPerMethod = 40;

        private const string Ns = "global::StructuredNews.";

        private readonly FileEmitModel model;
        private readonly CodeWriter w = new CodeWriter();
        private readonly Queue<QuotePosition> quotes;
        private readonly HashSet<string> skipped;

        private FileEmitter(FileEmitModel model)
        {
            this.model = model;
            quotes = new Queue<QuotePosition>(model.Quotes);
            skipped = new HashSet<string>(model.SkippedIds, StringComparer.Ordinal);
        }

        public static string Emit(FileEmitModel model) => new FileEmitter(model).Emit();

        private AnnotationFile File => model.File;

        private string Emit()
        {
            Header.Write(w, model.Options, "the annotation file " + File.RelativePath);
            w.Open("partial class " + model.Options.ClassName);

            var adds = new List<Action>();
            if (File.Article != null)
            {
                adds.Add(() => AddArticle(File.Article));
            }

            adds.AddRange(File.Actors.Select(a => (Action)(() => AddActor(a))));
            adds.AddRange(File.Places.Select(p => (Action)(() => AddPlace(p))));
            adds.AddRange(File.Topics.Select(t => (Action)(() => AddTopic(t))));
            adds.AddRange(File.Events.Select(e => (Action)(() => AddEvent(e))));
            adds.AddRange(File.Figures.Select(f => (Action)(() => AddFigure(f))));
            adds.AddRange(File.Statements.Select(s => (Action)(() => AddStatement(s))));
            WriteDataClass(adds);

            WriteAccessors(EntityKind.Article, File.Article == null ? new ArticleSpec[0] : new[] { File.Article }, a => a.Id, ArticleDoc);
            WriteAccessors(EntityKind.Actor, File.Actors, a => a.Id, a => NamedDoc(a.Name, Vocabulary<ActorKind>.NameOf(a.Kind), a.Aliases, a.Description));
            WriteAccessors(EntityKind.Place, File.Places, p => p.Id, p => NamedDoc(p.Name, Vocabulary<PlaceKind>.NameOf(p.Kind), p.Aliases, null));
            WriteAccessors(EntityKind.Topic, File.Topics, t => t.Id, t => NamedDoc(t.Name, "topic", t.Aliases, t.Description));
            WriteAccessors(EntityKind.Event, File.Events, e => e.Id, EventDoc);
            WriteAccessors(EntityKind.Figure, File.Figures, f => f.Id, FigureDoc);
            WriteAccessors(EntityKind.Statement, File.Statements, s => s.Id, StatementDoc);

            w.Close();
            w.Close();
            return w.ToString();
        }

        private void WriteDataClass(List<Action> adds)
        {
            w.Doc("<summary>The entities of <c>" + XmlDoc.Escape(File.RelativePath) + "</c>.</summary>");
            w.Open("private static class " + model.ClassName);
            var chunks = (adds.Count + EntitiesPerMethod - 1) / EntitiesPerMethod;
            w.Open("internal static void AddTo(" + Ns + "NewsDatasetBuilder builder)");
            for (var i = 0; i < chunks; i++)
            {
                w.Line("AddPart" + CodeWriter.Literal(i) + "(builder);");
            }

            w.Close();
            for (var i = 0; i < chunks; i++)
            {
                w.Line();
                w.Open("private static void AddPart" + CodeWriter.Literal(i) + "(" + Ns + "NewsDatasetBuilder builder)");
                foreach (var add in adds.Skip(i * EntitiesPerMethod).Take(EntitiesPerMethod))
                {
                    add();
                }

                w.Close();
            }

            w.Close();
        }

        private void AddArticle(ArticleSpec a)
        {
            Call("Article", new[]
            {
                ("id", Lit(a.Id.Id)),
                ("seed", Lit(a.Seed)),
                ("language", Lit(a.Language)),
                ("title", Lit(a.Title)),
                ("publisher", Lit(a.Publisher)),
                ("published", Date(a.Published)),
                ("publishedSource", a.PublishedSource is { } source ? Ns + "DateSource." + source : "null"),
                ("url", Lit(a.Url)),
                ("text", Lit(model.ArticleText ?? "")),
                ("textSha256", Lit(model.ArticleSha256 ?? "")),
            });
        }

        private void AddActor(ActorSpec a)
        {
            Call("Actor", new[]
            {
                ("id", Lit(a.Id.Id)),
                ("kind", Ns + "ActorKind." + a.Kind),
                ("name", Lit(a.Name)),
                ("names", Names(a.Names)),
                ("aliases", Strings(a.Aliases)),
                ("roles", a.Roles.Count == 0 ? "null" : "new " + Ns + "ActorRole[] { " + string.Join(", ", a.Roles.Select(Role)) + " }"),
                ("description", Lit(a.Description)),
            });
        }

        private static string Role(RoleSpec r) =>
            "new " + Ns + "ActorRole(" + Lit(r.Title) + ", " + Lit(r.Of?.Id) + ", " + Date(r.From) + ", " + Date(r.To) + ")";

        private void AddPlace(PlaceSpec p)
        {
            Call("Place", new[]
            {
                ("id", Lit(p.Id.Id)),
                ("kind", Ns + "PlaceKind." + p.Kind),
                ("name", Lit(p.Name)),
                ("names", Names(p.Names)),
                ("aliases", Strings(p.Aliases)),
                ("withinId", Lit(p.Within?.Id)),
                ("latitude", CodeWriter.Literal(p.Latitude)),
                ("longitude", CodeWriter.Literal(p.Longitude)),
            });
        }

        private void AddTopic(TopicSpec t)
        {
            Call("Topic", new[]
            {
                ("id", Lit(t.Id.Id)),
                ("name", Lit(t.Name)),
                ("names", Names(t.Names)),
                ("aliases", Strings(t.Aliases)),
                ("description", Lit(t.Description)),
            });
        }

        private void AddEvent(EventSpec e)
        {
            Call("Event", new[]
            {
                ("id", Lit(e.Id.Id)),
                ("subType", Ns + "EventSubType." + e.SubType),
                ("summary", Lit(e.Summary)),
                ("start", Date(e.Start)),
                ("end", Date(e.End)),
                ("precision", Ns + "DatePrecision." + e.Precision),
                ("placeId", Lit(e.Place?.Id)),
                ("participants", e.Participants.Count == 0 ? "null" : "new " + Ns + "Participant[] { " + string.Join(", ",
                    e.Participants.Select(p => "new " + Ns + "Participant(" + Lit(p.Actor.Id) + ", " + Ns + "ParticipantRole." + p.Role + ")")) + " }"),
                ("causeIds", Strings(e.Causes.Select(c => c.Id))),
                ("reports", "new " + Ns + "EventReport[] { " + string.Join(", ", e.Reports.Select(Report)) + " }"),
            });
        }

        private void AddFigure(FigureSpec f)
        {
            Call("Figure", new[]
            {
                ("id", Lit(f.Id.Id)),
                ("measure", Ns + "Measure." + f.Measure),
                ("subjectId", Lit(f.Subject.Id)),
                ("value", Lit(f.Value)),
                ("qualifier", Ns + "Qualifier." + f.Qualifier),
                ("low", CodeWriter.Literal(f.Low)),
                ("high", CodeWriter.Literal(f.High)),
                ("unit", Lit(f.Unit)),
                ("asOf", Date(f.AsOf)),
                ("claimedById", Lit(f.ClaimedBy?.Id)),
                ("viaIds", Strings(f.Via.Select(v => v.Id))),
                ("eventId", Lit(f.Event?.Id)),
                ("placeId", Lit(f.Place?.Id)),
                ("note", Lit(f.Note)),
                ("evidence", Evidence(f.Evidence)),
            });
        }

        private void AddStatement(StatementSpec s)
        {
            Call("Statement", new[]
            {
                ("id", Lit(s.Id.Id)),
                ("speakerId", Lit(s.Speaker.Id)),
                ("text", Lit(s.Text)),
                ("date", Date(s.Date)),
                ("eventId", Lit(s.Event?.Id)),
                ("evidence", Evidence(s.Evidence)),
            });
        }

        private void Call(string type, (string Name, string Value)[] arguments)
        {
            w.Line("builder.Add(new " + Ns + type + "(");
            w.Indent();
            for (var i = 0; i < arguments.Length; i++)
            {
                w.Line(arguments[i].Name + ": " + arguments[i].Value + (i == arguments.Length - 1 ? "));" : ","));
            }

            w.Outdent();
        }

        private string Evidence(EvidenceSpec e) => "new " + Ns + "Evidence(" + EvidenceArguments(e) + ")";

        private string Report(EvidenceSpec e) =>
            "new " + Ns + "EventReport(" + EvidenceArguments(e) + ", " + Lit(e.ClaimedBy?.Id) + ", " + Strings(e.Via.Select(v => v.Id)) + ")";

        private string EvidenceArguments(EvidenceSpec e)
        {
            // Positions were located in the same order by the pipeline (see EvidenceOrder).
            var position = quotes.Dequeue();
            return Lit(e.Article?.Id ?? "") + ", " + Lit(e.Quote) + ", " + CodeWriter.Literal(position.Start) + ", " + CodeWriter.Literal(position.Length);
        }

        private static string Lit(string? value) => CodeWriter.Literal(value);

        // Dates were validated as yyyy-MM-dd by the parser.
        private static string Date(string? iso) =>
            iso == null ? "null" : "new " + Ns + "NewsDate(" + Number(iso.Substring(0, 4)) + ", " + Number(iso.Substring(5, 2)) + ", " + Number(iso.Substring(8, 2)) + ")";

        private static string Number(string digits) => CodeWriter.Literal(int.Parse(digits, System.Globalization.CultureInfo.InvariantCulture));

        private static string Strings(IEnumerable<string> values)
        {
            var list = values.ToList();
            return list.Count == 0 ? "null" : "new string[] { " + string.Join(", ", list.Select(v => Lit(v))) + " }";
        }

        private static string Names(EquatableArray<LocalizedName> names) =>
            names.Count == 0
                ? "null"
                : "new global::System.Collections.Generic.Dictionary<string, string>(global::System.StringComparer.Ordinal) { " +
                  string.Join(", ", names.Select(n => "[" + Lit(n.Language) + "] = " + Lit(n.Name))) + " }";

        private void WriteAccessors<T>(EntityKind kind, IEnumerable<T> specs, Func<T, Ref> id, Func<T, IEnumerable<string>> doc)
        {
            var list = specs.Where(s => !skipped.Contains(id(s).Id)).ToList();
            if (list.Count == 0)
            {
                return;
            }

            var className = IdentifierPlan.ClassNameOf(kind);
            w.Line();
            w.Open("partial class " + className);
            var first = true;
            foreach (var spec in list)
            {
                if (!first)
                {
                    w.Line();
                }

                first = false;
                if (model.Options.EmitXmlDocs)
                {
                    foreach (var line in doc(spec))
                    {
                        w.Doc(line);
                    }
                }

                var member = Identifiers.MemberName(id(spec).Id, className);
                w.Line("public static " + Ns + kind + " " + member + " => Dataset." + className + "[" + Lit(id(spec).Id) + "];");
            }

            w.Close();
        }

        private static IEnumerable<string> ArticleDoc(ArticleSpec a)
        {
            yield return "<summary>" + XmlDoc.Escape(a.Title) + "</summary>";
            yield return "<remarks>Article <c>" + XmlDoc.Escape(a.Id.Id) + "</c> (" + XmlDoc.Escape(a.Language) + ")" +
                (a.Publisher != null ? ", " + XmlDoc.Escape(a.Publisher) : "") +
                (a.Published != null ? ", published " + a.Published + (a.PublishedSource == DateSource.Inferred ? " (inferred)" : "") : "") +
                "; text: <c>" + XmlDoc.Escape(a.Seed) + "</c>.</remarks>";
        }

        private static IEnumerable<string> NamedDoc(string name, string kind, EquatableArray<string> aliases, string? description)
        {
            yield return "<summary>" + XmlDoc.Escape(name) + " (" + kind + ")" + (description != null ? ": " + XmlDoc.Escape(description) : ".") + "</summary>";
            if (aliases.Count > 0)
            {
                yield return "<remarks>Also: " + XmlDoc.Escape(string.Join(", ", aliases)) + ".</remarks>";
            }
        }

        private static IEnumerable<string> EventDoc(EventSpec e)
        {
            yield return "<summary>" + XmlDoc.Escape(e.Summary) + "</summary>";
            yield return "<remarks>" + e.Start + (e.End != null ? " to " + e.End : "") + " (" + Vocabulary<DatePrecision>.NameOf(e.Precision) + "); " +
                Vocabulary<EventSubType>.NameOf(e.SubType) + "; reported by " + XmlDoc.Escape(string.Join(", ", e.Reports.Select(r => r.Article?.Id))) + ".</remarks>";
        }

        private static IEnumerable<string> FigureDoc(FigureSpec f)
        {
            yield return "<summary>" + Vocabulary<Measure>.NameOf(f.Measure) + " of <c>" + XmlDoc.Escape(f.Subject.Id) + "</c>: " + XmlDoc.Escape(f.Value) +
                " (" + Vocabulary<Qualifier>.NameOf(f.Qualifier) + ", " + XmlDoc.Escape(f.Unit) + ")" + (f.AsOf != null ? " as of " + f.AsOf : "") +
                (f.ClaimedBy != null ? ", claimed by <c>" + XmlDoc.Escape(f.ClaimedBy.Id) + "</c>" : "") +
                (f.Via.Count > 0 ? " via " + XmlDoc.Escape(string.Join(", ", f.Via.Select(v => v.Id))) : "") + ".</summary>";
            yield return "<remarks>“" + XmlDoc.Escape(f.Evidence.Quote) + "” (" + XmlDoc.Escape(f.Evidence.Article?.Id ?? "") + ")</remarks>";
        }

        private static IEnumerable<string> StatementDoc(StatementSpec s)
        {
            yield return "<summary><c>" + XmlDoc.Escape(s.Speaker.Id) + "</c>" + (s.Date != null ? " on " + s.Date : "") + ": “" + XmlDoc.Escape(s.Text) + "”</summary>";
            yield return "<remarks>“" + XmlDoc.Escape(s.Evidence.Quote) + "” (" + XmlDoc.Escape(s.Evidence.Article?.Id ?? "") + ")</remarks>";
        }
    }
}
