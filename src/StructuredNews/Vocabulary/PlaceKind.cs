namespace StructuredNews
{
    /// <summary>What kind of place a <see cref="Place"/> is.</summary>
    public enum PlaceKind
    {
        /// <summary>A country.</summary>
        Country,
        /// <summary>A region, province or other first- or second-level division.</summary>
        Region,
        /// <summary>A city or town.</summary>
        City,
        /// <summary>A site or building (an airport, a residence, a city hall).</summary>
        Site,
    }
}
