using System.Collections.Generic;
using System.Linq;
using StructuredNews.Generators.Diagnostics;
using StructuredNews.Generators.Model;

namespace StructuredNews.Generators.Validation
{
    /// <summary>Every reference in one file points at a declared id of an allowed kind.</summary>
    internal sealed class ReferenceChecker
    {
        private readonly SymbolTable symbols;
        private readonly List<DiagnosticInfo> diagnostics = new List<DiagnosticInfo>();

        private ReferenceChecker(SymbolTable symbols) => this.symbols = symbols;

        public static EquatableArray<DiagnosticInfo> Check(AnnotationFile file, SymbolTable symbols)
        {
            var checker = new ReferenceChecker(symbols);
            checker.CheckFile(file);
            return checker.diagnostics.ToEquatableArray();
        }

        private void CheckFile(AnnotationFile file)
        {
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
        }

        private void Check(Ref? reference, string key, params EntityKind[] allowed)
        {
            if (reference == null)
            {
                return;
            }

            switch (symbols.KindOf(reference.Id))
            {
                case null:
                    var near = Parsing.MappingReader.Suggest(reference.Id, symbols.IdsOf(allowed));
                    diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.UnknownReference, reference.Span,
                        string.Join(" or ", allowed.Select(IdentifierPlan.Noun)), reference.Id, near == null ? "" : " (did you mean '" + near + "'?)"));
                    break;
                case { } kind when !allowed.Contains(kind):
                    diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.WrongReferenceKind, reference.Span,
                        reference.Id, IdentifierPlan.Describe(kind), key, string.Join(" or ", allowed.Select(IdentifierPlan.Describe))));
                    break;
            }
        }
    }
}
