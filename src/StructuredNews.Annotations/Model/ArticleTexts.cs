using System.Security.Cryptography;
using System.Text;

namespace StructuredNews.Annotations.Model
{
    /// <summary>An article text passed to the build, keyed by its file name (what an article's <c>seed</c> names).</summary>
    public sealed record SeedText(string FileName, string Path, string Text);

    /// <summary>
    /// An article id with its seed file and, when the seed is among the article texts, its text; when several texts
    /// have the seed's file name, <see cref="Path"/> is the one used (the first by path) and <see cref="OthersWithTheName"/>
    /// the rest.
    /// </summary>
    public sealed record ArticleText(string ArticleId, string Seed, string? Text, string? Sha256)
    {
        public string? Path { get; init; }

        public EquatableArray<string> OthersWithTheName { get; init; } = EquatableArray<string>.Empty;
    }

    /// <summary>Every article's seed and text, compared by value, with lookup by article id.</summary>
    public sealed class ArticleTextTable : IEquatable<ArticleTextTable>
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

        /// <summary>The articles in ordinal order of their ids.</summary>
        public EquatableArray<ArticleText> Articles { get; }

        public ArticleText? Find(string articleId) => byId.TryGetValue(articleId, out var article) ? article : null;

        /// <summary>The article a file declares, without its text yet.</summary>
        public static ArticleText? Declared(AnnotationFile file) =>
            file.Article is { } a ? new ArticleText(a.Id.Id, a.Seed, null, null) : null;

        /// <summary>Pairs each declared article with the text its <c>seed</c> names (the first by path if several share the name).</summary>
        public static ArticleTextTable Join(IEnumerable<ArticleText?> articles, IEnumerable<SeedText> seeds)
        {
            var byName = seeds
                .GroupBy(s => s.FileName, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.OrderBy(s => s.Path, StringComparer.Ordinal).ToList(), StringComparer.Ordinal);
            return new ArticleTextTable(articles
                .Where(a => a != null)
                .Select(a => a!)
                .OrderBy(a => a.ArticleId, StringComparer.Ordinal)
                .Select(a => byName.TryGetValue(a.Seed, out var named)
                    ? a with { Text = named[0].Text, Sha256 = Sha256Of(named[0].Text), Path = named[0].Path, OthersWithTheName = named.Skip(1).Select(s => s.Path).ToEquatableArray() }
                    : a)
                .ToEquatableArray());
        }

        /// <summary>The SHA-256 of a text's UTF-8 bytes, as lower-case hex.</summary>
        public static string Sha256Of(string text)
        {
            using var sha = SHA256.Create();
            var hash = sha.ComputeHash(Encoding.UTF8.GetBytes(text));
            var hex = new StringBuilder(hash.Length * 2);
            foreach (var b in hash)
            {
                hex.Append(b.ToString("x2", System.Globalization.CultureInfo.InvariantCulture));
            }

            return hex.ToString();
        }

        public bool Equals(ArticleTextTable? other) => other != null && Articles.Equals(other.Articles);

        public override bool Equals(object? obj) => Equals(obj as ArticleTextTable);

        public override int GetHashCode() => Articles.Count;
    }
}
