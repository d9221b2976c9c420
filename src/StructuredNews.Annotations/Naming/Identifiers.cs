using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Microsoft.CodeAnalysis.CSharp;

namespace StructuredNews.Annotations.Naming
{
    /// <summary>How ids and paths become C# identifiers and hint names.</summary>
    public static class Identifiers
    {
        // The members every class inherits from object: an accessor of one of these names would hide it (CS0108).
        private static readonly ImmutableHashSet<string> ObjectMembers = ImmutableHashSet.Create(StringComparer.Ordinal,
            "Equals", "Finalize", "GetHashCode", "GetType", "MemberwiseClone", "ReferenceEquals", "ToString");

        /// <summary>The PascalCase member name of an id: <c>kassym-jomart-tokayev</c> is <c>KassymJomartTokayev</c>.</summary>
        public static string MemberName(string id, string containingType)
        {
            var builder = new StringBuilder(id.Length);
            var upperNext = true;
            foreach (var c in id)
            {
                if (c == '-' || c == '_')
                {
                    upperNext = true;
                    continue;
                }

                if (!SyntaxFacts.IsIdentifierPartCharacter(c))
                {
                    builder.Append('_');
                    upperNext = true;
                    continue;
                }

                builder.Append(upperNext ? char.ToUpperInvariant(c) : c);
                upperNext = false;
            }

            var name = builder.ToString();
            if (name.Length == 0 || !SyntaxFacts.IsIdentifierStartCharacter(name[0]))
            {
                name = "_" + name;
            }

            if (string.Equals(name, containingType, StringComparison.Ordinal) || ObjectMembers.Contains(name))
            {
                name += "_"; // CS0542: a member may not share its enclosing type's name; CS0108: nor hide object's.
            }

            return SyntaxFacts.GetKeywordKind(name) != SyntaxKind.None || SyntaxFacts.GetContextualKeywordKind(name) != SyntaxKind.None
                ? "@" + name
                : name;
        }

        /// <summary>A C# identifier from free text (a namespace segment, a class name), or null when none can be made.</summary>
        public static string? Sanitize(string text)
        {
            var builder = new StringBuilder(text.Length);
            foreach (var c in text)
            {
                builder.Append(SyntaxFacts.IsIdentifierPartCharacter(c) ? c : '_');
            }

            if (builder.Length == 0)
            {
                return null;
            }

            if (!SyntaxFacts.IsIdentifierStartCharacter(builder[0]))
            {
                builder.Insert(0, '_');
            }

            var name = builder.ToString();
            return SyntaxFacts.GetKeywordKind(name) != SyntaxKind.None ? "@" + name : name;
        }

        /// <summary>The private class that holds one file's data: readable, and unique through a hash of the path.</summary>
        public static string FileClassName(string relativePath) => "File_" + Sanitize(Readable(relativePath))!.TrimStart('_', '@') + "_" + Hash(relativePath);

        /// <summary>The most characters of the path a hint name keeps.</summary>
        public const int MaxReadableHintLength = 100;

        /// <summary>A hint name from the path, unique even where paths differ only in case or punctuation.</summary>
        public static string HintName(string relativePath)
        {
            var builder = new StringBuilder(relativePath.Length + 16);
            foreach (var c in Readable(relativePath))
            {
                builder.Append(c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '-' or '_' or '.' ? c : c == '/' ? '.' : '_');
            }

            // Bounded, so that deep folders do not make output paths too long (CS0016 on Windows): the end of the path
            // says most, and the hash keeps names unique.
            var readable = builder.Length > MaxReadableHintLength ? builder.ToString(builder.Length - MaxReadableHintLength, MaxReadableHintLength).TrimStart('.') : builder.ToString();
            return readable + "." + Hash(relativePath) + ".g.cs";
        }

        // Leading "../" says nothing to a reader; the hash still tells apart paths that differ only there.
        private static string Readable(string relativePath)
        {
            while (relativePath.StartsWith("../", StringComparison.Ordinal))
            {
                relativePath = relativePath.Substring(3);
            }

            return relativePath;
        }

        /// <summary><see cref="Fnv1a"/> in eight hex digits.</summary>
        public static string Hash(string text) => Fnv1a(text).ToString("x8", CultureInfo.InvariantCulture);

        /// <summary>FNV-1a over the UTF-16 code units: the same number in every process and on every machine.</summary>
        public static uint Fnv1a(string text)
        {
            var hash = 2166136261u;
            foreach (var c in text)
            {
                hash = unchecked((hash ^ c) * 16777619u);
            }

            return hash;
        }
    }
}
