using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace StructuredNews.Synthetic
{
    /// <summary>
    /// Writes one article: its sentences (each the quote of one figure, event report or statement, plus one ignored
    /// timestamp and a little filler), shuffled into paragraphs, and the annotations pointing into the text.
    /// </summary>
    internal static class ArticleWriter
    {
        private static readonly CultureInfo En = CultureInfo.GetCultureInfo("en-US");
        private static readonly CultureInfo Da = CultureInfo.GetCultureInfo("da-DK");

        private static readonly string[] EnglishWeekdays = { "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday" };
        private static readonly string[] DanishWeekdays = { "mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag" };
        private static readonly string[] EnglishNumberWords = { "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve" };
        private static readonly string[] DanishNumberWords = { "to", "tre", "fire", "fem", "seks", "syv", "otte", "ni", "ti", "elleve", "tolv" };

        private enum SubjectKind
        {
            Place,
            Body,
            Topic,
        }

        // Measure, unit, what the subject is, the English and Danish sentence cores ({Q} quantity, {S} subject,
        // {P} place, {W} weekday, {N} a price). Cores hold no number other than {Q}/{N} and no name other than the slots.
        private static readonly (Measure Measure, string Unit, SubjectKind Subject, string En, string Da)[] FigureTemplates =
        {
            (Measure.Killed, "people", SubjectKind.Place, "{Q} people were killed in {P} on {W}", "{Q} mennesker blev dræbt i {P} {W}"),
            (Measure.Injured, "people", SubjectKind.Body, "{Q} members of {S} were injured in {P}", "{Q} medlemmer af {S} blev såret i {P}"),
            (Measure.Arrested, "people", SubjectKind.Place, "{Q} people were arrested in {P} on {W}", "{Q} personer blev anholdt i {P} {W}"),
            (Measure.Participants, "people", SubjectKind.Body, "{Q} supporters of {S} gathered in {P} on {W}", "{Q} tilhængere af {S} samledes i {P} {W}"),
            (Measure.Deployed, "people", SubjectKind.Body, "{Q} officers of {S} were sent to {P}", "{Q} betjente fra {S} blev sendt til {P}"),
            (Measure.Count, "buildings", SubjectKind.Place, "{Q} buildings were damaged in {P}", "{Q} bygninger blev beskadiget i {P}"),
            (Measure.Attacked, "shops", SubjectKind.Place, "{Q} shops were attacked in {P} on {W}", "{Q} butikker blev angrebet i {P} {W}"),
            (Measure.Price, "crowns per litre", SubjectKind.Topic, "the price of {T} in {P} rose to {N} crowns per litre", "prisen på {T} i {P} steg til {N} kroner pr. liter"),
        };

        private static readonly string[] EnglishStatements =
        {
            "We will restore order in every district", "Our members only want to be heard", "The investigation will continue until the facts are known",
            "Nobody is above the law", "We call on all sides to stay calm", "These are difficult days for our country", "The people deserve answers",
            "We did not start this conflict",
        };

        private static readonly string[] DanishStatements =
        {
            "Vi vil genoprette ro og orden i alle bydele", "Vores medlemmer vil blot høres", "Efterforskningen fortsætter, indtil fakta er kendt",
            "Ingen står over loven", "Vi opfordrer alle parter til at bevare roen", "Det er svære dage for vores land", "Befolkningen fortjener svar",
            "Vi startede ikke denne konflikt",
        };

        private static readonly string[] EnglishFiller =
        {
            "The situation remained tense throughout the day.", "Officials gave few further details.", "Independent verification was not possible.",
            "Schools and offices stayed closed.", "Traffic into the city centre was diverted.", "Calls for calm were repeated on state television.",
        };

        private static readonly string[] DanishFiller =
        {
            "Situationen var fortsat anspændt hele dagen.", "Myndighederne gav kun få yderligere detaljer.", "Oplysningerne kunne ikke bekræftes uafhængigt.",
            "Skoler og kontorer holdt lukket.", "Trafikken til bymidten blev omdirigeret.", "Statstelevisionen gentog opfordringerne til ro.",
        };

        private sealed class Sentence
        {
            public Sentence(string text, Action<SynEvidence>? record)
            {
                Text = text;
                Record = record;
            }

            public string Text { get; }

            public Action<SynEvidence>? Record { get; }

            public int Start { get; set; }
        }

        public static SynArticle Write(Random random, int number, int indexInCluster, NewsDate published, Cast cast, IReadOnlyList<ClusterEvent> events, IReadOnlyList<SynTopic> topics)
        {
            var danish = number % 10 == 8;
            var language = danish ? "da" : "en";
            var id = "article-" + number.ToString("D5", CultureInfo.InvariantCulture);
            var tag = number.ToString("D5", CultureInfo.InvariantCulture);
            var sentences = new List<Sentence>();
            var figures = new SynFigure?[CorpusGenerator.FiguresPerArticle];
            var statements = new SynStatement?[CorpusGenerator.StatementsPerArticle];
            var reports = new (SynEvent Event, string? ClaimedBy, SynEvidence? Evidence)[events.Count];

            for (var k = 0; k < events.Count; k++)
            {
                var e = events[k];
                var variant = (indexInCluster + k) % 3;
                var pattern = (danish ? e.Template.Danish : e.Template.English)[variant];
                var text = Capitalise(EventTemplate.Fill(pattern, danish ? e.A.DanishName ?? e.A.Name : e.A.Name, danish ? e.B.DanishName ?? e.B.Name : e.B.Name, PlaceName(e.Place, danish)));
                string? claimedBy = null;
                if (random.Next(4) == 0)
                {
                    var medium = cast.Media[random.Next(cast.Media.Count)];
                    claimedBy = medium.Id;
                    text = text.Substring(0, text.Length - 1) + (danish ? ", skriver " + Name(medium, true, false) + "." : ", " + Name(medium, false, false) + " reported.");
                }

                var slot = k;
                reports[slot] = (e.Event, claimedBy, null);
                sentences.Add(new Sentence(text, ev => reports[slot].Evidence = ev));
            }

            for (var f = 0; f < figures.Length; f++)
            {
                var slot = f;
                var figure = MakeFigure(random, id, tag, f, danish, published, cast, events, topics);
                sentences.Add(new Sentence(figure.Text, ev => figures[slot] = figure.Figure with { Evidence = ev }));
            }

            for (var s = 0; s < statements.Length; s++)
            {
                var slot = s;
                var speaker = cast.People[random.Next(cast.People.Count)];
                var words = (danish ? DanishStatements : EnglishStatements)[random.Next(EnglishStatements.Length)];
                var said = danish ? "»" + words + ",« siger " + speaker.Name + "." : "“" + words + ",” said " + speaker.Name + ".";
                var eventId = random.Next(2) == 0 ? events[random.Next(events.Count)].Event.Id : null;
                var statementId = "s" + tag + "-" + (s + 1).ToString(CultureInfo.InvariantCulture);
                sentences.Add(new Sentence(said, ev => statements[slot] = new SynStatement(statementId, speaker.Id, words + ",", published, eventId, ev)));
            }

            var hour = random.Next(6, 23).ToString("D2", CultureInfo.InvariantCulture);
            var minute = random.Next(60).ToString("D2", CultureInfo.InvariantCulture);
            var stamp = danish ? hour + "." + minute : hour + ":" + minute;
            sentences.Add(new Sentence(danish ? "Artiklen blev senest opdateret kl. " + stamp + "." : "This report was last updated at " + stamp + ".", null));
            var filler = danish ? DanishFiller : EnglishFiller;
            for (var i = 0; i < 3; i++)
            {
                sentences.Add(new Sentence(filler[random.Next(filler.Length)], null));
            }

            Shuffle(random, sentences);
            var body = new StringBuilder(6000);
            for (var i = 0; i < sentences.Count; i++)
            {
                if (i > 0)
                {
                    body.Append(i % 4 == 0 ? "\n\n" : " ");
                }

                sentences[i].Start = body.Length;
                body.Append(sentences[i].Text);
            }

            body.Append('\n');
            var articleText = body.ToString();
            foreach (var sentence in sentences)
            {
                sentence.Record?.Invoke(new SynEvidence(id, sentence.Text, sentence.Start, OccurrenceOf(articleText, sentence.Text, sentence.Start)));
            }

            foreach (var report in reports)
            {
                report.Event.Reports.Add(new SynReport(report.Evidence!, report.ClaimedBy));
            }

            var first = events[0];
            var title = (danish ? "Uro i " : "Unrest in ") + first.Place.Name + ": " + first.Event.Summary.TrimEnd('.');
            var publisher = cast.Media[0].Name;
            return new SynArticle(number, id, tag + ".txt", language, title, publisher, published, articleText,
                figures.Select(f => f!).ToArray(), statements.Select(s => s!).ToArray(),
                new[] { new SynIgnore(stamp, danish ? "time the article was updated" : "time the report was updated") });
        }

        private static (SynFigure Figure, string Text) MakeFigure(Random random, string articleId, string tag, int index, bool danish, NewsDate published,
            Cast cast, IReadOnlyList<ClusterEvent> events, IReadOnlyList<SynTopic> topics)
        {
            var template = FigureTemplates[random.Next(FigureTemplates.Length)];
            var place = cast.Places[random.Next(cast.Places.Count)];
            var claimant = random.Next(3) == 0 ? cast.People[random.Next(cast.People.Count)] : cast.Bodies[random.Next(cast.Bodies.Count)];
            var body = cast.Bodies[random.Next(cast.Bodies.Count)];
            var topic = topics[random.Next(topics.Count)];
            var culture = danish ? Da : En;
            string quantity;
            string value;
            Qualifier qualifier;
            decimal? low;
            decimal? high;
            string price = "";
            if (template.Measure == Measure.Price)
            {
                var amount = (80 + random.Next(220)) / 10m;
                price = amount.ToString("0.0", culture);
                quantity = price;
                value = price;
                qualifier = Qualifier.Exact;
                low = high = amount;
            }
            else
            {
                (quantity, value, qualifier, low, high) = Quantity(random, danish, culture);
            }

            var subject = template.Subject switch
            {
                SubjectKind.Place => place.Id,
                SubjectKind.Body => body.Id,
                _ => topic.Id,
            };
            var core = (danish ? template.Da : template.En)
                .Replace("{Q}", quantity)
                .Replace("{N}", price)
                .Replace("{S}", Name(body, danish, false))
                .Replace("{T}", danish ? topic.DanishName : topic.Name.ToLowerInvariant())
                .Replace("{P}", PlaceName(place, danish))
                .Replace("{W}", (danish ? DanishWeekdays : EnglishWeekdays)[random.Next(7)]);
            var via = Array.Empty<string>();
            string tail;
            switch (random.Next(3))
            {
                case 0:
                    tail = danish ? ", oplyste " + Name(claimant, true, false) + "." : ", " + Name(claimant, false, false) + " said.";
                    break;
                case 1:
                    tail = danish ? " ifølge " + Name(claimant, true, false) + "." : ", according to " + Name(claimant, false, false) + ".";
                    break;
                default:
                    var medium = cast.Media[random.Next(cast.Media.Count)];
                    via = new[] { medium.Id };
                    tail = danish
                        ? ", skriver " + Name(medium, true, false) + " med henvisning til " + Name(claimant, true, false) + "."
                        : ", " + Name(medium, false, false) + " reported, citing " + Name(claimant, false, false) + ".";
                    break;
            }

            var text = Capitalise(core + tail);
            var eventId = random.Next(2) == 0 ? events[random.Next(events.Count)].Event.Id : null;
            var note = index % 4 == 0 ? "Synthetic figure " + (index + 1).ToString(CultureInfo.InvariantCulture) + " of " + articleId + "." : null;
            var figure = new SynFigure("f" + tag + "-" + (index + 1).ToString("D2", CultureInfo.InvariantCulture), template.Measure, subject, value, qualifier,
                low, high, template.Unit, published, claimant.Id, via, eventId, place.Id, note, new SynEvidence(articleId, text, -1, null));
            return (figure, text);
        }

        private static (string Quantity, string Value, Qualifier Qualifier, decimal? Low, decimal? High) Quantity(Random random, bool danish, CultureInfo culture)
        {
            var n = random.Next(8) switch
            {
                0 => 2 + random.Next(40),
                1 or 2 => 10 + random.Next(400),
                3 => 100 + (random.Next(50) * 10),
                _ => 1000 + (random.Next(200) * 50),
            };
            var digits = n.ToString("#,0", culture);
            switch (random.Next(9))
            {
                case 0:
                    var words = danish ? DanishNumberWords : EnglishNumberWords;
                    var w = random.Next(words.Length);
                    return (words[w], words[w], Qualifier.Exact, w + 2, w + 2);
                case 1:
                    return ((danish ? "mere end " : "more than ") + digits, digits, Qualifier.MoreThan, n, null);
                case 2:
                    return ((danish ? "omkring " : "about ") + digits, digits, Qualifier.About, Math.Floor(n * 0.9m), Math.Ceiling(n * 1.1m));
                case 3:
                    return ((danish ? "mindst " : "at least ") + digits, digits, Qualifier.AtLeast, n, null);
                case 4:
                    return ((danish ? "færre end " : "fewer than ") + digits, digits, Qualifier.FewerThan, null, n);
                case 5:
                    return (danish ? "dusinvis af" : "dozens of", danish ? "dusinvis" : "dozens", Qualifier.Dozens, 24, 99);
                case 6:
                    return (danish ? "hundredvis af" : "hundreds of", danish ? "hundredvis" : "hundreds", Qualifier.Hundreds, 200, 999);
                default:
                    return (digits, digits, Qualifier.Exact, n, n);
            }
        }

        // English refers to bodies with "the"; Danish names of bodies carry the definite suffix ("-ministeriet").
        private static string Name(SynActor actor, bool danish, bool start)
        {
            if (danish)
            {
                return actor.DanishName ?? actor.Name;
            }

            return actor.Kind == ActorKind.Person ? actor.Name : (start ? "The " : "the ") + actor.Name;
        }

        private static string PlaceName(SynPlace place, bool danish) => danish ? place.DanishName ?? place.Name : place.Name;

        private static string Capitalise(string sentence) =>
            sentence.Length == 0 || char.IsUpper(sentence[0]) ? sentence : char.ToUpperInvariant(sentence[0]) + sentence.Substring(1);

        private static int? OccurrenceOf(string text, string quote, int start)
        {
            var index = 0;
            var count = 0;
            for (var at = text.IndexOf(quote, StringComparison.Ordinal); at >= 0; at = text.IndexOf(quote, at + 1, StringComparison.Ordinal))
            {
                count++;
                if (at == start)
                {
                    index = count;
                }
            }

            if (index == 0)
            {
                throw new InvalidOperationException("A sentence is not where it was written.");
            }

            return count == 1 ? null : index;
        }

        private static void Shuffle<T>(Random random, List<T> list)
        {
            for (var i = list.Count - 1; i > 0; i--)
            {
                var j = random.Next(i + 1);
                (list[i], list[j]) = (list[j], list[i]);
            }
        }
    }
}
