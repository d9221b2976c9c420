namespace StructuredNews
{
    /// <summary>What a <see cref="Figure"/> counts or measures.</summary>
    public enum Measure
    {
        /// <summary>People killed.</summary>
        Killed,
        /// <summary>People injured.</summary>
        Injured,
        /// <summary>People arrested or detained.</summary>
        Arrested,
        /// <summary>People attacked or assaulted.</summary>
        Attacked,
        /// <summary>People taking part (protesters, residents in the streets).</summary>
        Participants,
        /// <summary>Troops or personnel deployed.</summary>
        Deployed,
        /// <summary>A price or a price cap.</summary>
        Price,
        /// <summary>A change of price, as a ratio or percentage.</summary>
        PriceChange,
        /// <summary>A currency conversion.</summary>
        ExchangeRate,
        /// <summary>Inhabitants.</summary>
        Population,
        /// <summary>Share of the vote.</summary>
        VoteShare,
        /// <summary>Share of seats.</summary>
        SeatShare,
        /// <summary>A position in a ranking.</summary>
        Rank,
        /// <summary>A count of things that fits no other measure (countries, members).</summary>
        Count,
        /// <summary>Age of a person.</summary>
        Age,
        /// <summary>A length of time.</summary>
        Duration,
        /// <summary>A time of day (e.g. curfew hours).</summary>
        TimeOfDay,
        /// <summary>A calendar year that is itself the claim (e.g. the year of independence).</summary>
        Year,
    }
}
