using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using StructuredNews.Generators.Diagnostics;
using StructuredNews.Generators.Model;

namespace StructuredNews.Generators.Validation
{
    /// <summary>
    /// The checks that need every file at once: duplicate ids and member names, references and their kinds,
    /// cycles, and evidence quotes against the article texts. It also passes on each file's parse diagnostics,
    /// so that this is the one place diagnostics come from.
    /// </summary>
    internal sealed class DatasetValidator
    {
        private readonly List<DiagnosticInfo> diagnostics = new List<DiagnosticInfo>();
        private readonly Dictionary<string, Declaration> declarations = new Dictionary<string, Declaration>(StringComparer.Ordinal);
        private readonly CancellationToken cancellationToken;

        private DatasetValidator(CancellationToken cancellationToken) => this.cancellationToken = cancellationToken;

        public static EquatableArray<DiagnosticInfo> Validate(ImmutableArray<AnnotationFile> files, ArticleTextTable texts, CancellationToken cancellationToken)
        {
            var validator = new DatasetValidator(cancellationToken);
            var ordered = files.OrderBy(f => f.RelativePath, StringComparer.Ordinal).ToImmutableArray();
            validator.Run(ordered, texts);
            return validator.diagnostics
                .Distinct()
                .OrderBy(d => d.Span.Path, StringComparer.Ordinal)
                .ThenBy(d => d.Span.Start)
                .ThenBy(d => d.Id, StringComparer.Ordinal)
                .ThenBy(d => string.Join("\u0000", d.Arguments), StringComparer.Ordinal)
                .ToEquatableArray();
        }

        private void Run(ImmutableArray<AnnotationFile> files, ArticleTextTable texts)
        {
            foreach (var file in files)
            {
                diagnostics.AddRange(file.Diagnostics);
            }

            CheckSingleDataset(files);
            var declared = files.Select(IdentifierPlan.DeclarationsOf).ToList();
            foreach (var declaration in declared.SelectMany(f => f.Declarations))
            {
                if (!declarations.ContainsKey(declaration.Id.Id))
                {
                    declarations.Add(declaration.Id.Id, declaration);
                }
            }

            diagnostics.AddRange(IdentifierPlan.Compute(declared).Diagnostics);
            foreach (var file in files)
            {
                cancellationToken.ThrowIfCancellationRequested();
                CheckReferences(file);
                CheckEvidence(file, texts);
            }

            diagnostics.AddRange(CoverageChecker.Check(files, texts));
            CheckCycles(files.SelectMany(f => f.Places).Select(p => (p.Id, Links: p.Within == null ? new Ref[0] : new[] { p.Within })), "within");
            CheckCycles(files.SelectMany(f => f.Events).Select(e => (e.Id, Links: e.Causes.ToArray())), "causes");
        }

        private void CheckSingleDataset(ImmutableArray<AnnotationFile> files)
        {
            var sections = files.Where(f => f.Dataset != null).Select(f => f.Dataset!).ToList();
            foreach (var extra in sections.Skip(1))
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.DuplicateSection, extra.Span, sections[0].Span,
                    "The dataset section", IdentifierPlan.Where(sections[0].Span)));
            }
        }

        private void CheckReferences(AnnotationFile file)
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
        }

        private bool Check(Ref? reference, string key, params EntityKind[] allowed)
        {
            if (reference == null)
            {
                return false;
            }

            var expected = string.Join(" or ", allowed.Select(IdentifierPlan.Describe));
            if (!declarations.TryGetValue(reference.Id, out var target))
            {
                var near = Parsing.MappingReader.Suggest(reference.Id, declarations.Values.Where(d => allowed.Contains(d.Kind)).Select(d => d.Id.Id).OrderBy(id => id, StringComparer.Ordinal));
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.UnknownReference, reference.Span,
                    expected.Replace("an ", "").Replace("a ", ""), reference.Id, near == null ? "" : " (did you mean '" + near + "'?)"));
                return false;
            }

            if (!allowed.Contains(target.Kind))
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.WrongReferenceKind, reference.Span, target.Id.Span,
                    reference.Id, IdentifierPlan.Describe(target.Kind), key, expected));
                return false;
            }

            return true;
        }

        private void CheckEvidence(AnnotationFile file, ArticleTextTable texts)
        {
            if (file.Article is { } article && texts.Find(article.Id.Id) is { Text: null } missing)
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.SeedTextMissing, article.SeedSpan, missing.Seed, article.Id.Id));
            }

            foreach (var evidence in EvidenceOrder.Of(file))
            {
                if (!Check(evidence.Article, "article", EntityKind.Article) || texts.Find(evidence.Article!.Id) is not { Text: { } text })
                {
                    continue; // a missing article or text is reported once, above
                }

                var match = QuoteLocator.Locate(text, evidence);
                if (match.Found)
                {
                    continue;
                }

                if (evidence.Occurrence is { } n && match.Candidates > 0)
                {
                    diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.AmbiguousQuote, evidence.Span,
                        match.Candidates.ToString(System.Globalization.CultureInfo.InvariantCulture), evidence.Article.Id));
                }
                else if (match.Candidates > 1)
                {
                    diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.AmbiguousQuote, evidence.Span,
                        match.Candidates.ToString(System.Globalization.CultureInfo.InvariantCulture), evidence.Article.Id));
                }
                else
                {
                    var hint = match.NearMiss != null
                        ? " (the article has it with different spacing, quote marks or case: \"" + match.NearMiss + "\")"
                        : evidence.Prefix != null || evidence.Suffix != null ? " with the given prefix and suffix" : "";
                    diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.QuoteNotFound, evidence.Span, evidence.Article.Id, hint));
                }
            }
        }

        private void CheckCycles(IEnumerable<(Ref Id, Ref[] Links)> nodes, string key)
        {
            var links = new Dictionary<string, Ref[]>(StringComparer.Ordinal);
            foreach (var node in nodes)
            {
                if (!links.ContainsKey(node.Id.Id))
                {
                    links.Add(node.Id.Id, node.Links);
                }
            }

            // Iterative depth-first search: 0 unvisited, 1 on the current path, 2 done.
            var state = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var start in links.Keys.OrderBy(k => k, StringComparer.Ordinal))
            {
                if (state.ContainsKey(start))
                {
                    continue;
                }

                var path = new List<string>();
                var stack = new Stack<(string Id, int Next)>();
                stack.Push((start, 0));
                state[start] = 1;
                path.Add(start);
                while (stack.Count > 0)
                {
                    var (id, next) = stack.Pop();
                    var targets = links.TryGetValue(id, out var t) ? t : new Ref[0];
                    if (next >= targets.Length)
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
                        diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.ReferenceCycle, target.Span, target.Id, key, string.Join(" -> ", cycle)));
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
