using System;
using System.Collections.Generic;
using System.Linq;

namespace StructuredNews.Generators.Model
{
    // Values computed across files; each is small and value-equal so that per-file steps stay cached when an
    // unrelated file changes.

    /// <summary>An article id with its seed file and, when the seed is among the additional files, its text.</summary>
    internal sealed record ArticleText(string ArticleId, string Seed, string? Text, string? Sha256);

    /// <summary>Every article's seed and text, compared by value, with lookup by article id.</summary>
    internal sealed class ArticleTextTable : IEquatable<ArticleTextTable>
    {
        private readonly Dictionary<string, ArticleText> byId = new Dictionary<string, ArticleText>(StringComparer.Ordinal);

        public ArticleTextTable(EquatableArray<ArticleText> articles)
        {
            Articles = articles;
            foreach (var article in articles)
            {
                if (!byId.ContainsKey(article.ArticleId))
                {
                    byId.Add(article.ArticleId, article);
                }
            }
        }

        public EquatableArray<ArticleText> Articles { get; }

        public ArticleText? Find(string articleId) => byId.TryGetValue(articleId, out var article) ? article : null;

        public bool Equals(ArticleTextTable? other) => other != null && Articles.Equals(other.Articles);

        public override bool Equals(object? obj) => Equals(obj as ArticleTextTable);

        public override int GetHashCode() => Articles.Count;
    }

    /// <summary>An entity kind as the generated API groups them; the name is the nested class that holds its members.</summary>
    internal enum EntityKind
    {
        Article,
        Actor,
        Place,
        Topic,
        Event,
        Figure,
        Statement,
    }

    /// <summary>An id declared in a file.</summary>
    internal sealed record Declaration(EntityKind Kind, Ref Id);

    /// <summary>The ids one file declares, in order.</summary>
    internal sealed record FileDeclarations(string RelativePath, EquatableArray<Declaration> Declarations)
    {
        public FileIds Ids() => new FileIds(RelativePath, Declarations.Select(d => new DeclaredId(d.Kind, d.Id.Id)).ToEquatableArray());
    }

    /// <summary>An id declared in a file, without its position.</summary>
    internal readonly record struct DeclaredId(EntityKind Kind, string Id);

    /// <summary>
    /// The ids one file declares, in order, without positions: the steps across files (symbol table, identifier
    /// plan) take these, so that an edit which only moves lines leaves them cached.
    /// </summary>
    internal sealed record FileIds(string RelativePath, EquatableArray<DeclaredId> Ids);

    /// <summary>
    /// A declaration that gets no typed accessor: the <paramref name="Index"/>th id of a file repeats an id declared
    /// earlier (<paramref name="MemberTaken"/> false), or its member name is taken by another id of its kind.
    /// </summary>
    internal readonly record struct IdConflict(string RelativePath, int Index, string FirstPath, int FirstIndex, bool MemberTaken, string Member);

    /// <summary>An id whose typed accessor is not emitted because its id or member name is taken elsewhere.</summary>
    internal sealed record SkippedMember(string RelativePath, string Id);

    /// <summary>
    /// The identifier plan of the whole dataset, without positions: the accessors it skips (for the emitters) and why
    /// (for the global check, which locates and reports them).
    /// </summary>
    internal sealed record IdPlan(EquatableArray<SkippedMember> Skipped, EquatableArray<IdConflict> Conflicts);

    /// <summary>
    /// The outcome of looking for a quote: where it is (<see cref="Start"/>, -1 when it was not found), how often it
    /// occurs where prefix and suffix fit, and a near match if it is absent.
    /// </summary>
    internal readonly record struct QuoteMatch(int Start, int Candidates, string? NearMiss)
    {
        /// <summary>Not looked for: the quote's article is unknown or has no text (reported elsewhere, once).</summary>
        public static readonly QuoteMatch NotSearched = new QuoteMatch(-1, -1, null);

        public bool Found => Start >= 0;

        public bool Searched => Candidates >= 0;
    }

    /// <summary>
    /// A file with its own article's text and its quotes located, in the order of
    /// <see cref="Validation.EvidenceOrder"/>; the emitter and the evidence check both start from it.
    /// </summary>
    internal sealed record LocatedFile(AnnotationFile File, ArticleText? OwnText, EquatableArray<QuoteMatch> Quotes);

    /// <summary>Everything the emitter needs for one file.</summary>
    internal sealed record FileEmitModel(
        AnnotationFile File, string ClassName, string HintName, GeneratorOptions Options, string? ArticleText, string? ArticleSha256,
        EquatableArray<QuoteMatch> Quotes, EquatableArray<string> SkippedIds);

    /// <summary>What the dataset-wide source needs: the options, the dataset section, and the file classes to call.</summary>
    internal sealed record DatasetEmitModel(GeneratorOptions Options, DatasetSpec? Dataset, EquatableArray<string> FileClassNames);
}
