namespace StructuredNews.Annotations.Model
{
    /// <summary>An id declared in a file.</summary>
    public sealed record Declaration(EntityKind Kind, Ref Id);

    /// <summary>The ids one file declares, in order (article, actors, places, topics, events, figures, statements).</summary>
    public sealed record FileDeclarations(string RelativePath, EquatableArray<Declaration> Declarations)
    {
        public static FileDeclarations Of(AnnotationFile file)
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

        /// <summary>The declarations without positions.</summary>
        public EquatableArray<DeclaredId> Ids() => Declarations.Select(d => new DeclaredId(d.Kind, d.Id.Id)).ToEquatableArray();
    }

    /// <summary>An id declared in a file, without its position.</summary>
    public readonly record struct DeclaredId(EntityKind Kind, string Id);
}
