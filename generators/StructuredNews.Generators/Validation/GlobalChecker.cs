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

        /// <summary>The outline without positions (its ids go to the identifier plan): equal before and after an edit that only moves lines.</summary>
        public OutlineIds Ids() => new OutlineIds(Declarations.RelativePath, Dataset != null, IdsOf(Within), IdsOf(Causes));

        private static EquatableArray<LinkIds> IdsOf(EquatableArray<Link> links) =>
            links.Select(l => new LinkIds(l.From.Id, l.To.Select(t => t.Id).ToEquatableArray())).ToEquatableArray();
    }

    /// <summary>An entity and the ids it points to through one kind of link (<c>within</c>, <c>causes</c>).</summary>
    internal sealed record Link(Ref From, EquatableArray<Ref> To);

    /// <summary>A <see cref="FileOutline"/>'s dataset section and links without positions.</summary>
    internal sealed record OutlineIds(string RelativePath, bool HasDataset, EquatableArray<LinkIds> Within, EquatableArray<LinkIds> Causes);

    /// <summary>A <see cref="Link"/> without positions.</summary>
    internal sealed record LinkIds(string From, EquatableArray<string> To);

    /// <summary>
    /// A link that closes a cycle: the <paramref name="Target"/>th target of the <paramref name="Link"/>th link of
    /// kind <paramref name="Key"/> in a file, and the cycle it closes (<c>a -> b -> a</c>).
    /// </summary>
    internal readonly record struct CycleFinding(string Key, string RelativePath, int Link, int Target, string Cycle);

    /// <summary>
    /// What the checks across files found, without positions, so that the step finding it stays cached while edits
    /// only move lines. <paramref name="Error"/> is set when a check failed (reported as SN0999).
    /// </summary>
    internal sealed record GlobalFindings(EquatableArray<string> DatasetPaths, EquatableArray<IdConflict> IdConflicts, EquatableArray<CycleFinding> Cycles, string? Error)
    {
        /// <summary>Nothing to report: at most one dataset section, no conflicting ids, no cycles, no failure.</summary>
        public bool IsEmpty => DatasetPaths.Count <= 1 && IdConflicts.Count == 0 && Cycles.Count == 0 && Error == null;
    }

    /// <summary>
    /// The checks that need every file: one dataset section, unique ids and member names, no cycles. They run in two
    /// steps: <see cref="Find"/> over position-free outlines and the identifier plan's conflicts, then
    /// <see cref="Locate"/>, which puts what was found at its positions (and has nothing to do in a valid dataset).
    /// </summary>
    internal static class GlobalChecker
    {
        /// <summary>Both steps at once, for use outside the incremental pipeline.</summary>
        public static EquatableArray<DiagnosticInfo> Check(ImmutableArray<FileOutline> outlines) =>
            Locate(Find(outlines.Select(o => o.Ids()).ToImmutableArray(), IdentifierPlan.Compute(outlines.Select(o => o.Declarations.Ids())).Conflicts), outlines);

        public static GlobalFindings Find(ImmutableArray<OutlineIds> outlines, EquatableArray<IdConflict> idConflicts)
        {
            try
            {
                var ordered = outlines.OrderBy(o => o.RelativePath, StringComparer.Ordinal).ToList();
                return new GlobalFindings(
                    ordered.Where(o => o.HasDataset).Select(o => o.RelativePath).ToEquatableArray(),
                    idConflicts,
                    Cycles(ordered, o => o.Within, "within").Concat(Cycles(ordered, o => o.Causes, "causes")).ToEquatableArray(),
                    Error: null);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // A bug in a check must not throw into the compiler: it becomes SN0999 in Locate.
                return new GlobalFindings(EquatableArray<string>.Empty, EquatableArray<IdConflict>.Empty, EquatableArray<CycleFinding>.Empty, e.GetType().Name + ": " + e.Message);
            }
        }

        public static EquatableArray<DiagnosticInfo> Locate(GlobalFindings findings, ImmutableArray<FileOutline> outlines)
        {
            if (findings.IsEmpty)
            {
                return EquatableArray<DiagnosticInfo>.Empty;
            }

            if (findings.Error != null)
            {
                return new[] { DiagnosticInfo.Create(DiagnosticDescriptors.InternalError, SourceSpan.FileStart(""), findings.Error) }.ToEquatableArray();
            }

            // The first outline of a path (a file passed twice is reported by the source output).
            var byPath = new Dictionary<string, FileOutline>(StringComparer.Ordinal);
            foreach (var outline in outlines)
            {
                if (!byPath.ContainsKey(outline.Declarations.RelativePath))
                {
                    byPath.Add(outline.Declarations.RelativePath, outline);
                }
            }

            var diagnostics = new List<DiagnosticInfo>();
            var sections = findings.DatasetPaths.Select(path => byPath[path].Dataset!).ToList();
            foreach (var extra in sections.Skip(1))
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.DuplicateSection, extra.Span, sections[0].Span,
                    "The dataset section", IdentifierPlan.Where(sections[0].Span)));
            }

            diagnostics.AddRange(IdentifierPlan.Diagnose(findings.IdConflicts, path => byPath[path].Declarations));
            foreach (var cycle in findings.Cycles)
            {
                var outline = byPath[cycle.RelativePath];
                var target = (cycle.Key == "within" ? outline.Within : outline.Causes)[cycle.Link].To[cycle.Target];
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.ReferenceCycle, target.Span, target.Id, cycle.Key, cycle.Cycle));
            }

            return diagnostics.ToEquatableArray();
        }

        private static IEnumerable<CycleFinding> Cycles(List<OutlineIds> ordered, Func<OutlineIds, EquatableArray<LinkIds>> linksOf, string key)
        {
            // The first link of an id (in path order) counts, where it was declared.
            var links = new Dictionary<string, (string Path, int Index, EquatableArray<string> To)>(StringComparer.Ordinal);
            foreach (var outline in ordered)
            {
                var fileLinks = linksOf(outline);
                for (var i = 0; i < fileLinks.Count; i++)
                {
                    if (!links.ContainsKey(fileLinks[i].From))
                    {
                        links.Add(fileLinks[i].From, (outline.RelativePath, i, fileLinks[i].To));
                    }
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
                    var targets = links.TryGetValue(id, out var link) ? link.To : EquatableArray<string>.Empty;
                    if (next >= targets.Count)
                    {
                        state[id] = 2;
                        path.RemoveAt(path.Count - 1);
                        continue;
                    }

                    stack.Push((id, next + 1));
                    var target = targets[next];
                    state.TryGetValue(target, out var targetState);
                    if (targetState == 1)
                    {
                        var cycle = path.Skip(path.IndexOf(target)).Concat(new[] { target });
                        yield return new CycleFinding(key, link.Path, link.Index, next, string.Join(" -> ", cycle));
                    }
                    else if (targetState == 0 && links.ContainsKey(target))
                    {
                        state[target] = 1;
                        path.Add(target);
                        stack.Push((target, 0));
                    }
                }
            }
        }
    }
}
