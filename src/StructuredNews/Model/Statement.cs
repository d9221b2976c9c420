namespace StructuredNews
{
    /// <summary>A direct quote: who said what, when.</summary>
    public sealed class Statement : Entity
    {
        /// <summary>Creates a statement.</summary>
        public Statement(string id, string speakerId, string text, NewsDate? date, string? eventId, Evidence evidence)
            : base(id)
        {
            SpeakerId = speakerId;
            Text = text;
            Date = date;
            EventId = eventId;
            Evidence = evidence;
        }

        /// <summary>Id of the speaker.</summary>
        public string SpeakerId { get; }

        /// <summary>The speaker.</summary>
        public Actor? Speaker => Dataset.Actors.Find(SpeakerId);

        /// <summary>The words quoted, verbatim.</summary>
        public string Text { get; }

        /// <summary>When it was said.</summary>
        public NewsDate? Date { get; }

        /// <summary>Id of the event it belongs to.</summary>
        public string? EventId { get; }

        /// <summary>The event it belongs to.</summary>
        public Event? Event => EventId == null ? null : Dataset.Events.Find(EventId);

        /// <summary>The passage that carries the quote.</summary>
        public Evidence Evidence { get; }

        /// <inheritdoc/>
        public override string ToString() => SpeakerId + ": " + Text;
    }
}
