namespace StructuredNews.Annotations.Validation
{
    /// <summary>A dataset has at most one <c>dataset</c> section (SN0021 at every later one, in path order).</summary>
    public sealed class DatasetSectionCheck : IDatasetCheck
    {
        public IEnumerable<Finding> Find(DatasetFacts input)
        {
            var sections = input.Files.Where(f => f.HasDataset).Select(f => new Anchor(f.RelativePath, AnchorKind.DatasetSection, 0)).ToList();
            foreach (var extra in sections.Skip(1))
            {
                yield return new Finding(DiagnosticDescriptors.DuplicateSection.Id, extra, sections[0],
                    new MessageArgument[] { "The dataset section", new MessageArgument("", sections[0]) }.ToEquatableArray());
            }
        }
    }
}
