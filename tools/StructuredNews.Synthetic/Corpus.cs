using System.Collections.Generic;

namespace StructuredNews.Synthetic
{
    /// <summary>
    /// A synthetic corpus in memory: the shape of the YAML annotations (ids for references, evidence as quote plus
    /// where the generator of this corpus put it in the text). Written out by <see cref="CorpusWriter"/>.
    /// </summary>
    public sealed class Corpus
    {
        public Corpus(string id, string title, int seed, IReadOnlyList<SynActor> actors, IReadOnlyList<SynPlace> places,
            IReadOnlyList<SynTopic> topics, IReadOnlyList<SynCluster> clusters, IReadOnlyList<SynArticle> articles)
        {
            Id = id;
            Title = title;
            Seed = seed;
            Actors = actors;
            Places = places;
            Topics = topics;
            Clusters = clusters;
            Articles = articles;
        }

        public string Id { get; }

        public string Title { get; }

        public int Seed { get; }

        public IReadOnlyList<SynActor> Actors { get; }

        public IReadOnlyList<SynPlace> Places { get; }

        public IReadOnlyList<SynTopic> Topics { get; }

        /// <summary>Stories: a few consecutive articles that report the same events (one events file each).</summary>
        public IReadOnlyList<SynCluster> Clusters { get; }

        public IReadOnlyList<SynArticle> Articles { get; }
    }

    public sealed record SynActor(string Id, ActorKind Kind, string Name, string? DanishName, IReadOnlyList<string> Aliases, string Description);

    public sealed record SynPlace(string Id, PlaceKind Kind, string Name, string? DanishName, string? Within, double Lat, double Lon);

    public sealed record SynTopic(string Id, string Name, string DanishName, string Description);

    public sealed record SynParticipant(string Actor, ParticipantRole Role);

    /// <summary>Where a quote is in its article: <see cref="Occurrence"/> is set when the quote occurs more than once.</summary>
    public sealed record SynEvidence(string Article, string Quote, int Start, int? Occurrence);

    public sealed record SynReport(SynEvidence Evidence, string? ClaimedBy);

    public sealed record SynEvent(string Id, EventSubType SubType, string Summary, NewsDate Start, NewsDate? End, string Place,
        IReadOnlyList<SynParticipant> Participants)
    {
        /// <summary>Filled as the cluster's articles are written: one report per article.</summary>
        public List<SynReport> Reports { get; } = new List<SynReport>();
    }

    public sealed record SynCluster(int Index, IReadOnlyList<SynEvent> Events);

    public sealed record SynFigure(string Id, Measure Measure, string Subject, string Value, Qualifier Qualifier, decimal? Low, decimal? High,
        string Unit, NewsDate AsOf, string ClaimedBy, IReadOnlyList<string> Via, string? Event, string Place, string? Note, SynEvidence Evidence);

    public sealed record SynStatement(string Id, string Speaker, string Text, NewsDate Date, string? Event, SynEvidence Evidence);

    public sealed record SynIgnore(string Text, string Reason);

    /// <param name="Seed">The text file's name (<c>00001.txt</c>).</param>
    public sealed record SynArticle(int Number, string Id, string Seed, string Language, string Title, string Publisher, NewsDate Published,
        string Text, IReadOnlyList<SynFigure> Figures, IReadOnlyList<SynStatement> Statements, IReadOnlyList<SynIgnore> Ignores);
}
