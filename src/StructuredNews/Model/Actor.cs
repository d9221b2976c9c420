using System;
using System.Collections.Generic;

namespace StructuredNews
{
    /// <summary>A person, body, force, group, country or outlet that acts, speaks or is counted.</summary>
    public sealed class Actor : NamedEntity
    {
        /// <summary>Creates an actor.</summary>
        public Actor(string id, ActorKind kind, string name, IReadOnlyDictionary<string, string>? names = null,
            IReadOnlyList<string>? aliases = null, IReadOnlyList<ActorRole>? roles = null, string? description = null)
            : base(id, name, names, aliases)
        {
            Kind = kind;
            Roles = roles ?? Array.Empty<ActorRole>();
            Description = description;
        }

        /// <summary>What kind of actor this is.</summary>
        public ActorKind Kind { get; }

        /// <summary>Offices and positions held, with dates where known.</summary>
        public IReadOnlyList<ActorRole> Roles { get; }

        /// <summary>A one-line description.</summary>
        public string? Description { get; }
    }

    /// <summary>An office or position an actor holds.</summary>
    public sealed class ActorRole
    {
        /// <summary>Creates a role.</summary>
        public ActorRole(string title, string? ofId = null, NewsDate? from = null, NewsDate? to = null)
        {
            Title = title;
            OfId = ofId;
            From = from;
            To = to;
        }

        /// <summary>The title ("President of Kazakhstan").</summary>
        public string Title { get; }

        /// <summary>Id of the actor or place the role is held in, if any.</summary>
        public string? OfId { get; }

        /// <summary>Since when.</summary>
        public NewsDate? From { get; }

        /// <summary>Until when.</summary>
        public NewsDate? To { get; }

        /// <summary>Whether the role was held on a date (open ends count as held).</summary>
        public bool HeldOn(NewsDate date) => (From == null || From.Value <= date) && (To == null || date <= To.Value);

        /// <inheritdoc/>
        public override string ToString() => Title;
    }
}
