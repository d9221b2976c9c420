using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using StructuredNews.Generators.Diagnostics;
using StructuredNews.Generators.Emission;
using StructuredNews.Generators.Model;

namespace StructuredNews.Generators.Validation
{
    /// <summary>
    /// Decides, across all files, which ids get a typed accessor: the first declaration of an id (in path order)
    /// wins; a later duplicate id, or a later id whose member name is already taken, is skipped and reported, so
    /// the generated code always compiles.
    /// </summary>
    internal static class IdentifierPlan
    {
        public static FileDeclarations DeclarationsOf(AnnotationFile file)
        {
            var declarations = new List<Declaration>();
            if (file.Article != null)
            {
                declarations.Add(new Declaration(EntityKind.Article, file.Article.Id));
            }

            declarations.AddRange(file.Actors.Select(a => new Declaration(EntityKind.Actor, a.Id)));
            declarations.AddRange(file.Places.Select(p => new Declaration(EntityKind.Place, p.Id)));
            declarations.AddRange(file.Topics.Select(t => new Declaration(EntityKind.Topic, t.Id)));
            declarations.AddRange(file.Events.Select(e => new Declaration(EntityKind.Event, e.Id)));
            declarations.AddRange(file.Figures.Select(f => new Declaration(EntityKind.Figure, f.Id)));
            declarations.AddRange(file.Statements.Select(s => new Declaration(EntityKind.Statement, s.Id)));
            return new FileDeclarations(file.RelativePath, declarations.ToEquatableArray());
        }

        /// <summary>The accessor class of a kind inside the dataset class (<c>Kazakhstan2022.Actors</c>).</summary>
        // Spelled out: it is asked once per declaration, and formatting the enum made a string each time.
        public static string ClassNameOf(EntityKind kind) => kind switch
        {
            EntityKind.Article => "Articles",
            EntityKind.Actor => "Actors",
            EntityKind.Place => "Places",
            EntityKind.Topic => "Topics",
            EntityKind.Event => "Events",
            EntityKind.Figure => "Figures",
            EntityKind.Statement => "Statements",
            _ => kind + "s",
        };

        /// <summary>The kind with its article, for messages ("an actor").</summary>
        public static string Describe(EntityKind kind) => (kind is EntityKind.Article or EntityKind.Actor or EntityKind.Event ? "an " : "a ") + Noun(kind);

        /// <summary>The kind as a bare noun ("actor").</summary>
        public static string Noun(EntityKind kind) => kind.ToString().ToLowerInvariant();

        /// <summary>The ids of a file without their positions.</summary>
        public static FileIds IdsOf(AnnotationFile file) => DeclarationsOf(file).Ids();

        /// <summary>
        /// The first declaration of an id (in path order) wins; a later duplicate, or a later id whose member name is
        /// already taken in its accessor class, is skipped. Positions play no part: <see cref="Diagnose"/> adds them.
        /// </summary>
        public static IdPlan Compute(IEnumerable<FileIds> files)
        {
            var skipped = new List<SkippedMember>();
            var conflicts = new List<IdConflict>();
            var ordered = files.OrderBy(f => f.RelativePath, StringComparer.Ordinal).ToList();
            // Sized once for every declaration: grown step by step they were much of planning's garbage.
            var count = ordered.Sum(f => f.Ids.Count);
            var ids = new Dictionary<string, (string Path, int Index)>(count, StringComparer.Ordinal);
            var members = new Dictionary<(EntityKind, string), (string Path, int Index)>(count);
            foreach (var file in ordered)
            {
                for (var i = 0; i < file.Ids.Count; i++)
                {
                    var declared = file.Ids[i];
                    if (ids.TryGetValue(declared.Id, out var first))
                    {
                        skipped.Add(new SkippedMember(file.RelativePath, declared.Id));
                        conflicts.Add(new IdConflict(file.RelativePath, i, first.Path, first.Index, MemberTaken: false, ""));
                        continue;
                    }

                    ids.Add(declared.Id, (file.RelativePath, i));
                    var member = Identifiers.MemberName(declared.Id, ClassNameOf(declared.Kind));
                    if (members.TryGetValue((declared.Kind, member), out var owner))
                    {
                        skipped.Add(new SkippedMember(file.RelativePath, declared.Id));
                        conflicts.Add(new IdConflict(file.RelativePath, i, owner.Path, owner.Index, MemberTaken: true, member));
                        continue;
                    }

                    members.Add((declared.Kind, member), (file.RelativePath, i));
                }
            }

            return new IdPlan(skipped.ToEquatableArray(), conflicts.ToEquatableArray());
        }

        /// <summary>The plan's conflicts as diagnostics (SN0008 duplicate id, identifier collision) at their declarations.</summary>
        public static IEnumerable<DiagnosticInfo> Diagnose(IEnumerable<IdConflict> conflicts, Func<string, FileDeclarations> declarationsOf)
        {
            foreach (var conflict in conflicts)
            {
                var declaration = declarationsOf(conflict.RelativePath).Declarations[conflict.Index];
                var first = declarationsOf(conflict.FirstPath).Declarations[conflict.FirstIndex];
                yield return conflict.MemberTaken
                    ? DiagnosticInfo.Create(DiagnosticDescriptors.IdentifierCollision, declaration.Id.Span, first.Id.Span,
                        declaration.Id.Id, ClassNameOf(declaration.Kind) + "." + conflict.Member.TrimStart('@'), first.Id.Id)
                    : DiagnosticInfo.Create(DiagnosticDescriptors.DuplicateId, declaration.Id.Span, first.Id.Span,
                        declaration.Id.Id, Describe(first.Kind) + " at " + Where(first.Id.Span));
            }
        }

        internal static string Where(SourceSpan span) =>
            System.IO.Path.GetFileName(span.Path) + "(" + (span.StartLine + 1).ToString(CultureInfo.InvariantCulture) + "," +
            (span.StartColumn + 1).ToString(CultureInfo.InvariantCulture) + ")";
    }
}
