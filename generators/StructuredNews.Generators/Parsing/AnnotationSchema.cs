using System.Collections.Immutable;
using System.Linq;

namespace StructuredNews.Generators.Parsing
{
    /// <summary>The keys each kind of mapping accepts and requires; docs/schema.md describes their meaning.</summary>
    internal sealed class SectionSchema
    {
        public SectionSchema(string description, string[] required, string[] optional)
        {
            Description = description;
            Required = required.ToImmutableArray();
            Keys = required.Concat(optional).ToImmutableArray();
        }

        /// <summary>How messages name the mapping ("a figure").</summary>
        public string Description { get; }

        public ImmutableArray<string> Required { get; }

        public ImmutableArray<string> Keys { get; }
    }

    internal static class AnnotationSchema
    {
        public static readonly SectionSchema File = new SectionSchema("an annotation file",
            new string[0],
            new[] { "dataset", "article", "actors", "places", "topics", "events", "figures", "statements", "ignore" });

        public static readonly SectionSchema Dataset = new SectionSchema("the dataset section",
            new[] { "id", "title" }, new string[0]);

        public static readonly SectionSchema Article = new SectionSchema("an article",
            new[] { "id", "seed", "language", "title" },
            new[] { "publisher", "published", "published_source", "url" });

        public static readonly SectionSchema Evidence = new SectionSchema("evidence",
            new[] { "quote" },
            new[] { "article", "prefix", "suffix", "occurrence" });

        public static readonly SectionSchema Report = new SectionSchema("a report",
            new[] { "quote" },
            new[] { "article", "prefix", "suffix", "occurrence", "claimed_by", "via" });

        public static readonly SectionSchema Actor = new SectionSchema("an actor",
            new[] { "id", "kind", "name" },
            new[] { "names", "aliases", "roles", "description" });

        public static readonly SectionSchema Role = new SectionSchema("a role",
            new[] { "title" },
            new[] { "of", "from", "to" });

        public static readonly SectionSchema Place = new SectionSchema("a place",
            new[] { "id", "kind", "name" },
            new[] { "names", "aliases", "within", "lat", "lon" });

        public static readonly SectionSchema Topic = new SectionSchema("a topic",
            new[] { "id", "name" },
            new[] { "names", "aliases", "description" });

        public static readonly SectionSchema Event = new SectionSchema("an event",
            new[] { "id", "type", "sub_type", "summary", "start", "precision", "reports" },
            new[] { "end", "place", "participants", "causes" });

        public static readonly SectionSchema Participant = new SectionSchema("a participant",
            new[] { "actor", "role" }, new string[0]);

        public static readonly SectionSchema Figure = new SectionSchema("a figure",
            new[] { "id", "measure", "subject", "value", "qualifier", "unit", "evidence" },
            new[] { "low", "high", "as_of", "claimed_by", "via", "event", "place", "note" });

        public static readonly SectionSchema Statement = new SectionSchema("a statement",
            new[] { "id", "speaker", "text", "evidence" },
            new[] { "date", "event" });

        public static readonly SectionSchema Ignore = new SectionSchema("an ignore entry",
            new[] { "text", "reason" },
            new[] { "occurrence" });
    }
}
