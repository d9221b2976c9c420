using System.Collections.Immutable;
using Microsoft.CodeAnalysis.CSharp;

namespace StructuredNews.Annotations.Naming
{
    /// <summary>
    /// The namespace and name of the generated dataset class (docs/packaging.md, "The dataset class"). The default
    /// name is the last segment of the namespace, so that <c>Harrowfield.News</c> gives <c>News</c> and code that
    /// says <c>using Harrowfield.News;</c> writes <c>News.Actors.AdaKorven</c>. A name that would not compile without
    /// a diagnostic, or that code outside the namespace could not reach by its simple name, gets <see cref="Suffix"/>
    /// appended (first letter upper-cased) until it works: <c>FloodWatch</c> gives <c>FloodWatchNews</c>.
    /// </summary>
    public static class DatasetClassName
    {
        /// <summary>Appended to a name that does not work as it is.</summary>
        public const string Suffix = "News";

        /// <summary>The namespace used when a project sets neither <c>StructuredNewsNamespace</c> nor <c>RootNamespace</c>.</summary>
        public const string FallbackNamespace = "StructuredNews.Generated";

        /// <summary>Names the dataset class declares inside itself: a class cannot be named like its members (CS0542).</summary>
        public static readonly ImmutableArray<string> MemberNames = ImmutableArray.Create("Dataset", "Holder", "Articles", "Actors", "Places", "Topics", "Events", "Figures", "Statements");

        /// <summary>The members of <see cref="object"/>: inside any class, a simple name binds to the inherited member before a type.</summary>
        public static readonly ImmutableArray<string> ObjectMembers = ImmutableArray.Create("Equals", "GetHashCode", "GetType", "ToString", "ReferenceEquals", "MemberwiseClone", "Finalize");

        /// <summary>Top-level namespaces every project with the package sees: a class named like one is hidden by it outside its own namespace.</summary>
        public static readonly ImmutableArray<string> WellKnownNamespaces = ImmutableArray.Create("System", "Microsoft", "StructuredNews");

        /// <summary>
        /// The namespace of the generated code: <paramref name="configured"/> (<c>StructuredNewsNamespace</c>, else
        /// <c>RootNamespace</c>) with each segment made a C# identifier (<c>My.Root-Project</c> gives
        /// <c>My.Root_Project</c>, a keyword is escaped: <c>@class</c>), or <see cref="FallbackNamespace"/>.
        /// </summary>
        public static string Namespace(string? configured)
        {
            if (configured == null || configured.Trim().Length == 0)
            {
                return FallbackNamespace;
            }

            var parts = configured.Trim().Split('.');
            for (var i = 0; i < parts.Length; i++)
            {
                parts[i] = Identifiers.Sanitize(parts[i]) ?? "_";
            }

            return string.Join(".", parts);
        }

        /// <summary>
        /// The class name in namespace <paramref name="namespace"/> (as <see cref="Namespace"/> returns it): the
        /// <paramref name="configured"/> name (<c>StructuredNewsClassName</c>) made an identifier, else the last segment
        /// of the namespace; then, while the name does not work, <see cref="Suffix"/> appended. A name does not work
        /// when it is one of the class's own <see cref="MemberNames"/> (CS0542), only lower-case ASCII letters (CS8981:
        /// reserved for future keywords; every C# keyword is such a name), or not an identifier; a default name also
        /// when it is the first segment of its namespace (so always in a one-segment namespace) or a
        /// <see cref="WellKnownNamespaces">well-known top-level namespace</see> (code outside the namespace, such as
        /// top-level statements, would find the namespace instead of the class), or the name of a member of
        /// <see cref="object"/> (code in any class would find the inherited method).
        /// </summary>
        public static string For(string @namespace, string? configured)
        {
            var segments = @namespace.Split('.').Select(Unescaped).ToList();
            var isDefault = configured == null || configured.Trim().Length == 0;
            var name = Unescaped((isDefault ? null : Identifiers.Sanitize(configured!.Trim())) ?? segments[segments.Count - 1]);
            while (!Works(name, segments[0], isDefault))
            {
                name = char.ToUpperInvariant(name[0]) + name.Substring(1) + Suffix;
            }

            return name;
        }

        private static bool Works(string name, string firstSegment, bool isDefault)
        {
            if (name.Length == 0 || !SyntaxFacts.IsValidIdentifier(name) || MemberNames.Contains(name) || IsLowerCaseAscii(name)
                || SyntaxFacts.GetKeywordKind(name) != SyntaxKind.None || SyntaxFacts.GetContextualKeywordKind(name) != SyntaxKind.None)
            {
                return false;
            }

            return !isDefault || (name != firstSegment && !WellKnownNamespaces.Contains(name) && !ObjectMembers.Contains(name));
        }

        // CS8981: "The type name only contains lower-cased ascii characters. Such names may become reserved for the language."
        private static bool IsLowerCaseAscii(string name) => name.All(c => c >= 'a' && c <= 'z');

        private static string Unescaped(string identifier) => identifier.StartsWith("@", StringComparison.Ordinal) ? identifier.Substring(1) : identifier;
    }
}
