using System;
using StructuredNews.Generators.Model;
using StructuredNews.Generators.Validation;

namespace StructuredNews.Generators.Emission
{
    /// <summary>
    /// Emits the dataset class: the <c>Dataset</c> property, built once on first use by asking each file's class to
    /// add its entities, and the (partial) accessor classes that the files fill.
    /// </summary>
    internal static class DatasetEmitter
    {
        public const string HintName = "StructuredNews.Dataset.g.cs";

        /// <summary>Table assignments per generated method.</summary>
        public const int TablesPerMethod = 1000;

        public static string Emit(DatasetEmitModel model)
        {
            var options = model.Options;
            var id = model.Dataset?.Id ?? options.ClassName.ToLowerInvariant();
            var title = model.Dataset?.Title ?? options.ClassName;
            var w = new CodeWriter();
            Header.Write(w, options, "the annotation files of dataset " + id);
            w.Doc("<summary>" + XmlDoc.Escape(title) + ": the compiled dataset and typed accessors for its entities.</summary>");
            w.Open("public static partial class " + options.ClassName);
            w.Doc("<summary>The dataset <c>" + XmlDoc.Escape(id) + "</c>, built on first use.</summary>");
            w.Line("public static global::StructuredNews.NewsDataset Dataset => Holder.Instance;");
            w.Line();
            w.Open("private static class Holder");
            w.Line("internal static readonly global::StructuredNews.NewsDataset Instance = Create();");
            w.Line();
            // The tables are string constants: building the dataset runs no per-entity code. Large datasets fill the
            // array in methods of bounded size, far below the JIT's limits.
            var files = model.FileClassNames;
            var chunks = (files.Count + TablesPerMethod - 1) / TablesPerMethod;
            w.Open("private static global::StructuredNews.NewsDataset Create()");
            w.Line("var tables = new string[" + CodeWriter.Literal(files.Count) + "];");
            if (chunks == 1)
            {
                FillTables(w, files, 0);
            }
            else
            {
                for (var chunk = 0; chunk < chunks; chunk++)
                {
                    w.Line("FillTables" + CodeWriter.Literal(chunk) + "(tables);");
                }
            }

            w.Line("return global::StructuredNews.NewsDataset.FromTables(" + CodeWriter.Literal(id) + ", " + CodeWriter.Literal(title) + ", tables);");
            w.Close();
            for (var chunk = 0; chunks > 1 && chunk < chunks; chunk++)
            {
                w.Line();
                w.Open("private static void FillTables" + CodeWriter.Literal(chunk) + "(string[] tables)");
                FillTables(w, files, chunk);
                w.Close();
            }

            w.Close();
            foreach (EntityKind kind in Enum.GetValues(typeof(EntityKind)))
            {
                w.Line();
                w.Doc("<summary>Typed accessors for the " + kind.ToString().ToLowerInvariant() + "s of the dataset, one per id.</summary>");
                w.Line("public static partial class " + IdentifierPlan.ClassNameOf(kind));
                w.Line("{");
                w.Line("}");
            }

            w.Close();
            w.Close();
            return w.ToString();
        }

        private static void FillTables(CodeWriter w, EquatableArray<string> files, int chunk)
        {
            for (var i = chunk * TablesPerMethod; i < Math.Min(files.Count, (chunk + 1) * TablesPerMethod); i++)
            {
                w.Line("tables[" + CodeWriter.Literal(i) + "] = " + files[i] + ".Table;");
            }
        }
    }
}
