using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace StructuredNews.Synthetic
{
    /// <summary>
    /// Generates a synthetic corpus that validates clean: every number in a text lies inside a figure's quote or an
    /// ignored passage, and every pool name in a text is referenced by that article's annotations. Deterministic
    /// for a given (articles, seed): one <see cref="Random"/> seeded once, consumed in a fixed order.
    /// <para>
    /// Density per article: about 40 figures, 10 event reports, 5 statements and one ignored passage over roughly
    /// 5 KB of text; every 10th article (from the 8th) is Danish. Articles come in stories of three that report the
    /// same ten events. Pools grow with N: 50 + N/2 actors and 20 + N/5 places, named with invented words that occur
    /// nowhere else.
    /// </para>
    /// </summary>
    public static class CorpusGenerator
    {
        public const int ArticlesPerCluster = 3;
        public const int EventsPerCluster = 10;
        public const int FiguresPerArticle = 40;
        public const int StatementsPerArticle = 5;

        private static readonly NewsDate Epoch = new NewsDate(2021, 1, 4);

        public static Corpus Generate(int articles, int seed)
        {
            if (articles < 1)
            {
                throw new ArgumentOutOfRangeException(nameof(articles), "At least one article.");
            }

            var random = new Random(seed);
            var names = new NameForge(random);
            var actors = MakeActors(names, 50 + (articles / 2));
            var places = MakePlaces(random, names, 20 + (articles / 5));
            var topics = Topics;
            var clusters = new List<SynCluster>();
            var list = new List<SynArticle>();
            var clusterCount = (articles + ArticlesPerCluster - 1) / ArticlesPerCluster;
            for (var c = 0; c < clusterCount; c++)
            {
                var cast = Cast.Pick(random, actors, places);
                var baseDate = Epoch.AddDays(c * 2);
                var events = MakeEvents(random, c, baseDate, cast);
                clusters.Add(new SynCluster(c, events.Select(e => e.Event).ToArray()));
                for (var k = 0; k < ArticlesPerCluster && list.Count < articles; k++)
                {
                    var number = list.Count + 1;
                    list.Add(ArticleWriter.Write(random, number, k, baseDate.AddDays(7 + k), cast, events, topics));
                }
            }

            return new Corpus(
                "synthetic-" + articles.ToString(CultureInfo.InvariantCulture),
                "Synthetic corpus of " + articles.ToString(CultureInfo.InvariantCulture) + " articles (seed " + seed.ToString(CultureInfo.InvariantCulture) + ")",
                seed, actors, places, topics, clusters, list);
        }

        private static readonly IReadOnlyList<SynTopic> Topics = new[]
        {
            new SynTopic("diesel", "Diesel", "diesel", "Road fuel whose price the articles follow."),
            new SynTopic("bread", "Bread", "brød", "Staple food whose price the articles follow."),
            new SynTopic("heating-oil", "Heating oil", "fyringsolie", "Household fuel whose price the articles follow."),
        };

        // Kinds of actor: English name suffix, Danish name pattern ({0} = the invented word), description.
        private static readonly (ActorKind Kind, string En, string Da, string What)[] ActorKinds =
        {
            (ActorKind.GovernmentBody, "{0} Ministry", "{0}-ministeriet", "A ministry"),
            (ActorKind.SecurityForce, "{0} Guard", "{0}-garden", "A security force"),
            (ActorKind.Protesters, "{0} Movement", "{0}-bevægelsen", "A protest movement"),
            (ActorKind.PoliticalParty, "{0} Party", "{0}-partiet", "A political party"),
            (ActorKind.Media, "{0} Herald", "{0} Herald", "A news outlet"),
            (ActorKind.Company, "{0} Energy", "{0} Energy", "A company"),
            (ActorKind.Civilians, "{0} Residents Council", "{0}-beboerrådet", "A residents' body"),
        };

        private static List<SynActor> MakeActors(NameForge names, int count)
        {
            var result = new List<SynActor>(count);
            for (var i = 0; i < count; i++)
            {
                // Every third actor is a person; the rest cycle through the kinds of bodies (so each kind exists).
                if (i % 3 == 2)
                {
                    var given = names.Next();
                    var family = names.Next();
                    var name = given + " " + family;
                    result.Add(new SynActor(Kebab(name), ActorKind.Person, name, null, new[] { "Minister " + family },
                        "An invented official."));
                }
                else
                {
                    var kind = ActorKinds[(i - (i / 3)) % ActorKinds.Length];
                    var word = names.Next();
                    var name = string.Format(CultureInfo.InvariantCulture, kind.En, word);
                    var da = string.Format(CultureInfo.InvariantCulture, kind.Da, word);
                    result.Add(new SynActor(Kebab(name), kind.Kind, name, da == name ? null : da, Array.Empty<string>(), kind.What + " (invented)."));
                }
            }

            return result;
        }

        private static List<SynPlace> MakePlaces(Random random, NameForge names, int count)
        {
            var result = new List<SynPlace>(count);
            var country = names.Next();
            result.Add(new SynPlace(Kebab(country), PlaceKind.Country, country, null, null, 45.0, 20.0));
            var regions = Math.Max(2, count / 5);
            for (var i = 1; i < count; i++)
            {
                var word = names.Next();
                var lat = Math.Round(40 + (random.NextDouble() * 10), 2);
                var lon = Math.Round(15 + (random.NextDouble() * 10), 2);
                if (i <= regions)
                {
                    var name = word + " Province";
                    result.Add(new SynPlace(Kebab(name), PlaceKind.Region, name, word + "-provinsen", result[0].Id, lat, lon));
                }
                else
                {
                    var region = result[1 + random.Next(regions)];
                    result.Add(new SynPlace(Kebab(word), PlaceKind.City, word, null, region.Id, lat, lon));
                }
            }

            return result;
        }

        private static List<ClusterEvent> MakeEvents(Random random, int cluster, NewsDate baseDate, Cast cast)
        {
            var events = new List<ClusterEvent>(EventsPerCluster);
            for (var k = 0; k < EventsPerCluster; k++)
            {
                var template = EventTemplates.All[random.Next(EventTemplates.All.Count)];
                var place = cast.Places[random.Next(cast.Places.Count)];
                var a = cast.Bodies[random.Next(cast.Bodies.Count)];
                var b = cast.Bodies[random.Next(cast.Bodies.Count)];
                if (b == a)
                {
                    b = cast.Bodies[(cast.Bodies.IndexOf(a) + 1) % cast.Bodies.Count];
                }

                var start = baseDate.AddDays(random.Next(7));
                NewsDate? end = random.Next(4) == 0 ? start.AddDays(1 + random.Next(3)) : null;
                var participants = new List<SynParticipant> { new SynParticipant(a.Id, ParticipantRole.Initiator) };
                if (template.TwoActors)
                {
                    participants.Add(new SynParticipant(b.Id, ParticipantRole.Target));
                }

                var id = "e" + (cluster + 1).ToString("D4", CultureInfo.InvariantCulture) + "-" + (k + 1).ToString("D2", CultureInfo.InvariantCulture);
                var summary = template.Summary(a.Name, b.Name, place.Name);
                events.Add(new ClusterEvent(new SynEvent(id, template.SubType, summary, start, end, place.Id, participants), template, a, b, place));
            }

            return events;
        }

        internal static string Kebab(string name)
        {
            var folded = NameKey.Fold(name);
            return folded.Replace(' ', '-');
        }
    }

    /// <summary>The invented words names are made of: unique, capitalised, at least three syllables, never English or Danish.</summary>
    internal sealed class NameForge
    {
        private static readonly string[] Onsets = { "b", "d", "g", "k", "l", "m", "n", "r", "s", "v", "z", "br", "dr", "gr", "kr", "tr", "sk", "st", "vr", "zh" };
        private static readonly string[] Vowels = { "a", "e", "i", "o", "u", "ai", "ou" };
        private static readonly string[] Endings = { "ath", "ovel", "isk", "aren", "orin", "usk", "eval", "imor", "ask", "ennor" };

        private readonly Random random;
        private readonly HashSet<string> used = new HashSet<string>(StringComparer.OrdinalIgnoreCase);

        public NameForge(Random random) => this.random = random;

        public string Next()
        {
            while (true)
            {
                var word = Onsets[random.Next(Onsets.Length)] + Vowels[random.Next(Vowels.Length)] +
                    Onsets[random.Next(Onsets.Length)] + Vowels[random.Next(Vowels.Length)] +
                    (random.Next(3) == 0 ? Onsets[random.Next(Onsets.Length)] + Vowels[random.Next(Vowels.Length)] : "") +
                    Endings[random.Next(Endings.Length)];
                word = char.ToUpperInvariant(word[0]) + word.Substring(1);
                if (used.Add(word))
                {
                    return word;
                }
            }
        }
    }

    /// <summary>The actors and places one story draws on.</summary>
    internal sealed class Cast
    {
        private Cast(List<SynActor> bodies, List<SynActor> people, List<SynActor> media, List<SynPlace> places)
        {
            Bodies = bodies;
            People = people;
            Media = media;
            Places = places;
        }

        public List<SynActor> Bodies { get; }

        public List<SynActor> People { get; }

        public List<SynActor> Media { get; }

        public List<SynPlace> Places { get; }

        public static Cast Pick(Random random, IReadOnlyList<SynActor> actors, IReadOnlyList<SynPlace> places)
        {
            var bodies = Sample(random, actors.Where(a => a.Kind != ActorKind.Person && a.Kind != ActorKind.Media).ToList(), 6);
            var people = Sample(random, actors.Where(a => a.Kind == ActorKind.Person).ToList(), 3);
            var media = Sample(random, actors.Where(a => a.Kind == ActorKind.Media).ToList(), 2);
            var where = Sample(random, places.Skip(1).ToList(), 4);
            return new Cast(bodies, people, media, where);
        }

        private static List<T> Sample<T>(Random random, List<T> pool, int count)
        {
            var result = new List<T>(count);
            var taken = new HashSet<int>();
            while (result.Count < Math.Min(count, pool.Count))
            {
                var i = random.Next(pool.Count);
                if (taken.Add(i))
                {
                    result.Add(pool[i]);
                }
            }

            return result;
        }
    }

    /// <summary>A generated event with what its report sentences need.</summary>
    internal sealed record ClusterEvent(SynEvent Event, EventTemplate Template, SynActor A, SynActor B, SynPlace Place);

    /// <summary>
    /// One kind of event: its sub-type, an English summary, and three phrasings per language ({A}, {B} = actor
    /// names, {P} = place name). No phrasing holds a number or a number word.
    /// </summary>
    internal sealed record EventTemplate(EventSubType SubType, bool TwoActors, string SummaryPattern, string[] English, string[] Danish)
    {
        public string Summary(string a, string b, string place) => Fill(SummaryPattern, a, b, place);

        public static string Fill(string pattern, string a, string b, string place) =>
            pattern.Replace("{A}", a).Replace("{B}", b).Replace("{P}", place);
    }

    internal static class EventTemplates
    {
        public static readonly IReadOnlyList<EventTemplate> All = new[]
        {
            new EventTemplate(EventSubType.PeacefulProtest, false, "Supporters of the {A} marched peacefully through {P}.",
                new[] { "Supporters of the {A} marched through the centre of {P}.", "A peaceful march organised by the {A} filled the streets of {P}.", "In {P}, the {A} led a quiet procession past the town hall." },
                new[] { "Tilhængere af {A} gik gennem centrum af {P}.", "En fredelig march arrangeret af {A} fyldte gaderne i {P}.", "I {P} førte {A} et stille optog forbi rådhuset." }),
            new EventTemplate(EventSubType.ViolentDemonstration, true, "Demonstrators led by the {A} clashed with the {B} in {P}.",
                new[] { "Demonstrators from the {A} clashed with the {B} in {P}.", "Stones were thrown when the {A} confronted the {B} in {P}.", "The {B} fired tear gas at members of the {A} in {P}." },
                new[] { "Demonstranter fra {A} stødte sammen med {B} i {P}.", "Der blev kastet sten, da {A} konfronterede {B} i {P}.", "{B} affyrede tåregas mod medlemmer af {A} i {P}." }),
            new EventTemplate(EventSubType.Arrests, true, "The {A} detained organisers linked to the {B} in {P}.",
                new[] { "The {A} detained organisers linked to the {B} in {P}.", "Organisers close to the {B} were taken into custody by the {A} in {P}.", "Arrests of {B} activists by the {A} were reported from {P}." },
                new[] { "{A} anholdt arrangører med forbindelse til {B} i {P}.", "Arrangører tæt på {B} blev anholdt af {A} i {P}.", "Der blev meldt om anholdelser af aktivister fra {B} foretaget af {A} i {P}." }),
            new EventTemplate(EventSubType.ArmedClash, true, "Fighting broke out between the {A} and the {B} near {P}.",
                new[] { "Fighting broke out between the {A} and the {B} near {P}.", "Gunfire was heard as the {A} and the {B} fought outside {P}.", "Residents of {P} sheltered indoors while the {A} battled the {B}." },
                new[] { "Der udbrød kampe mellem {A} og {B} nær {P}.", "Der lød skud, da {A} og {B} kæmpede uden for {P}.", "Beboere i {P} søgte ly, mens {A} kæmpede mod {B}." }),
            new EventTemplate(EventSubType.LootingPropertyDestruction, false, "Shops were looted in {P}; the {A} blamed rioters.",
                new[] { "Shops were looted in {P}, and the {A} blamed rioters.", "Windows of stores in {P} were smashed, the {A} said.", "Looting spread through the markets of {P}, according to the {A}." },
                new[] { "Butikker blev plyndret i {P}, og {A} gav uromagere skylden.", "Butiksruder i {P} blev smadret, oplyste {A}.", "Plyndringer bredte sig i markederne i {P} ifølge {A}." }),
            new EventTemplate(EventSubType.Agreement, true, "The {A} and the {B} signed an agreement in {P}.",
                new[] { "The {A} and the {B} signed an agreement in {P}.", "In {P}, leaders of the {A} and the {B} agreed on a truce.", "A deal between the {A} and the {B} was announced in {P}." },
                new[] { "{A} og {B} underskrev en aftale i {P}.", "I {P} blev ledere af {A} og {B} enige om en våbenhvile.", "En aftale mellem {A} og {B} blev offentliggjort i {P}." }),
            new EventTemplate(EventSubType.ChangeToGroupActivity, false, "The {A} announced a curfew in {P}.",
                new[] { "The {A} announced a curfew in {P}.", "A night curfew in {P} was ordered by the {A}.", "Streets in {P} emptied after the {A} imposed a curfew." },
                new[] { "{A} indførte udgangsforbud i {P}.", "Et natligt udgangsforbud i {P} blev beordret af {A}.", "Gaderne i {P} blev tomme, efter at {A} indførte udgangsforbud." }),
        };
    }
}
