namespace StructuredNews.Annotations.Validation
{
    /// <summary>No place lies within itself and no event causes itself, directly or through others (SN0011, at the link that closes the cycle).</summary>
    public sealed class CycleCheck : IDatasetCheck
    {
        public IEnumerable<Finding> Find(DatasetFacts input) =>
            Cycles(input.Files, f => f.Within, AnchorKind.Within, "within").Concat(Cycles(input.Files, f => f.Causes, AnchorKind.Cause, "causes"));

        private static IEnumerable<Finding> Cycles(EquatableArray<FileFacts> ordered, Func<FileFacts, EquatableArray<LinkIds>> linksOf, AnchorKind kind, string key)
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
                        yield return new Finding(DiagnosticDescriptors.ReferenceCycle.Id, new Anchor(link.Path, kind, link.Index, next), null,
                            new MessageArgument[] { target, key, string.Join(" -> ", cycle) }.ToEquatableArray());
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
