using System;
using System.Collections.Generic;
using System.Linq;
using StructuredNews.Generators.Model;

namespace StructuredNews.Generators.Validation
{
    internal static class ArticleTexts
    {
        /// <summary>Pairs each declared article with the text its <c>seed</c> names (the first by path if several share the name).</summary>
        public static ArticleTextTable Join(IEnumerable<ArticleText?> articles, IEnumerable<SeedText> seeds)
        {
            var byName = seeds
                .GroupBy(s => s.FileName, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.OrderBy(s => s.Path, StringComparer.Ordinal).First(), StringComparer.Ordinal);
            return new ArticleTextTable(articles
                .Where(a => a != null)
                .Select(a => a!)
                .OrderBy(a => a.ArticleId, StringComparer.Ordinal)
                .Select(a => byName.TryGetValue(a.Seed, out var seed) ? a with { Text = seed.Text, Sha256 = Inputs.Sha256(seed.Text) } : a)
                .ToEquatableArray());
        }

        public static ArticleText? Declared(AnnotationFile file) =>
            file.Article is { } a ? new ArticleText(a.Id.Id, a.Seed, null, null) : null;
    }
}
