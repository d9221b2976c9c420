namespace StructuredNews
{
    /// <summary>ACLED's event types.</summary>
    public enum EventType
    {
        /// <summary>Public demonstrations that are not violent.</summary>
        Protests,
        /// <summary>Violent demonstrations and mob violence.</summary>
        Riots,
        /// <summary>Organised violent attacks on unarmed non-combatants.</summary>
        ViolenceAgainstCivilians,
        /// <summary>Violent interactions between two organised armed groups.</summary>
        Battles,
        /// <summary>One-sided violence using explosive weapons.</summary>
        ExplosionsRemoteViolence,
        /// <summary>Non-violent developments that matter for the situation.</summary>
        StrategicDevelopments,
    }
}
