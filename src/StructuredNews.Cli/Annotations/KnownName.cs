using System.Collections.Generic;
using System.Linq;

namespace StructuredNews.Cli.Annotations
{
    /// <summary>An actor or place and the names it goes by (canonical, per language, aliases).</summary>
    public sealed record KnownName(string Id, string Entity, string Kind, IReadOnlyList<string> Names)
    {
        /// <summary>The actors and places of a compiled dataset.</summary>
        public static IReadOnlyList<KnownName> Of(NewsDataset dataset) =>
            dataset.Actors.Select(a => new KnownName(a.Id, "actor", VocabularyNames.Of(a.Kind), a.AllNames().Where(n => n.Length > 0).ToList()))
                .Concat(dataset.Places.Select(p => new KnownName(p.Id, "place", VocabularyNames.Of(p.Kind), p.AllNames().Where(n => n.Length > 0).ToList())))
                .ToList();
    }
}
