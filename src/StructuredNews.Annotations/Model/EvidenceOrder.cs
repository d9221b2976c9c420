namespace StructuredNews.Annotations.Model
{
    /// <summary>The one order in which a file's evidence is visited, so located quotes line up with the emitter.</summary>
    public static class EvidenceOrder
    {
        public static IEnumerable<EvidenceSpec> Of(AnnotationFile file)
        {
            foreach (var e in file.Events)
            {
                foreach (var report in e.Reports)
                {
                    yield return report;
                }
            }

            foreach (var figure in file.Figures)
            {
                yield return figure.Evidence;
            }

            foreach (var statement in file.Statements)
            {
                yield return statement.Evidence;
            }
        }
    }
}
