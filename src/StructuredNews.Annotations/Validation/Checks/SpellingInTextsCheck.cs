namespace StructuredNews.Annotations.Validation
{
    /// <summary>
    /// Every name by language and alias of an actor, place or topic occurs in some article text of the dataset
    /// (SN0030, over the spellings each text was found to use, see SpellingSearch): a spelling no text uses is most often a typo, and it would make name resolution find a name no
    /// source wrote. Deliberate spellings go under <c>search_aliases</c>, which this check does not read.
    /// </summary>
    public sealed class SpellingInTextsCheck : IDatasetCheck
    {
        public IEnumerable<Finding> Find(DatasetFacts input)
        {
            if (input.Spellings.ArticlesRead == 0)
            {
                yield break; // no text to look in (each missing text is reported on its own)
            }

            var found = new HashSet<string>(input.Spellings.Found, StringComparer.Ordinal);
            foreach (var file in input.Files)
            {
                for (var i = 0; i < file.Spellings.Count; i++)
                {
                    var spelling = file.Spellings[i];
                    if (!found.Contains(spelling.Text.ToLowerInvariant()))
                    {
                        yield return new Finding(DiagnosticDescriptors.SpellingInNoText.Id, new Anchor(file.RelativePath, AnchorKind.Spelling, i), null,
                            new MessageArgument[] { spelling.IsAlias ? "alias" : "name", spelling.Text, spelling.EntityId }.ToEquatableArray());
                    }
                }
            }
        }
    }
}
