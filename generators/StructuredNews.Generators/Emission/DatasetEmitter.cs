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
            w.Open("private static global::StructuredNews.NewsDataset Create()");
            w.Line("var builder = new global::StructuredNews.NewsDatasetBuilder(" + CodeWriter.Literal(id) + ", " + CodeWriter.Literal(title) + ");");
            foreach (var fileClass in model.FileClassNames)
            {
                w.Line(fileClass + ".AddTo(builder);");
            }

            w.Line("return builder.Build();");
            w.Close();
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
    }
}
