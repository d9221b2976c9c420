using System.Collections.Generic;

namespace StructuredNews.Tests
{
    /// <summary>A small hand-built dataset: two articles about an invented flood in an invented town.</summary>
    internal static class SampleDataset
    {
        public const string EnglishText = "Floods hit Riverton on Monday. Eight people died, the mayor's office said. Later the ministry said at least 12 died.";
        public const string DanishText = "Oversvømmelser ramte Riverton mandag. Borgmester Åse Lindqvist sagde: »Vi klarer det.«";

        public static NewsDataset Build()
        {
            var builder = new NewsDatasetBuilder("sample", "Sample floods");
            builder.Add(new Article("art-en", "en.txt", "en", "Floods hit Riverton", "Example Times", new NewsDate(2030, 3, 5), DateSource.Stated, null, EnglishText, "00"));
            builder.Add(new Article("art-da", "da.txt", "da", "Oversvømmelser i Riverton", null, null, null, null, DanishText, "11"));
            builder.Add(new Actor("mayor-lindqvist", ActorKind.Person, "Åse Lindqvist",
                new Dictionary<string, string> { ["en"] = "Aase Lindqvist", ["da"] = "Åse Lindqvist" }, new[] { "Mayor Lindqvist", "Borgmester Lindqvist" },
                new[] { new ActorRole("Mayor of Riverton", "riverton", new NewsDate(2028, 1, 1)) }));
            builder.Add(new Actor("ministry", ActorKind.GovernmentBody, "Ministry of Water", aliases: new[] { "the ministry" }));
            builder.Add(new Actor("residents", ActorKind.Civilians, "Residents of Riverton"));
            builder.Add(new Place("country", PlaceKind.Country, "Examplia"));
            builder.Add(new Place("valley", PlaceKind.Region, "Green Valley", withinId: "country"));
            builder.Add(new Place("riverton", PlaceKind.City, "Riverton", aliases: new[] { "Rivertown" }, withinId: "valley", latitude: 1.5, longitude: 2.5));
            builder.Add(new Topic("water-level", "Water level"));
            builder.Add(new Event("rain", EventSubType.Other, "Heavy rain falls.", new NewsDate(2030, 3, 1), new NewsDate(2030, 3, 3), DatePrecision.Approximate,
                "valley", null, null, new[] { Report(En("Floods")) }));
            builder.Add(new Event("flood", EventSubType.Other, "Floods hit Riverton.", new NewsDate(2030, 3, 4), null, DatePrecision.Day,
                "riverton", new[] { new Participant("residents", ParticipantRole.Target), new Participant("ministry", ParticipantRole.Other) },
                new[] { "rain" }, new[] { Report(En("Floods hit Riverton on Monday."), "mayor-lindqvist"), Report(Da("Oversvømmelser ramte Riverton mandag.")) }));
            builder.Add(new Figure("dead-mayor", Measure.Killed, "residents", "Eight", Qualifier.Exact, 8, 8, "people", new NewsDate(2030, 3, 4),
                "mayor-lindqvist", null, "flood", "riverton", null, En("Eight people died")));
            builder.Add(new Figure("dead-ministry", Measure.Killed, "residents", "12", Qualifier.AtLeast, 12, null, "people", new NewsDate(2030, 3, 5),
                "ministry", new[] { "mayor-lindqvist" }, "flood", "riverton", null, En("at least 12 died")));
            builder.Add(new Figure("level", Measure.Count, "water-level", "two", Qualifier.Exact, 2, 2, "metres", null,
                null, null, null, null, null, En("Floods")));
            builder.Add(new Statement("we-cope", "mayor-lindqvist", "Vi klarer det.", new NewsDate(2030, 3, 4), "flood", Da("»Vi klarer det.«")));
            return builder.Build();
        }

        private static EventReport Report(Evidence e, string? claimedBy = null) => new EventReport(e.ArticleId, e.Quote, e.Start, e.Length, claimedBy);

        private static Evidence En(string quote) => new Evidence("art-en", quote, EnglishText.IndexOf(quote, System.StringComparison.Ordinal), quote.Length);

        private static Evidence Da(string quote) => new Evidence("art-da", quote, DanishText.IndexOf(quote, System.StringComparison.Ordinal), quote.Length);
    }
}
