using System;
using StructuredNews.Generators.Model;
using StructuredNews.Generators.Validation;

namespace StructuredNews.Generators.Emission
{
    /// <summary>
    /// Emits the dataset class: the <c>Dataset</c> property, built once on first use over the files' tables (handed
    /// out by index through bounded switches), and the (partial) accessor classes that the files fill.
    /// </summary>
    internal static class DatasetEmitter
    {
        public const string HintName = "StructuredNews.Dataset.g.cs";

        /// <summary>Switch cases per generated method.</summary>
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
            var files = model.FileClassNames;
            w.Line("internal static readonly global::StructuredNews.NewsDataset Instance = Create();");
            w.Line();
            w.Line("private static global::StructuredNews.NewsDataset Create() =>");
            w.Line("    global::StructuredNews.NewsDataset.FromTables(" + CodeWriter.Literal(id) + ", " + CodeWriter.Literal(title) + ", " +
                CodeWriter.Literal(files.Count) + ", Table);");
            // Each table is static data in the assembly image: handing one out copies nothing, and building the
            // dataset runs no per-entity code. Large datasets switch in methods of bounded size, far below the JIT's
            // limits.
            var chunks = (files.Count + TablesPerMethod - 1) / TablesPerMethod;
            w.Line();
            if (chunks <= 1)
            {
                WriteSwitch(w, "Table", files, 0, files.Count);
            }
            else
            {
                w.Open("private static global::System.ReadOnlySpan<byte> Table(int index)");
                w.Open("switch (index / " + CodeWriter.Literal(TablesPerMethod) + ")");
                for (var chunk = 0; chunk < chunks; chunk++)
                {
                    w.Line("case " + CodeWriter.Literal(chunk) + ": return Table" + CodeWriter.Literal(chunk) + "(index);");
                }

                w.Line("default: throw new global::System.ArgumentOutOfRangeException(nameof(index));");
                w.Close();
                w.Close();
                for (var chunk = 0; chunk < chunks; chunk++)
                {
                    w.Line();
                    WriteSwitch(w, "Table" + CodeWriter.Literal(chunk), files, chunk * TablesPerMethod, Math.Min(files.Count, (chunk + 1) * TablesPerMethod));
                }
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

        private static void WriteSwitch(CodeWriter w, string method, EquatableArray<string> files, int from, int to)
        {
            w.Open("private static global::System.ReadOnlySpan<byte> " + method + "(int index)");
            w.Open("switch (index)");
            for (var i = from; i < to; i++)
            {
                w.Line("case " + CodeWriter.Literal(i) + ": return " + files[i] + ".Table;");
            }

            w.Line("default: throw new global::System.ArgumentOutOfRangeException(nameof(index));");
            w.Close();
            w.Close();
        }
    }
}
