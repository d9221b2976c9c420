using System;
using System.Collections.Generic;

namespace StructuredNews
{
    /// <summary>Something that happened, as reported by one or more articles.</summary>
    public sealed class Event : Entity
    {
        /// <summary>Creates an event.</summary>
        public Event(string id, EventSubType subType, string summary, NewsDate start, NewsDate? end, DatePrecision precision,
            string? placeId, IReadOnlyList<Participant>? participants, IReadOnlyList<string>? causeIds, IReadOnlyList<EventReport> reports)
            : base(id)
        {
            SubType = subType;
            Summary = summary;
            Start = start;
            End = end ?? start;
            Precision = precision;
            PlaceId = placeId;
            Participants = participants ?? Array.Empty<Participant>();
            CauseIds = causeIds ?? Array.Empty<string>();
            Reports = reports;
        }

        /// <summary>ACLED event type (derived from <see cref="SubType"/>).</summary>
        public EventType Type => EventTaxonomy.TypeOf(SubType);

        /// <summary>ACLED sub-event type.</summary>
        public EventSubType SubType { get; }

        /// <summary>What happened, in English.</summary>
        public string Summary { get; }

        /// <summary>First day.</summary>
        public NewsDate Start { get; }

        /// <summary>Last day (equal to <see cref="Start"/> for a one-day event).</summary>
        public NewsDate End { get; }

        /// <summary>How precisely the dates are known.</summary>
        public DatePrecision Precision { get; }

        /// <summary>Id of the place where it happened.</summary>
        public string? PlaceId { get; }

        /// <summary>Where it happened.</summary>
        public Place? Place => PlaceId == null ? null : Dataset.Places.Find(PlaceId);

        /// <summary>Who took part, and how.</summary>
        public IReadOnlyList<Participant> Participants { get; }

        /// <summary>Ids of the events that caused this one.</summary>
        public IReadOnlyList<string> CauseIds { get; }

        /// <summary>The events that caused this one.</summary>
        public IEnumerable<Event> Causes
        {
            get
            {
                foreach (var id in CauseIds)
                {
                    if (Dataset.Events.Find(id) is { } cause)
                    {
                        yield return cause;
                    }
                }
            }
        }

        /// <summary>Every article that reports the event, each with its own quote.</summary>
        public IReadOnlyList<EventReport> Reports { get; }

        /// <summary>Whether the event was going on at some point on <paramref name="date"/>.</summary>
        public bool OccursOn(NewsDate date) => Start <= date && date <= End;

        /// <summary>Whether the event overlaps the inclusive range.</summary>
        public bool Overlaps(NewsDate from, NewsDate to) => Start <= to && from <= End;

        /// <inheritdoc/>
        public override string ToString() => Start + " " + Summary;
    }

    /// <summary>An actor's part in an event.</summary>
    public sealed class Participant
    {
        /// <summary>Creates a participant.</summary>
        public Participant(string actorId, ParticipantRole role)
        {
            ActorId = actorId;
            Role = role;
        }

        /// <summary>Id of the actor.</summary>
        public string ActorId { get; }

        /// <summary>The part it played.</summary>
        public ParticipantRole Role { get; }

        /// <inheritdoc/>
        public override string ToString() => ActorId + " (" + Role + ")";
    }
}
