using System.Collections.Generic;
using System.Globalization;
using StructuredNews.Annotations.Model;
using StructuredNews.Annotations.Tables;
using StructuredNews.Generators.Model;

namespace StructuredNews.Generators.Emission
{
    /// <summary>
    /// Emits one annotation file's table: a class of its own holding the file's entities as one string constant (no
    /// code runs per entity, so JIT time does not grow with the data; the compiler copies the constant's value as
    /// is). It is a top-level class in <see cref="Namespace"/>, not nested in the dataset class: a type declared
    /// partial in thousands of sources costs the compiler's analyzer driver time that grows with the square of
    /// their number (docs/performance.md), so no generated type is declared in more than one source per bucket.
    /// </summary>
    internal static class TableEmitter
    {
        /// <summary>The namespace of the table classes, inside the dataset's namespace.</summary>
        public const string Namespace = "StructuredNewsTables";

        public static string Emit(FileEmitModel model)
        {
            var w = new CodeWriter();
            var file = model.File;
            using (Header.Write(w, model.Options, "the annotation file " + file.RelativePath, Namespace))
            {
                var table = TableWriter.Write(model.Located);
                w.Doc("<summary>");
                w.Doc("The entities of <c>" + XmlDoc.Escape(file.RelativePath) + "</c>: " + XmlDoc.Escape(Census(file)) + ",");
                w.Doc("stored compactly (StructuredNews.Storage.TableFormat) as a string constant, which the runtime reads when a kind of entity is first asked for.");
                w.Doc("</summary>");
                using (w.WriteBlock("internal static class " + model.ClassName))
                {
                    w.Start().Append("internal const string " + TableWriter.ConstantName + " = ").AppendLiteral(table).Append(";").End();
                }
            }

            return w.ToString();
        }

        /// <summary>The class's name as the dataset class refers to it.</summary>
        public static string QualifiedName(GeneratorOptions options, string className) => "global::" + options.Namespace + "." + Namespace + "." + className;

        private static string Census(AnnotationFile file)
        {
            var parts = new List<string>();
            void Count(int count, string noun)
            {
                if (count > 0)
                {
                    parts.Add(count.ToString(CultureInfo.InvariantCulture) + " " + noun + (count == 1 ? "" : "s"));
                }
            }

            Count(file.Article == null ? 0 : 1, "article");
            Count(file.Actors.Count, "actor");
            Count(file.Places.Count, "place");
            Count(file.Topics.Count, "topic");
            Count(file.Events.Count, "event");
            Count(file.Figures.Count, "figure");
            Count(file.Statements.Count, "statement");
            return parts.Count == 0 ? "no entities" : string.Join(", ", parts);
        }
    }
}
