namespace StructuredNews
{
    /// <summary>The part an actor plays in an event.</summary>
    public enum ParticipantRole
    {
        /// <summary>The actor that carried out or started the event (ACLED's actor 1).</summary>
        Initiator,
        /// <summary>The actor the event was directed at (ACLED's actor 2).</summary>
        Target,
        /// <summary>Any other involvement.</summary>
        Other,
    }
}
