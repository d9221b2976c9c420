using System;
using System.Collections.Generic;
using System.Linq;
using StructuredNews.Annotations.Model;
using StructuredNews.Annotations.Naming;
using StructuredNews.Annotations.Parsing;
using StructuredNews.Annotations.Tables;
using StructuredNews.Generators.Model;

namespace StructuredNews.Generators.Emission
{
    /// <summary>
    /// Emits one annotation file: a private class holding the file's entities as one table in a string constant (no
    /// code runs per entity, so JIT time does not grow with the data; the compiler copies the constant's value as
    /// is), and typed accessors with XML docs.
    /// </summary>
    internal sealed class FileEmitter
    {
        private const string Ns = "global::StructuredNews.";

        private readonly FileEmitModel model;
        private readonly CodeWriter w = new CodeWriter();
        private readonly HashSet<string> skipped;

        private FileEmitter(FileEmitModel model)
        {
            this.model = model;
            skipped = new HashSet<string>(model.SkippedIds, StringComparer.Ordinal);
        }

        public static string Emit(FileEmitModel model) => new FileEmitter(model).Emit();

        private AnnotationFile File => model.File;

        private string Emit()
        {
            using (Header.Write(w, model.Options, "the annotation file " + File.RelativePath))
            using (w.WriteBlock("partial class " + model.Options.ClassName))
            {
                WriteTable();

                WriteAccessors(EntityKind.Article, File.Article == null ? new ArticleSpec[0] : new[] { File.Article }, a => a.Id, ArticleDoc);
                WriteAccessors(EntityKind.Actor, File.Actors, a => a.Id, a => NamedDoc(a.Naming, Vocabulary<ActorKind>.NameOf(a.Kind), a.Description));
                WriteAccessors(EntityKind.Place, File.Places, p => p.Id, p => NamedDoc(p.Naming, Vocabulary<PlaceKind>.NameOf(p.Kind), null));
                WriteAccessors(EntityKind.Topic, File.Topics, t => t.Id, t => NamedDoc(t.Naming, "topic", t.Description));
                WriteAccessors(EntityKind.Event, File.Events, e => e.Id, EventDoc);
                // Figures and statements are most of the entities, so their accessors are most of the code the
                // compiler builds after every edit; large datasets can leave them out (StructuredNewsClaimAccessors).
                if (model.Options.EmitClaimAccessors)
                {
                    WriteAccessors(EntityKind.Figure, File.Figures, f => f.Id, FigureDoc);
                    WriteAccessors(EntityKind.Statement, File.Statements, s => s.Id, StatementDoc);
                }
            }

            return w.ToString();
        }

        private void WriteTable()
        {
            var table = TableWriter.Write(model.Located);
            w.Doc("<summary>");
            w.Doc("The entities of <c>" + XmlDoc.Escape(File.RelativePath) + "</c>: " + XmlDoc.Escape(Census()) + ",");
            w.Doc("stored compactly (StructuredNews.Storage.TableFormat) as a string constant, which the runtime reads when a kind of entity is first asked for.");
            w.Doc("</summary>");
            using (w.WriteBlock("private static class " + model.ClassName))
            {
                w.Start().Append("internal const string " + TableWriter.ConstantName + " = ").AppendLiteral(table).Append(";").End();
            }
        }

        private string Census()
        {
            var parts = new List<string>();
            void Count(int count, string noun)
            {
                if (count > 0)
                {
                    parts.Add(count.ToString(System.Globalization.CultureInfo.InvariantCulture) + " " + noun + (count == 1 ? "" : "s"));
                }
            }

            Count(File.Article == null ? 0 : 1, "article");
            Count(File.Actors.Count, "actor");
            Count(File.Places.Count, "place");
            Count(File.Topics.Count, "topic");
            Count(File.Events.Count, "event");
            Count(File.Figures.Count, "figure");
            Count(File.Statements.Count, "statement");
            return parts.Count == 0 ? "no entities" : string.Join(", ", parts);
        }

        private void WriteAccessors<T>(EntityKind kind, IEnumerable<T> specs, Func<T, Ref> id, Action<T> doc)
        {
            var list = specs.Where(s => !skipped.Contains(id(s).Id)).ToList();
            if (list.Count == 0)
            {
                return;
            }

            var className = IdentifierPlan.ClassNameOf(kind);
            var type = Ns + kind;
            w.Line();
            using (w.WriteBlock("partial class " + className))
            {
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
                        doc(spec);
                    }

                    w.Start().Append("public static ").Append(type).Append(" ").Append(Identifiers.MemberName(id(spec).Id, className)).Append(" => ")
                        .Append(DatasetEmitter.LookupMethod).Append("(").Append(CodeWriter.Literal(id(spec).Id)).Append(");").End();
                }
            }
        }

        // The docs are written piece by piece into the source: a line of them is never a string of its own.
        private void ArticleDoc(ArticleSpec a)
        {
            w.StartDoc().Append("<summary>").AppendXml(a.Title).Append("</summary>").End();
            w.StartDoc().Append("<remarks>Article <c>").AppendXml(a.Id.Id).Append("</c> (").AppendXml(a.Language).Append(")");
            if (a.Publisher != null)
            {
                w.Append(", ").AppendXml(a.Publisher);
            }

            if (a.Published != null)
            {
                w.Append(", published ").Append(a.Published).Append(a.PublishedSource == DateSource.Inferred ? " (inferred)" : "");
            }

            w.Append("; text: <c>").AppendXml(a.Seed).Append("</c>.</remarks>").End();
        }

        private void NamedDoc(NamesSpec naming, string kind, string? description)
        {
            var aliases = naming.AllAliases.ToList();
            w.StartDoc().Append("<summary>").AppendXml(naming.Name).Append(" (").Append(kind).Append(")");
            if (description != null)
            {
                w.Append(": ").AppendXml(description);
            }
            else
            {
                w.Append(".");
            }

            w.Append("</summary>").End();
            if (aliases.Count > 0)
            {
                w.StartDoc().Append("<remarks>Also: ").AppendXml(string.Join(", ", aliases)).Append(".</remarks>").End();
            }
        }

        private void EventDoc(EventSpec e)
        {
            w.StartDoc().Append("<summary>").AppendXml(e.Summary).Append("</summary>").End();
            w.StartDoc().Append("<remarks>").Append(e.Start);
            if (e.End != null)
            {
                w.Append(" to ").Append(e.End);
            }

            w.Append(" (").Append(Vocabulary<DatePrecision>.NameOf(e.Precision)).Append("); ").Append(Vocabulary<EventSubType>.NameOf(e.SubType))
                .Append("; reported by ").AppendXml(string.Join(", ", e.Reports.Select(r => r.Article?.Id))).Append(".</remarks>").End();
        }

        private void FigureDoc(FigureSpec f)
        {
            w.StartDoc().Append("<summary>").Append(Vocabulary<Measure>.NameOf(f.Measure)).Append(" of <c>").AppendXml(f.Subject.Id).Append("</c>: ").AppendXml(f.Value)
                .Append(" (").Append(Vocabulary<Qualifier>.NameOf(f.Qualifier)).Append(", ").AppendXml(f.Unit).Append(")");
            if (f.AsOf != null)
            {
                w.Append(" as of ").Append(f.AsOf);
            }

            if (f.ClaimedBy != null)
            {
                w.Append(", claimed by <c>").AppendXml(f.ClaimedBy.Id).Append("</c>");
            }

            if (f.Via.Count > 0)
            {
                w.Append(" via ").AppendXml(string.Join(", ", f.Via.Select(v => v.Id)));
            }

            w.Append(".</summary>").End();
            QuoteRemarks(f.Evidence);
        }

        private void StatementDoc(StatementSpec s)
        {
            w.StartDoc().Append("<summary><c>").AppendXml(s.Speaker.Id).Append("</c>");
            if (s.Date != null)
            {
                w.Append(" on ").Append(s.Date);
            }

            w.Append(": “").AppendXml(s.Text).Append("”</summary>").End();
            QuoteRemarks(s.Evidence);
        }

        private void QuoteRemarks(EvidenceSpec evidence) =>
            w.StartDoc().Append("<remarks>“").AppendXml(evidence.Quote).Append("” (").AppendXml(evidence.Article?.Id ?? "").Append(")</remarks>").End();
    }
}
