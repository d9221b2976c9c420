using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using StructuredNews.Benchmarks.Infrastructure;

namespace StructuredNews.Benchmarks
{
    /// <summary>
    /// Where the compiler's time goes when it compiles the generated dataset (what a build pays after any edit):
    /// the generated sources compiled in-process as they are, and with one part taken out at a time. Parts are
    /// removed from the generated syntax trees, so every variant compiles the same generator output otherwise.
    /// </summary>
    public static class CompileBreakdown
    {
        private static readonly HashSet<string> AccessorClasses = new HashSet<string>(StringComparer.Ordinal)
        {
            "Articles", "Actors", "Places", "Topics", "Events", "Figures", "Statements",
        };

        /// <param name="n">The synthetic corpus's size.</param>
        /// <param name="runs">Compilations per variant; the median is shown.</param>
        /// <param name="only">When given, only the variants whose name contains one of these (comma-separated), for large N.</param>
        public static int Run(int n, int runs, string? only = null)
        {
            var data = BenchData.Get(BenchData.SyntheticName(n));
            var (texts, options) = CorpusCompilation.Inputs(data.Annotations, data.Articles);
            var empty = CorpusCompilation.CreateCompilation("Synthetic");
            CorpusCompilation.CreateDriver(texts, options).RunGeneratorsAndUpdateCompilation(empty, out var output, out _);
            var generated = output.SyntaxTrees.ToList();

            var variants = new (string Name, Func<SyntaxTree, SyntaxTree> Change)[]
            {
                ("generated code as is", t => t),
                ("without XML doc comments", t => Rewrite(t, new DocCommentRemover())),
                ("without figure and statement accessors", t => Rewrite(t, new AccessorRemover(new HashSet<string>(StringComparer.Ordinal) { "Figures", "Statements" }))),
                ("without any typed accessor", t => Rewrite(t, new AccessorRemover(AccessorClasses))),
                ("accessors spelling out the dataset's full name (before byId)", t => Rewrite(t, new LookupInliner())),
                ("without table data (empty constants)", t => Rewrite(t, new TableEmptier())),
                ("tables as u8 literals (before 2026-11-30)", t => Rewrite(t, new TableToUtf8Literal())),
                ("without any typed accessor, tables as u8 literals", t => Rewrite(Rewrite(t, new AccessorRemover(AccessorClasses)), new TableToUtf8Literal())),
                ("without table data, accessor bodies `default!`", t => Rewrite(Rewrite(t, new TableEmptier()), new AccessorBodyRemover())),
                ("without table data, doc comments or accessor bodies", t => Rewrite(Rewrite(Rewrite(t, new TableEmptier()), new AccessorBodyRemover()), new DocCommentRemover())),
                ("without accessors and table data", t => Rewrite(Rewrite(t, new AccessorRemover(AccessorClasses)), new TableEmptier())),
            };

            if (only is not null)
            {
                var wanted = only.Split(',');
                variants = variants.Where(v => wanted.Any(w => v.Name.Contains(w, StringComparison.Ordinal))).ToArray();
            }

            Console.WriteLine(string.Format(CultureInfo.InvariantCulture, "N = {0}: {1} generated sources, {2:0.0} MB of C#; Release, XML documentation file, {3} runs each (median)", n, generated.Count, generated.Sum(t => (double)t.Length) / 1e6, runs));
            // Parsing is not in the table: a build parses the generated code again unless the compiler server keeps
            // the generator driver (and with it the syntax trees) between builds.
            var sources = generated.Select(t => t.GetText()).ToList();
            var parses = new List<double>();
            for (var i = 0; i < runs; i++)
            {
                var clock = Stopwatch.StartNew();
                foreach (var source in sources)
                {
                    CSharpSyntaxTree.ParseText(source, (CSharpParseOptions)generated[0].Options);
                }

                parses.Add(clock.Elapsed.TotalSeconds);
            }

            parses.Sort();
            Console.WriteLine(string.Format(CultureInfo.InvariantCulture, "Parsing the generated code again (median): {0:0.00} s", parses[parses.Count / 2]));
            Console.WriteLine();
            // GC pauses and gen-2 collections during the median run: large N makes the compiler's heap large.
            Console.WriteLine("| variant | C# (MB) | compile + emit (s) | share of the first | of which GC pauses (s) | gen-2 GCs |");
            Console.WriteLine("|---|---:|---:|---:|---:|---:|");
            // One untimed compilation first: the compiler's own code is JIT-compiled and tiered up during it.
            empty.AddSyntaxTrees(generated.Select(variants[0].Change)).Emit(new MemoryStream(), xmlDocumentationStream: new MemoryStream());
            double? whole = null;
            foreach (var (name, change) in variants)
            {
                var trees = generated.Select(change).ToList();
                var times = new List<(double Seconds, double Pauses, int Gen2)>();
                for (var i = 0; i < runs; i++)
                {
                    var pausesBefore = GC.GetTotalPauseDuration();
                    var gen2Before = GC.CollectionCount(2);
                    var compilation = empty.AddSyntaxTrees(trees);
                    using var assembly = new MemoryStream();
                    using var docs = new MemoryStream();
                    var clock = Stopwatch.StartNew();
                    var result = compilation.Emit(assembly, xmlDocumentationStream: docs);
                    clock.Stop();
                    if (!result.Success)
                    {
                        Console.WriteLine("| " + name + " | fails: " + result.Diagnostics.First(d => d.Severity == DiagnosticSeverity.Error) + " | | |");
                        break;
                    }

                    times.Add((clock.Elapsed.TotalSeconds, (GC.GetTotalPauseDuration() - pausesBefore).TotalSeconds, GC.CollectionCount(2) - gen2Before));
                }

                if (times.Count == 0)
                {
                    continue;
                }

                times.Sort();
                var median = times[times.Count / 2];
                whole ??= median.Seconds;
                Console.WriteLine(string.Format(CultureInfo.InvariantCulture, "| {0} | {1:0.0} | {2:0.00} | {3:0%} | {4:0.00} | {5} |", name, trees.Sum(t => (double)t.Length) / 1e6, median.Seconds, median.Seconds / whole, median.Pauses, median.Gen2));
            }

            return 0;
        }

        private static SyntaxTree Rewrite(SyntaxTree tree, CSharpSyntaxRewriter rewriter) =>
            tree.WithRootAndOptions(rewriter.Visit(tree.GetRoot()), tree.Options);

        /// <summary>Drops the typed accessor properties of the named nested classes (the classes stay, empty).</summary>
        private sealed class AccessorRemover : CSharpSyntaxRewriter
        {
            private readonly HashSet<string> classes;

            public AccessorRemover(HashSet<string> classes) => this.classes = classes;

            public override SyntaxNode? VisitClassDeclaration(ClassDeclarationSyntax node) =>
                classes.Contains(node.Identifier.ValueText)
                    ? node.WithMembers(default)
                    : base.VisitClassDeclaration(node);
        }

        /// <summary>Empties every table constant (the data no longer matches its accessors; it still compiles).</summary>
        private sealed class TableEmptier : CSharpSyntaxRewriter
        {
            public override SyntaxNode? VisitFieldDeclaration(FieldDeclarationSyntax node) =>
                IsTable(node) ? node.ReplaceNode(node.Declaration.Variables[0].Initializer!.Value, SyntaxFactory.ParseExpression("\"\"")) : node;
        }

        /// <summary>
        /// Writes every table as the <c>"…"u8</c> literal that the generator emitted before tables were string
        /// constants, to time both forms in one run.
        /// </summary>
        private sealed class TableToUtf8Literal : CSharpSyntaxRewriter
        {
            public override SyntaxNode? VisitFieldDeclaration(FieldDeclarationSyntax node)
            {
                if (!IsTable(node))
                {
                    return node;
                }

                var text = (string)node.Declaration.Variables[0].Initializer!.Value.GetFirstToken().Value!;
                var literal = SymbolDisplay.FormatLiteral(text, quote: true) + "u8";
                return SyntaxFactory.ParseMemberDeclaration("internal static global::System.ReadOnlySpan<byte> Table => " + literal + ";\n")!.WithTriviaFrom(node);
            }
        }

        private static bool IsTable(FieldDeclarationSyntax node) =>
            node.Modifiers.Any(SyntaxKind.ConstKeyword) && node.Declaration.Variables is [{ Identifier.ValueText: "Table" }];

        /// <summary>Replaces each accessor's lookup (a call of byId) with <c>default!</c>: what binding the lookups costs, apart from declaring the members.</summary>
        private sealed class AccessorBodyRemover : CSharpSyntaxRewriter
        {
            public override SyntaxNode? VisitArrowExpressionClause(ArrowExpressionClauseSyntax node) =>
                IsLookup(node.Expression) ? node.WithExpression(SyntaxFactory.ParseExpression("default!")) : node;
        }

        /// <summary>
        /// Writes each accessor's lookup as the generator did before the byId method, spelling out the dataset's full
        /// name (<c>global::Ns.Class.Dataset.Figures["id"]</c>), to time both forms in one run.
        /// </summary>
        private sealed class LookupInliner : CSharpSyntaxRewriter
        {
            public override SyntaxNode? VisitArrowExpressionClause(ArrowExpressionClauseSyntax node)
            {
                if (!IsLookup(node.Expression) || node.Parent is not PropertyDeclarationSyntax { Parent: ClassDeclarationSyntax accessors })
                {
                    return node;
                }

                var dataset = (ClassDeclarationSyntax)accessors.Parent!;
                var ns = ((BaseNamespaceDeclarationSyntax)dataset.Parent!).Name;
                var id = ((InvocationExpressionSyntax)node.Expression).ArgumentList.Arguments[0];
                return node.WithExpression(SyntaxFactory.ParseExpression(
                    "global::" + ns + "." + dataset.Identifier.ValueText + ".Dataset." + accessors.Identifier.ValueText + "[" + id + "]"));
            }
        }

        private static bool IsLookup(ExpressionSyntax expression) =>
            expression is InvocationExpressionSyntax { Expression: IdentifierNameSyntax { Identifier.ValueText: "byId" } };

        private sealed class DocCommentRemover : CSharpSyntaxRewriter
        {
            public DocCommentRemover()
                : base(visitIntoStructuredTrivia: false)
            {
            }

            public override SyntaxTrivia VisitTrivia(SyntaxTrivia trivia) =>
                trivia.IsKind(SyntaxKind.SingleLineDocumentationCommentTrivia) || trivia.IsKind(SyntaxKind.MultiLineDocumentationCommentTrivia)
                    ? default
                    : trivia;
        }
    }
}
