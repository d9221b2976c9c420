namespace StructuredNews.Annotations.Validation
{
    /// <summary>No event is caused by one that starts after it (SN0029, at the reference to the cause).</summary>
    public sealed class CausalOrderCheck : IDatasetCheck
    {
        public IEnumerable<Finding> Find(DatasetFacts input)
        {
            // The first declaration of an event (in path order) gives its start, as for every other lookup by id.
            var starts = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var started in input.Files.SelectMany(f => f.EventStarts))
            {
                if (!starts.ContainsKey(started.Id))
                {
                    starts.Add(started.Id, started.Date);
                }
            }

            foreach (var file in input.Files)
            {
                for (var i = 0; i < file.Causes.Count; i++)
                {
                    var effect = file.Causes[i];
                    if (!starts.TryGetValue(effect.From, out var effectStart))
                    {
                        continue;
                    }

                    for (var j = 0; j < effect.To.Count; j++)
                    {
                        if (starts.TryGetValue(effect.To[j], out var causeStart) && string.CompareOrdinal(causeStart, effectStart) > 0)
                        {
                            yield return new Finding(DiagnosticDescriptors.CauseAfterEffect.Id, new Anchor(file.RelativePath, AnchorKind.Cause, i, j), null,
                                new MessageArgument[] { effect.To[j], causeStart, effect.From, effectStart }.ToEquatableArray());
                        }
                    }
                }
            }
        }
    }
}
