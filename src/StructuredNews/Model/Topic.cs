using System.Collections.Generic;

namespace StructuredNews
{
    /// <summary>Something counted or priced that is neither an actor nor a place (a fuel, a service, a ranking).</summary>
    public sealed class Topic : NamedEntity
    {
        /// <summary>Creates a topic.</summary>
        public Topic(string id, string name, IReadOnlyDictionary<string, string>? names = null,
            IReadOnlyList<string>? aliases = null, string? description = null)
            : base(id, name, names, aliases)
        {
            Description = description;
        }

        /// <summary>A one-line description.</summary>
        public string? Description { get; }
    }
}
