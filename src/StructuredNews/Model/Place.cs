using System.Collections.Generic;

namespace StructuredNews
{
    /// <summary>A country, region, city or site.</summary>
    public sealed class Place : NamedEntity
    {
        /// <summary>Creates a place.</summary>
        public Place(string id, PlaceKind kind, string name, IReadOnlyDictionary<string, string>? names = null,
            IReadOnlyList<string>? aliases = null, string? withinId = null, double? latitude = null, double? longitude = null)
            : base(id, name, names, aliases)
        {
            Kind = kind;
            WithinId = withinId;
            Latitude = latitude;
            Longitude = longitude;
        }

        /// <summary>What kind of place this is.</summary>
        public PlaceKind Kind { get; }

        /// <summary>Id of the place that contains this one.</summary>
        public string? WithinId { get; }

        /// <summary>The place that contains this one.</summary>
        public Place? Within => WithinId == null ? null : Dataset.Places.Find(WithinId);

        /// <summary>Approximate latitude in degrees (WGS 84).</summary>
        public double? Latitude { get; }

        /// <summary>Approximate longitude in degrees (WGS 84).</summary>
        public double? Longitude { get; }

        /// <summary>Whether this place is <paramref name="other"/> or lies within it.</summary>
        public bool IsWithin(Place other)
        {
            // The generator rejects cycles, so this walk ends; the bound guards hand-built datasets.
            Place? current = this;
            for (var depth = 0; current != null && depth < 64; depth++)
            {
                if (ReferenceEquals(current, other))
                {
                    return true;
                }

                current = current.Within;
            }

            return false;
        }
    }
}
