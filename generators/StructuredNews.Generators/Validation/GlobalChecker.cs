using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using StructuredNews.Generators.Diagnostics;
using StructuredNews.Generators.Model;

namespace StructuredNews.Generators.Validation
{
    /// <summary>What one file contributes to the checks across files: its ids, its dataset section and its links.</summary>
    internal sealed record FileOutline(FileDeclarations Declarations, DatasetSpec? Dataset, EquatableArray<Link> Within, EquatableArray<Link> Causes)
    {
        public static FileOutline Of(AnnotationFile file) => new FileOutline(
            IdentifierPlan.DeclarationsOf(file),
            file.Dataset,
            file.Places.Where(p => p.Within != null).Select(p => new Link(p.Id, new[] { p.Within! }.ToEquatableArray())).ToEquatableArray(),
            file.Events.Where(e => e.Causes.Count > 0).Select(e => new Link(e.Id, e.Causes)).ToEquatableArray());
    }

    /// <summary>An entity and the ids it points to through one kind of link (<c>within</c>, <c>causes</c>).</summary>
    internal sealed record Link(Ref From, EquatableArray<Ref> To);

    /// <summary>The checks that need every file: one dataset section, unique ids and member names, no cycles.</summary>
    internal static class GlobalChecker
    {
        public static EquatableArray<DiagnosticInfo> Check(ImmutableArray<FileOutline> outlines)
        {
            var ordered = outlines.OrderBy(o => o.Declarations.RelativePath, StringComparer.Ordinal).ToList();
            var diagnostics = new List<DiagnosticInfo>();
            var sections = ordered.Where(o => o.Dataset != null).Select(o => o.Dataset!).ToList();
            foreach (var extra in sections.Skip(1))
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.DuplicateSection, extra.Span, sections[0].Span,
                    "The dataset section", IdentifierPlan.Where(sections[0].Span)));
            }

            diagnostics.AddRange(IdentifierPlan.Diagnose(ordered.Select(o => o.Declarations).ToList()));
            diagnostics.AddRange(Cycles(ordered.SelectMany(o => o.Within), "within"));
            diagnostics.AddRange(Cycles(ordered.SelectMany(o => o.Causes), "causes"));
            return diagnostics.ToEquatableArray();
        }

        private static IEnumerable<DiagnosticInfo> Cycles(IEnumerable<Link> nodes, string key)
        {
            var links = new Dictionary<string, EquatableArray<Ref>>(StringComparer.Ordinal);
            foreach (var node in nodes)
            {
                if (!links.ContainsKey(node.From.Id))
                {
                    links.Add(node.From.Id, node.To);
                }
            }

            // Iterative depth-first search: 1 on the current path, 2 done.
            var state = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var start in links.Keys.OrderBy(k => k, StringComparer.Ordinal))
            {
                if (state.ContainsKey(start))
                {
                    continue;
                }

                var path = new List<string> { start };
                var stack = new Stack<(string Id, int Next)>();
                stack.Push((start, 0));
                state[start] = 1;
                while (stack.Count > 0)
                {
                    var (id, next) = stack.Pop();
                    var targets = links.TryGetValue(id, out var t) ? t : EquatableArray<Ref>.Empty;
                    if (next >= targets.Count)
                    {
                        state[id] = 2;
                        path.RemoveAt(path.Count - 1);
                        continue;
                    }

                    stack.Push((id, next + 1));
                    var target = targets[next];
                    state.TryGetValue(target.Id, out var targetState);
                    if (targetState == 1)
                    {
                        var cycle = path.Skip(path.IndexOf(target.Id)).Concat(new[] { target.Id });
                        yield return DiagnosticInfo.Create(DiagnosticDescriptors.ReferenceCycle, target.Span, target.Id, key, string.Join(" -> ", cycle));
                    }
                    else if (targetState == 0 && links.ContainsKey(target.Id))
                    {
                        state[target.Id] = 1;
                        path.Add(target.Id);
                        stack.Push((target.Id, 0));
                    }
                }
            }
        }
    }
}
