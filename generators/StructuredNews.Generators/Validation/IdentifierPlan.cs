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

        public static (EquatableArray<SkippedMember> Skipped, List<DiagnosticInfo> Diagnostics) Compute(IEnumerable<FileDeclarations> files)
        {
            var skipped = new List<SkippedMember>();
            var diagnostics = new List<DiagnosticInfo>();
            var ordered = files.OrderBy(f => f.RelativePath, StringComparer.Ordinal).ToList();
            // Sized once for every declaration: grown step by step they were much of planning's garbage.
            var count = ordered.Sum(f => f.Declarations.Count);
            var ids = new Dictionary<string, Declaration>(count, StringComparer.Ordinal);
            var members = new Dictionary<(EntityKind, string), Declaration>(count);
            foreach (var file in ordered)
            {
                foreach (var declaration in file.Declarations)
                {
                    var id = declaration.Id;
                    if (ids.TryGetValue(id.Id, out var first))
                    {
                        skipped.Add(new SkippedMember(file.RelativePath, id.Id));
                        diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.DuplicateId, id.Span, first.Id.Span,
                            id.Id, Describe(first.Kind) + " at " + Where(first.Id.Span)));
                        continue;
                    }

                    ids.Add(id.Id, declaration);
                    var member = Identifiers.MemberName(id.Id, ClassNameOf(declaration.Kind));
                    if (members.TryGetValue((declaration.Kind, member), out var owner))
                    {
                        skipped.Add(new SkippedMember(file.RelativePath, id.Id));
                        diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.IdentifierCollision, id.Span, owner.Id.Span,
                            id.Id, ClassNameOf(declaration.Kind) + "." + member.TrimStart('@'), owner.Id.Id));
                        continue;
                    }

                    members.Add((declaration.Kind, member), declaration);
                }
            }

            return (skipped.ToEquatableArray(), diagnostics);
        }

        internal static string Where(SourceSpan span) =>
            System.IO.Path.GetFileName(span.Path) + "(" + (span.StartLine + 1).ToString(CultureInfo.InvariantCulture) + "," +
            (span.StartColumn + 1).ToString(CultureInfo.InvariantCulture) + ")";
    }
}
