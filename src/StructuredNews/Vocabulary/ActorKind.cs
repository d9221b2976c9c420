namespace StructuredNews
{
    /// <summary>What kind of actor an <see cref="Actor"/> is. YAML spells members in snake_case (<c>government_body</c>).</summary>
    public enum ActorKind
    {
        /// <summary>A named individual.</summary>
        Person,
        /// <summary>A government, ministry, office, council or agency of a state.</summary>
        GovernmentBody,
        /// <summary>Police, military, national guard and other state security forces.</summary>
        SecurityForce,
        /// <summary>A non-state armed group.</summary>
        ArmedGroup,
        /// <summary>Protesters, demonstrators, rioters or a crowd.</summary>
        Protesters,
        /// <summary>Civilians as a group.</summary>
        Civilians,
        /// <summary>A political party.</summary>
        PoliticalParty,
        /// <summary>An international organisation or alliance.</summary>
        InternationalOrganisation,
        /// <summary>A state acting as an actor.</summary>
        Country,
        /// <summary>A news agency, outlet, broadcaster or social medium.</summary>
        Media,
        /// <summary>A company.</summary>
        Company,
        /// <summary>Any other group of people (residents, experts, families, ...).</summary>
        Group,
        /// <summary>Anything that fits no other kind.</summary>
        Other,
    }
}
