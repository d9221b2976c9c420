namespace StructuredNews.Annotations.Validation
{
    /// <summary>Every reference in one file points at a declared id of an allowed kind (SN0009, SN0010).</summary>
    public sealed class ReferenceCheck : IFileCheck
    {
        // "Did you mean" compares an unknown id with every known one: bounded to this many per file, and to candidates
        // that share its first or last letter, so that 10,000 unknown references against 10,000 ids stay quick.
        private const int SuggestionsPerFile = 20;

        public IEnumerable<DiagnosticInfo> Check(FileInDataset input)
        {
            var diagnostics = new List<DiagnosticInfo>();
            var file = input.File;
            var suggestions = 0;
            void Check(Ref? reference, string key, params EntityKind[] allowed)
            {
                if (reference != null && Diagnose(reference, key, allowed, input.Index, suggest: suggestions < SuggestionsPerFile) is { } diagnostic)
                {
                    suggestions += diagnostic.Id == DiagnosticDescriptors.UnknownReference.Id ? 1 : 0;
                    diagnostics.Add(diagnostic);
                }
            }

            foreach (var actor in file.Actors)
            {
                foreach (var role in actor.Roles)
                {
                    Check(role.Of, "of", EntityKind.Actor, EntityKind.Place);
                }
            }

            foreach (var place in file.Places)
            {
                Check(place.Within, "within", EntityKind.Place);
            }

            foreach (var e in file.Events)
            {
                Check(e.Place, "place", EntityKind.Place);
                foreach (var participant in e.Participants)
                {
                    Check(participant.Actor, "actor", EntityKind.Actor);
                }

                foreach (var cause in e.Causes)
                {
                    Check(cause, "causes", EntityKind.Event);
                }

                foreach (var report in e.Reports)
                {
                    Check(report.ClaimedBy, "claimed_by", EntityKind.Actor);
                    foreach (var via in report.Via)
                    {
                        Check(via, "via", EntityKind.Actor);
                    }
                }
            }

            foreach (var figure in file.Figures)
            {
                Check(figure.Subject, "subject", EntityKind.Actor, EntityKind.Place, EntityKind.Topic);
                Check(figure.ClaimedBy, "claimed_by", EntityKind.Actor);
                foreach (var via in figure.Via)
                {
                    Check(via, "via", EntityKind.Actor);
                }

                Check(figure.Event, "event", EntityKind.Event);
                Check(figure.Place, "place", EntityKind.Place);
            }

            foreach (var statement in file.Statements)
            {
                Check(statement.Speaker, "speaker", EntityKind.Actor);
                Check(statement.Event, "event", EntityKind.Event);
            }

            foreach (var evidence in EvidenceOrder.Of(file))
            {
                Check(evidence.Article, "article", EntityKind.Article);
            }

            return diagnostics;
        }

        private static DiagnosticInfo? Diagnose(Ref reference, string key, EntityKind[] allowed, DatasetIndex index, bool suggest)
        {
            switch (index.KindOf(reference.Id))
            {
                case null:
                    var id = reference.Id;
                    var near = !suggest || id.Length == 0 ? null : Messages.Suggest(id, index.IdsOf(allowed).Where(c =>
                        c.Length > 0 && Math.Abs(c.Length - id.Length) <= 3 &&
                        (char.ToLowerInvariant(c[0]) == char.ToLowerInvariant(id[0]) || char.ToLowerInvariant(c[c.Length - 1]) == char.ToLowerInvariant(id[id.Length - 1]))));
                    return DiagnosticInfo.Create(DiagnosticDescriptors.UnknownReference, reference.Span,
                        string.Join(" or ", allowed.Select(EntityKinds.Noun)), reference.Id, near == null ? "" : " (did you mean '" + near + "'?)");
                case { } kind when !allowed.Contains(kind):
                    return DiagnosticInfo.Create(DiagnosticDescriptors.WrongReferenceKind, reference.Span,
                        reference.Id, kind.Describe(), key, string.Join(" or ", allowed.Select(EntityKinds.Describe)));
                default:
                    return null;
            }
        }
    }
}
