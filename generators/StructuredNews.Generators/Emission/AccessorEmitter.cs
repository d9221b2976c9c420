using System;
using System.Collections.Generic;
using System.Linq;
using StructuredNews.Annotations.Model;
using StructuredNews.Annotations.Naming;
using StructuredNews.Annotations.Parsing;
using StructuredNews.Generators.Model;

namespace StructuredNews.Generators.Emission
{
    /// <summary>
    /// Emits the typed accessors of the annotation files in one bucket (<see cref="AccessorBuckets"/>), with XML docs:
    /// one declaration of each accessor class per bucket, however many files the bucket holds, the files in ordinal
    /// path order.
    /// </summary>
    internal sealed class AccessorEmitter
    {
        private const string Ns = "global::StructuredNews.";

        private readonly AccessorBucketModel model;
        private readonly CodeWriter w = new CodeWriter();

        private AccessorEmitter(AccessorBucketModel model) => this.model = model;

        public static string Emit(AccessorBucketModel model) => new AccessorEmitter(model).Emit();

        private string Emit()
        {
            using (Header.Write(w, model.Options, "the annotation files of accessor bucket " + model.Index.ToString("00", System.Globalization.CultureInfo.InvariantCulture)))
            using (w.WriteBlock("partial class " + model.Options.ClassName))
            {
                var first = true;
                void Kind<T>(EntityKind kind, Func<AnnotationFile, IEnumerable<T>> specs, Func<T, Ref> id, Action<T> doc)
                {
                    if (WriteAccessors(kind, specs, id, doc, first))
                    {
                        first = false;
                    }
                }

                Kind(EntityKind.Article, f => f.Article == null ? new ArticleSpec[0] : new[] { f.Article }, a => a.Id, ArticleDoc);
                Kind(EntityKind.Actor, f => f.Actors, a => a.Id, a => NamedDoc(a.Naming, Vocabulary<ActorKind>.NameOf(a.Kind), a.Description));
                Kind(EntityKind.Place, f => f.Places, p => p.Id, p => NamedDoc(p.Naming, Vocabulary<PlaceKind>.NameOf(p.Kind), null));
                Kind(EntityKind.Topic, f => f.Topics, t => t.Id, t => NamedDoc(t.Naming, "topic", t.Description));
                Kind(EntityKind.Event, f => f.Events, e => e.Id, EventDoc);
                // Figures and statements are most of the entities, so their accessors are most of the code the
                // compiler builds after every edit; large datasets can leave them out (StructuredNewsClaimAccessors).
                if (model.Options.EmitClaimAccessors)
                {
                    Kind(EntityKind.Figure, f => f.Figures, f => f.Id, FigureDoc);
                    Kind(EntityKind.Statement, f => f.Statements, s => s.Id, StatementDoc);
                }
            }

            return w.ToString();
        }

        /// <summary>One declaration of the kind's class with the accessors of every file in the bucket; nothing when none has one.</summary>
        private bool WriteAccessors<T>(EntityKind kind, Func<AnnotationFile, IEnumerable<T>> specsOf, Func<T, Ref> id, Action<T> doc, bool first)
        {
            var files = model.Files
                .Select(f => (f.File.RelativePath, Specs: specsOf(f.File).Where(s => !f.SkippedIds.Contains(id(s).Id)).ToList()))
                .Where(f => f.Specs.Count > 0)
                .ToList();
            if (files.Count == 0)
            {
                return false;
            }

            var className = IdentifierPlan.ClassNameOf(kind);
            var type = Ns + kind;
            if (!first)
            {
                w.Line();
            }

            using (w.WriteBlock("partial class " + className))
            {
                var firstFile = true;
                foreach (var (path, specs) in files)
                {
                    if (!firstFile)
                    {
                        w.Line();
                    }

                    firstFile = false;
                    // Where the accessors below come from: a bucket holds many files.
                    w.Start().Append("// ").Append(XmlDoc.Escape(path, 300)).End();
                    var firstSpec = true;
                    foreach (var spec in specs)
                    {
                        if (!firstSpec)
                        {
                            w.Line();
                        }

                        firstSpec = false;
                        if (model.Options.EmitXmlDocs)
                        {
                            doc(spec);
                        }

                        w.Start().Append("public static ").Append(type).Append(" ").Append(Identifiers.MemberName(id(spec).Id, className)).Append(" => ")
                            .Append(DatasetEmitter.LookupMethod).Append("(").Append(CodeWriter.Literal(id(spec).Id)).Append(");").End();
                    }
                }
            }

            return true;
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
