using System;
using System.Collections.Generic;

namespace StructuredNews
{
    /// <summary>An entity with a canonical name, names per language and aliases: actors, places, topics.</summary>
    public abstract class NamedEntity : Entity
    {
        /// <summary>Creates a named entity.</summary>
        protected NamedEntity(string id, string name, IReadOnlyDictionary<string, string>? names, IReadOnlyList<string>? aliases)
            : base(id)
        {
            Name = name ?? throw new ArgumentNullException(nameof(name));
            Names = names ?? EmptyNames;
            Aliases = aliases ?? Array.Empty<string>();
        }

        private static readonly IReadOnlyDictionary<string, string> EmptyNames = new Dictionary<string, string>();

        /// <summary>The canonical (English) name.</summary>
        public string Name { get; }

        /// <summary>The name by BCP 47 language tag (<c>en</c>, <c>da</c>).</summary>
        public IReadOnlyDictionary<string, string> Names { get; }

        /// <summary>Every other spelling that appears in the articles.</summary>
        public IReadOnlyList<string> Aliases { get; }

        /// <summary>The name in a language, falling back to the canonical name.</summary>
        public string NameIn(string language) => Names.TryGetValue(language, out var name) ? name : Name;

        /// <summary>The canonical name, the names per language, and the aliases, without duplicates.</summary>
        public IEnumerable<string> AllNames()
        {
            var seen = new HashSet<string>(StringComparer.Ordinal) { Name };
            yield return Name;
            foreach (var name in Names.Values)
            {
                if (seen.Add(name))
                {
                    yield return name;
                }
            }

            foreach (var alias in Aliases)
            {
                if (seen.Add(alias))
                {
                    yield return alias;
                }
            }
        }

        /// <inheritdoc/>
        public override string ToString() => Name;
    }
}
