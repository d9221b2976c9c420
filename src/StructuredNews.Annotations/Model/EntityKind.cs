namespace StructuredNews.Annotations.Model
{
    /// <summary>An entity kind, as annotation files declare them and the generated API groups them.</summary>
    public enum EntityKind
    {
        /// <summary>An article.</summary>
        Article,

        /// <summary>An actor.</summary>
        Actor,

        /// <summary>A place.</summary>
        Place,

        /// <summary>A topic.</summary>
        Topic,

        /// <summary>An event.</summary>
        Event,

        /// <summary>A figure.</summary>
        Figure,

        /// <summary>A statement.</summary>
        Statement,
    }

    /// <summary>How messages name entity kinds.</summary>
    public static class EntityKinds
    {
        /// <summary>The kind as a bare noun ("actor").</summary>
        public static string Noun(this EntityKind kind) => kind switch
        {
            EntityKind.Article => "article",
            EntityKind.Actor => "actor",
            EntityKind.Place => "place",
            EntityKind.Topic => "topic",
            EntityKind.Event => "event",
            EntityKind.Figure => "figure",
            EntityKind.Statement => "statement",
            _ => kind.ToString().ToLowerInvariant(),
        };

        /// <summary>The kind with its article, for messages ("an actor").</summary>
        public static string Describe(this EntityKind kind) => (kind is EntityKind.Article or EntityKind.Actor or EntityKind.Event ? "an " : "a ") + kind.Noun();
    }
}
