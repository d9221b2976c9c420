using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Security.Cryptography;
using System.Text;

namespace StructuredNews.Synthetic
{
    /// <summary>Builds the runtime <see cref="NewsDataset"/> of a corpus by hand (what the generated code would build).</summary>
    public static class CorpusDataset
    {
        public static NewsDataset Build(Corpus corpus)
        {
            var b = new NewsDatasetBuilder(corpus.Id, corpus.Title);
            foreach (var a in corpus.Actors)
            {
                b.Add(new Actor(a.Id, a.Kind, a.Name, Names(a.Name, a.DanishName), a.Aliases.Count == 0 ? null : a.Aliases.ToArray(), null, a.Description));
            }

            foreach (var p in corpus.Places)
            {
                b.Add(new Place(p.Id, p.Kind, p.Name, Names(p.Name, p.DanishName), null, p.Within, p.Lat, p.Lon));
            }

            foreach (var t in corpus.Topics)
            {
                b.Add(new Topic(t.Id, t.Name, Names(t.Name.ToLowerInvariant(), t.DanishName), null, t.Description));
            }

            foreach (var e in corpus.Clusters.SelectMany(c => c.Events))
            {
                b.Add(new Event(e.Id, e.SubType, e.Summary, e.Start, e.End, DatePrecision.Day, e.Place,
                    e.Participants.Select(p => new Participant(p.Actor, p.Role)).ToArray(), null,
                    e.Reports.Select(r => new EventReport(r.Evidence.Article, r.Evidence.Quote, r.Evidence.Start, r.Evidence.Quote.Length, r.ClaimedBy)).ToArray()));
            }

            foreach (var a in corpus.Articles)
            {
                b.Add(new Article(a.Id, a.Seed, a.Language, a.Title, a.Publisher, a.Published, DateSource.Inferred, null, a.Text, Sha256(a.Text)));
                foreach (var f in a.Figures)
                {
                    b.Add(new Figure(f.Id, f.Measure, f.Subject, f.Value, f.Qualifier, f.Low, f.High, f.Unit, f.AsOf, f.ClaimedBy,
                        f.Via.Count == 0 ? null : f.Via.ToArray(), f.Event, f.Place, f.Note, Evidence(f.Evidence)));
                }

                foreach (var s in a.Statements)
                {
                    b.Add(new Statement(s.Id, s.Speaker, s.Text, s.Date, s.Event, Evidence(s.Evidence)));
                }
            }

            return b.Build();
        }

        private static Evidence Evidence(SynEvidence e) => new Evidence(e.Article, e.Quote, e.Start, e.Quote.Length);

        private static IReadOnlyDictionary<string, string>? Names(string en, string? da) =>
            da == null ? null : new Dictionary<string, string> { ["en"] = en, ["da"] = da };

        /// <summary>Lowercase hex SHA-256 of the UTF-8 text, as the generator computes it.</summary>
        public static string Sha256(string text)
        {
            var hash = SHA256.HashData(Encoding.UTF8.GetBytes(text));
            var hex = new StringBuilder(hash.Length * 2);
            foreach (var x in hash)
            {
                hex.Append(x.ToString("x2", CultureInfo.InvariantCulture));
            }

            return hex.ToString();
        }
    }
}
