using System;
using System.Collections.Generic;
using System.Linq;
using StructuredNews.Annotations.Model;
using StructuredNews.Annotations.Naming;
using StructuredNews.Generators.Model;

namespace StructuredNews.Generators.Emission
{
    /// <summary>
    /// Emits the dataset class: the <c>Dataset</c> property, built once on first use over the files' tables (their
    /// classes handed out by index through bounded switches), and the (partial) accessor classes that the accessor
    /// buckets fill.
    /// </summary>
    internal static class DatasetEmitter
    {
        public const string HintName = "StructuredNews.Dataset.g.cs";

        /// <summary>
        /// The private method of each accessor class that looks an entity up by id. It starts with a lower-case ASCII
        /// letter, which no accessor name can: <see cref="Identifiers.MemberName"/> upper-cases an id's first letter,
        /// and no letter upper-cases to a lower-case ASCII one. So no accessor can hide it.
        /// </summary>
        public const string LookupMethod = "byId";

        /// <summary>Switch cases per generated method.</summary>
        public const int TablesPerMethod = 1000;

        public static string Emit(DatasetEmitModel model)
        {
            var options = model.Options;
            var id = model.Dataset?.Id ?? options.ClassName.ToLowerInvariant();
            var title = model.Dataset?.Title ?? options.ClassName;
            var w = new CodeWriter();
            using (Header.Write(w, options, "the annotation files of dataset " + id))
            {
                w.Doc("<summary>" + XmlDoc.Escape(title) + ": the compiled dataset and typed accessors for its entities.</summary>");
                using (w.WriteBlock("public static partial class " + options.ClassName))
                {
                    w.Doc("<summary>The dataset <c>" + XmlDoc.Escape(id) + "</c>, built on first use.</summary>");
                    w.Line("public static global::StructuredNews.NewsDataset Dataset => Holder.Instance;");
                    w.Line();
                    WriteHolder(w, id, title, model.FileClassNames.Select(c => TableEmitter.QualifiedName(options, c)).ToList());
                    foreach (EntityKind kind in Enum.GetValues(typeof(EntityKind)))
                    {
                        w.Line();
                        WriteAccessorClass(w, options, kind);
                    }
                }
            }

            return w.ToString();
        }

        private static void WriteHolder(CodeWriter w, string id, string title, IReadOnlyList<string> files)
        {
            using (w.WriteBlock("private static class Holder"))
            {
                w.Line("internal static readonly global::StructuredNews.NewsDataset Instance = Create();");
                w.Line();
                w.Line("private static global::StructuredNews.NewsDataset Create() =>");
                w.Line("    global::StructuredNews.NewsDataset.FromTables(" + CodeWriter.Literal(id) + ", " + CodeWriter.Literal(title) + ", " +
                    CodeWriter.Literal(files.Count) + ", global::StructuredNews.Storage.ConstantTables.Of(" + CodeWriter.Literal(files.Count) + ", TableHolder));");
                // Each file's table is a string constant of the file's table class, read by the runtime from the assembly's
                // metadata (no code loads it, so it takes no space on the user-string heap, capped at 16 MB). Building the
                // dataset runs no per-entity code. Large datasets switch in methods of bounded size, far below the JIT's
                // limits; the annotation keeps the constants when the app is trimmed.
                var chunks = (files.Count + TablesPerMethod - 1) / TablesPerMethod;
                w.Line();
                if (chunks <= 1)
                {
                    WriteSwitch(w, "TableHolder", files, 0, files.Count);
                    return;
                }

                using (WriteHolderSignature(w, "TableHolder"))
                using (w.WriteBlock("switch (index / " + CodeWriter.Literal(TablesPerMethod) + ")"))
                {
                    for (var chunk = 0; chunk < chunks; chunk++)
                    {
                        w.Line("case " + CodeWriter.Literal(chunk) + ": return TableHolder" + CodeWriter.Literal(chunk) + "(index);");
                    }

                    w.Line("default: throw new global::System.ArgumentOutOfRangeException(nameof(index));");
                }

                for (var chunk = 0; chunk < chunks; chunk++)
                {
                    w.Line();
                    WriteSwitch(w, "TableHolder" + CodeWriter.Literal(chunk), files, chunk * TablesPerMethod, Math.Min(files.Count, (chunk + 1) * TablesPerMethod));
                }
            }
        }

        private static void WriteAccessorClass(CodeWriter w, GeneratorOptions options, EntityKind kind)
        {
            w.Doc("<summary>Typed accessors for the " + kind.Noun() + "s of the dataset, one per id.</summary>");
            var className = IdentifierPlan.ClassNameOf(kind);
            using (w.WriteBlock("public static partial class " + className))
            {
                // The dataset's full name is spelled out once, here, and not in every accessor: shorter generated code,
                // and no accessor (one may be named Dataset) can hide it.
                if (options.EmitClaimAccessors || (kind != EntityKind.Figure && kind != EntityKind.Statement))
                {
                    w.Line("private static global::StructuredNews." + kind + " " + LookupMethod + "(string id) => global::" + options.Namespace + "." +
                        options.ClassName + ".Dataset." + className + "[id];");
                }
            }
        }

        private static void WriteSwitch(CodeWriter w, string method, IReadOnlyList<string> files, int from, int to)
        {
            using (WriteHolderSignature(w, method))
            using (w.WriteBlock("switch (index)"))
            {
                for (var i = from; i < to; i++)
                {
                    w.Line("case " + CodeWriter.Literal(i) + ": return typeof(" + files[i] + ");");
                }

                w.Line("default: throw new global::System.ArgumentOutOfRangeException(nameof(index));");
            }
        }

        private static CodeWriter.Block WriteHolderSignature(CodeWriter w, string method)
        {
            w.Line("#if NET5_0_OR_GREATER");
            w.Line("[return: global::System.Diagnostics.CodeAnalysis.DynamicallyAccessedMembers(global::System.Diagnostics.CodeAnalysis.DynamicallyAccessedMemberTypes.NonPublicFields)]");
            w.Line("#endif");
            return w.WriteBlock("private static global::System.Type " + method + "(int index)");
        }
    }
}
