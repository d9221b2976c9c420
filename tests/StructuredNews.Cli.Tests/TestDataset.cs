using System;
using System.Collections.Generic;
using System.Security.Cryptography;
using System.Text;

namespace StructuredNews.Cli.Tests
{
    /// <summary>
    /// A small hand-built dataset: two articles (English, Danish), actors with aliases in two languages and
    /// accents, a place hierarchy, events with ranges and every precision, two conflicting groups of figures, and
    /// statements.
    /// </summary>
    internal static class TestDataset
    {
        public const string EnglishText =
            "Eight security officers killed\n"
            + "The interior ministry said eight security officers had been killed, Sputnik reported. "
            + "Protesters stormed the city hall in Almaty on Wednesday and set it on fire. "
            + "Protests began in Zhanaozen at the weekend. Zhanaozen residents joined them. "
            + "Fuel prices rose in January. LPG now costs 120 tenge per litre. "
            + "A total of 317 officers were injured in Almaty. "
            + "President Tokayev called them \"terrorists\" in a televised address.";

        public const string DanishText =
            "Kaos i Kasakhstan\n"
            + "Mindst 12 betjente er dræbt, oplyser indenrigsministeriet ifølge TASS og Sputnik. "
            + "Demonstranter stormede borgmesterkontoret i Almaty. "
            + "Russiske tropper ankommer torsdag og fredag. "
            + "Gassen kostede omkring 60 tenge. "
            + "Demonstranterne råbte \"Shal ket!\" i gaderne.";

        public static NewsDataset Build()
        {
            var en = new Article("art-en", "000_en.txt", "en", "Eight security officers killed", "Example Wire",
                new NewsDate(2022, 1, 6), DateSource.Stated, "https://example.org/a", EnglishText, Sha256(EnglishText));
            var da = new Article("art-da", "001_da.txt", "da", "Kaos i Kasakhstan", null, null, null, null, DanishText, Sha256(DanishText));

            return new NewsDatasetBuilder("test-2022", "Test unrest 2022")
                .Add(en)
                .Add(da)
                .Add(new Actor("tokayev", ActorKind.Person, "Kassym-Jomart Tokayev",
                    Names(("en", "Kassym-Jomart Tokayev"), ("da", "Kassym-Jomart Tokajev")),
                    new[] { "Tokayev", "Kassym-Shomart Tokayev", "Qasym-Jōmart Toqaev" }))
                .Add(new Actor("interior-ministry", ActorKind.GovernmentBody, "Interior Ministry",
                    Names(("da", "indenrigsministeriet")), new[] { "Ministry of Internal Affairs" }))
                .Add(new Actor("security-forces", ActorKind.SecurityForce, "Kazakh security forces", null,
                    new[] { "security officers", "betjente" }))
                .Add(new Actor("sputnik", ActorKind.Media, "Sputnik"))
                .Add(new Actor("tass", ActorKind.Media, "TASS"))
                .Add(new Actor("protesters", ActorKind.Protesters, "Protesters", Names(("da", "Demonstranter"))))
                .Add(new Actor("almaty-akimat", ActorKind.GovernmentBody, "Almaty city administration", null, new[] { "Almaty" }))
                .Add(new Place("kazakhstan", PlaceKind.Country, "Kazakhstan", Names(("da", "Kasakhstan")), null, null, 48.0, 68.0))
                .Add(new Place("almaty", PlaceKind.City, "Almaty", null, new[] { "Alma-Ata" }, "kazakhstan", 43.25, 76.95))
                .Add(new Place("almaty-city-hall", PlaceKind.Site, "Almaty City Hall", Names(("da", "borgmesterkontoret")), null, "almaty"))
                .Add(new Place("zhanaozen", PlaceKind.City, "Zhanaozen", null, new[] { "Zhanaözen", "Janaozen" }, "kazakhstan", 43.34, 52.86))
                .Add(new Topic("lpg", "Liquefied petroleum gas", null, new[] { "LPG" }))
                // Declared out of chronological order on purpose.
                .Add(new Event("city-hall-stormed", EventSubType.ViolentDemonstration, "Protesters storm and set fire to Almaty city hall.",
                    new NewsDate(2022, 1, 5), null, DatePrecision.Day, "almaty-city-hall",
                    new[] { new Participant("protesters", ParticipantRole.Initiator), new Participant("security-forces", ParticipantRole.Target) },
                    new[] { "zhanaozen-protest" },
                    new[] { Report(en, "Protesters stormed the city hall in Almaty"), Report(da, "Demonstranter stormede borgmesterkontoret", "tass", "sputnik") }))
                .Add(new Event("troops-arrive", EventSubType.ChangeToGroupActivity, "Russian troops arrive.",
                    new NewsDate(2022, 1, 6), new NewsDate(2022, 1, 7), DatePrecision.Day, "kazakhstan", null, null,
                    new[] { Report(da, "Russiske tropper ankommer torsdag og fredag") }))
                .Add(new Event("zhanaozen-protest", EventSubType.PeacefulProtest, "Protests begin in Zhanaozen.",
                    new NewsDate(2022, 1, 2), null, DatePrecision.Approximate, "zhanaozen",
                    new[] { new Participant("protesters", ParticipantRole.Initiator) }, null,
                    new[] { Report(en, "Protests began in Zhanaozen at the weekend"), Report(en, "Zhanaozen residents joined them") }))
                .Add(new Event("fuel-price-rise", EventSubType.Other, "Fuel prices rise.",
                    new NewsDate(2022, 1, 1), null, DatePrecision.Month, null, null, null,
                    new[] { Report(en, "Fuel prices rose in January") }))
                .Add(new Figure("killed-8", Measure.Killed, "security-forces", "eight", Qualifier.Exact, 8m, 8m, "people",
                    new NewsDate(2022, 1, 5), "interior-ministry", new[] { "sputnik" }, "city-hall-stormed", null, null,
                    Quote(en, "eight security officers had been killed")))
                .Add(new Figure("killed-12", Measure.Killed, "security-forces", "12", Qualifier.AtLeast, 12m, null, "people",
                    new NewsDate(2022, 1, 6), "interior-ministry", new[] { "tass", "sputnik" }, null, "kazakhstan", null,
                    Quote(da, "Mindst 12 betjente er dræbt")))
                .Add(new Figure("injured-317", Measure.Injured, "security-forces", "317", Qualifier.Exact, 317m, 317m, "people",
                    new NewsDate(2022, 1, 6), "interior-ministry", null, null, "almaty", null,
                    Quote(en, "317 officers were injured")))
                .Add(new Figure("lpg-120", Measure.Price, "lpg", "120", Qualifier.Exact, 120.0m, 120.0m, "KZT per litre",
                    null, null, null, null, null, "scale kept on purpose",
                    Quote(en, "LPG now costs 120 tenge per litre")))
                .Add(new Figure("lpg-60", Measure.Price, "lpg", "60", Qualifier.About, 55m, 65m, "KZT per litre",
                    new NewsDate(2022, 1, 1), null, null, null, null, null,
                    Quote(da, "omkring 60 tenge")))
                .Add(new Statement("tokayev-terrorists", "tokayev", "terrorists", new NewsDate(2022, 1, 7), "troops-arrive",
                    Quote(en, "President Tokayev called them \"terrorists\" in a televised address")))
                .Add(new Statement("shal-ket", "protesters", "Shal ket!", null, null, Quote(da, "Demonstranterne råbte \"Shal ket!\"")))
                .Build();
        }

        private static Evidence Quote(Article article, string quote)
        {
            var start = article.Text.IndexOf(quote, StringComparison.Ordinal);
            if (start < 0)
            {
                throw new InvalidOperationException("Quote not in " + article.Id + ": " + quote);
            }

            return new Evidence(article.Id, quote, start, quote.Length);
        }

        private static EventReport Report(Article article, string quote, string? claimedBy = null, params string[] via)
        {
            var evidence = Quote(article, quote);
            return new EventReport(article.Id, quote, evidence.Start, evidence.Length, claimedBy, via);
        }

        private static IReadOnlyDictionary<string, string> Names(params (string Language, string Name)[] names)
        {
            var result = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var (language, name) in names)
            {
                result.Add(language, name);
            }

            return result;
        }

        private static string Sha256(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }
}
