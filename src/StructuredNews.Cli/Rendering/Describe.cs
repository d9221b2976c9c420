using System.Linq;

namespace StructuredNews.Cli.Rendering
{
    /// <summary>How an entity is named in messages and in <c>sn show</c>: its type, kind and a short label.</summary>
    public static class Describe
    {
        /// <summary>Labels longer than this are cut with an ellipsis (statements, summaries in lists of references).</summary>
        public const int MaxLabel = 60;

        /// <summary>The entity's type: article, actor, place, topic, event, figure or statement.</summary>
        public static string Type(Entity entity) =>
            entity switch
            {
                Article => "article",
                Actor => "actor",
                Place => "place",
                Topic => "topic",
                Event => "event",
                Figure => "figure",
                Statement => "statement",
                _ => "entity",
            };

        /// <summary>Type and kind as the YAML spells it: <c>actor person</c>, <c>place city</c>, <c>event violent_demonstration</c>, <c>figure killed</c>, <c>topic</c>.</summary>
        public static string Kind(Entity entity) =>
            entity switch
            {
                Actor actor => "actor " + VocabularyNames.Of(actor.Kind),
                Place place => "place " + VocabularyNames.Of(place.Kind),
                Event @event => "event " + VocabularyNames.Of(@event.SubType),
                Figure figure => "figure " + VocabularyNames.Of(figure.Measure),
                _ => Type(entity),
            };

        /// <summary>
        /// A short label: the name of an actor, place or topic, an article's title, an event's summary, a figure as a
        /// sentence (<c>killed security-forces: at least 12 people</c>), a statement's speaker and text.
        /// </summary>
        public static string Label(Entity entity) =>
            Cut(entity switch
            {
                NamedEntity named => named.Name,
                Article article => article.Title,
                Event @event => @event.Summary,
                Figure figure => VocabularyNames.Of(figure.Measure) + " " + figure.SubjectId + ": " + Display.QualifiedValue(figure) + " " + figure.Unit,
                Statement statement => statement.SpeakerId + ": \"" + statement.Text + "\"",
                _ => entity.Id,
            });

        /// <summary>A reference as <c>sn show</c> prints it: <c>id (label)</c>, or the id alone when the dataset lacks it.</summary>
        public static string Reference(NewsDataset dataset, string id) =>
            dataset.Find(id) is { } entity ? id + " (" + Label(entity) + ")" : id;

        /// <summary>A chain of references: <c>tass (TASS) &gt; sputnik (Sputnik)</c>.</summary>
        public static string Chain(NewsDataset dataset, System.Collections.Generic.IEnumerable<string> ids) =>
            string.Join(" > ", ids.Select(id => Reference(dataset, id)));

        private static string Cut(string text)
        {
            var oneLine = Display.OneLine(text);
            if (oneLine.Length <= MaxLabel)
            {
                return oneLine;
            }

            // Never between the halves of a surrogate pair.
            var cut = char.IsHighSurrogate(oneLine[MaxLabel - 2]) ? MaxLabel - 2 : MaxLabel - 1;
            return oneLine.Substring(0, cut).TrimEnd() + "…";
        }
    }
}
