using System;
using System.Collections.Generic;

namespace StructuredNews
{
    /// <summary>A numeric claim: who said how many of what, when, according to whom, quoted from an article.</summary>
    public sealed class Figure : Entity
    {
        /// <summary>Creates a figure.</summary>
        public Figure(string id, Measure measure, string subjectId, string value, Qualifier qualifier, decimal? low, decimal? high,
            string unit, NewsDate? asOf, string? claimedById, IReadOnlyList<string>? viaIds, string? eventId, string? placeId,
            string? note, Evidence evidence)
            : base(id)
        {
            Measure = measure;
            SubjectId = subjectId;
            Value = value;
            Qualifier = qualifier;
            Low = low;
            High = high;
            Unit = unit;
            AsOf = asOf;
            ClaimedById = claimedById;
            ViaIds = viaIds ?? Array.Empty<string>();
            EventId = eventId;
            PlaceId = placeId;
            Note = note;
            Evidence = evidence;
        }

        /// <summary>What is counted or measured.</summary>
        public Measure Measure { get; }

        /// <summary>Id of the actor, place or topic counted or measured.</summary>
        public string SubjectId { get; }

        /// <summary>The actor, place or topic counted or measured.</summary>
        public NamedEntity? Subject => Dataset.FindNamed(SubjectId);

        /// <summary>The value exactly as stated ("eight", "1,000", "dozens").</summary>
        public string Value { get; }

        /// <summary>How the value is qualified.</summary>
        public Qualifier Qualifier { get; }

        /// <summary>The lowest number the claim allows, if it sets one.</summary>
        public decimal? Low { get; }

        /// <summary>The highest number the claim allows, if it sets one.</summary>
        public decimal? High { get; }

        /// <summary>The unit ("people", "percent", "KZT per litre").</summary>
        public string Unit { get; }

        /// <summary>The date the figure describes.</summary>
        public NewsDate? AsOf { get; }

        /// <summary>Id of the original source of the claim.</summary>
        public string? ClaimedById { get; }

        /// <summary>The original source of the claim.</summary>
        public Actor? ClaimedBy => ClaimedById == null ? null : Dataset.Actors.Find(ClaimedById);

        /// <summary>Ids of the actors that relayed the claim, in order from the reporting outlet back towards the source.</summary>
        public IReadOnlyList<string> ViaIds { get; }

        /// <summary>The actors that relayed the claim.</summary>
        public IEnumerable<Actor> Via
        {
            get
            {
                foreach (var id in ViaIds)
                {
                    if (Dataset.Actors.Find(id) is { } actor)
                    {
                        yield return actor;
                    }
                }
            }
        }

        /// <summary>Id of the event the figure belongs to.</summary>
        public string? EventId { get; }

        /// <summary>The event the figure belongs to.</summary>
        public Event? Event => EventId == null ? null : Dataset.Events.Find(EventId);

        /// <summary>Id of the place the figure applies to.</summary>
        public string? PlaceId { get; }

        /// <summary>The place the figure applies to.</summary>
        public Place? Place => PlaceId == null ? null : Dataset.Places.Find(PlaceId);

        /// <summary>A remark for readers.</summary>
        public string? Note { get; }

        /// <summary>The passage the figure is taken from.</summary>
        public Evidence Evidence { get; }

        /// <summary>Whether two figures' bounds say the same thing.</summary>
        public bool AgreesWith(Figure other) => Low == other.Low && High == other.High && string.Equals(Unit, other.Unit, StringComparison.Ordinal);

        /// <inheritdoc/>
        public override string ToString() => Measure + " " + SubjectId + ": " + Value + " (" + Qualifier + ")";
    }
}
