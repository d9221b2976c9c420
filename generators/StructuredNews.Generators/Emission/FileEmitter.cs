using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using StructuredNews.Generators.Model;
using StructuredNews.Generators.Parsing;
using StructuredNews.Generators.Validation;

namespace StructuredNews.Generators.Emission
{
    /// <summary>
    /// Emits one annotation file: a private class holding the file's entities as one table of UTF-8 static data (no
    /// code runs per entity, so JIT time does not grow with the data, and no metadata heap limit applies), and typed
    /// accessors with XML docs.
    /// </summary>
    internal sealed class FileEmitter
    {
        /// <summary>Bytes per line of a table written as a byte array.</summary>
        public const int BytesPerLine = 32;

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
            Header.Write(w, model.Options, "the annotation file " + File.RelativePath);
            w.Open("partial class " + model.Options.ClassName);

            WriteTable();

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

        private void WriteTable()
        {
            var table = TableWriter.Write(model);
            w.Doc("<summary>");
            w.Doc("The entities of <c>" + XmlDoc.Escape(File.RelativePath) + "</c>: " + XmlDoc.Escape(Census()) + ",");
            w.Doc("stored compactly as UTF-8 static data (StructuredNews.Storage.TableFormat) and decoded by the runtime on first use.");
            w.Doc("</summary>");
            w.Open("private static class " + model.ClassName);
            w.Line("internal static global::System.ReadOnlySpan<byte> Table =>");
            w.Indent();
            if (model.Options.Utf8Literals)
            {
                WriteUtf8Literal(table);
            }
            else
            {
                WriteByteArray(Encoding.UTF8.GetBytes(table));
            }

            w.Outdent();
            w.Close();
        }

        // One literal, however long: the compiler joins "…"u8 + "…"u8 pieces at a cost that grows with the number
        // of pieces times their length (measured: 10,000 pieces of 200 chars bind 13x slower than one literal).
        private void WriteUtf8Literal(char[] table) => w.Start().AppendLiteral(table).Append("u8;").End();

        // Before C# 11: a byte-array initialiser returned as a span is stored as static data too (no array is created).
        private void WriteByteArray(byte[] bytes)
        {
            w.Line("new byte[]");
            w.Line("{");
            w.Indent();
            var line = new StringBuilder();
            for (var i = 0; i < bytes.Length; i++)
            {
                line.Append(CodeWriter.Literal(bytes[i])).Append(',');
                if ((i + 1) % BytesPerLine == 0 || i + 1 == bytes.Length)
                {
                    w.Line(line.ToString());
                    line.Clear();
                }
                else
                {
                    line.Append(' ');
                }
            }

            w.Outdent();
            w.Line("};");
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

        private void WriteAccessors<T>(EntityKind kind, IEnumerable<T> specs, Func<T, Ref> id, Func<T, IEnumerable<string>> doc)
        {
            var list = specs.Where(s => !skipped.Contains(id(s).Id)).ToList();
            if (list.Count == 0)
            {
                return;
            }

            var className = IdentifierPlan.ClassNameOf(kind);
            // Fully qualified: an entity whose member name is "Dataset" (or the dataset class's name) must not hide it.
            var datasetProperty = "global::" + model.Options.Namespace + "." + model.Options.ClassName + ".Dataset";
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
                w.Line("public static " + Ns + kind + " " + member + " => " + datasetProperty + "." + className + "[" + CodeWriter.Literal(id(spec).Id) + "];");
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
