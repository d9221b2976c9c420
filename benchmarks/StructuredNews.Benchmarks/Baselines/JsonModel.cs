using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace StructuredNews.Benchmarks.Baselines
{
    // Plain POCOs mirroring the JSON export (schema version 1, src/StructuredNews.Export/JsonExporter.cs), read
    // with a source-generated JsonSerializerContext (no reflection at run time).

    public sealed class JsonExport
    {
        public int SchemaVersion { get; set; }
        public JsonDatasetInfo Dataset { get; set; } = new JsonDatasetInfo();
        public List<JsonArticle> Articles { get; set; } = new List<JsonArticle>();
        public List<JsonActor> Actors { get; set; } = new List<JsonActor>();
        public List<JsonPlace> Places { get; set; } = new List<JsonPlace>();
        public List<JsonEvent> Events { get; set; } = new List<JsonEvent>();
        public List<JsonFigure> Figures { get; set; } = new List<JsonFigure>();
        public List<JsonStatement> Statements { get; set; } = new List<JsonStatement>();
        public List<JsonConflict> Conflicts { get; set; } = new List<JsonConflict>();
    }

    public sealed class JsonDatasetInfo
    {
        public string Id { get; set; } = "";
        public string Title { get; set; } = "";
    }

    public sealed class JsonArticle
    {
        public string Id { get; set; } = "";
        public string Seed { get; set; } = "";
        public string Language { get; set; } = "";
        public string Title { get; set; } = "";
        public string? Publisher { get; set; }
        public string? Published { get; set; }
        public string TextSha256 { get; set; } = "";
    }

    public sealed class JsonActor
    {
        public string Id { get; set; } = "";
        public string Kind { get; set; } = "";
        public string Name { get; set; } = "";
        public Dictionary<string, string> Names { get; set; } = new Dictionary<string, string>();
        public List<string> Aliases { get; set; } = new List<string>();
    }

    public sealed class JsonPlace
    {
        public string Id { get; set; } = "";
        public string Kind { get; set; } = "";
        public string Name { get; set; } = "";
        public List<string> Aliases { get; set; } = new List<string>();
        public string? Within { get; set; }
        public double? Lat { get; set; }
        public double? Lon { get; set; }
    }

    public sealed class JsonEvent
    {
        public string Id { get; set; } = "";
        public string Type { get; set; } = "";
        public string SubType { get; set; } = "";
        public string Summary { get; set; } = "";
        public string Start { get; set; } = "";
        public string? End { get; set; }
        public string Precision { get; set; } = "";
        public string? Place { get; set; }
        public List<JsonParticipant> Participants { get; set; } = new List<JsonParticipant>();
        public List<string> Causes { get; set; } = new List<string>();
        public List<JsonEvidence> Reports { get; set; } = new List<JsonEvidence>();
    }

    public sealed class JsonParticipant
    {
        public string Actor { get; set; } = "";
        public string Role { get; set; } = "";
    }

    public sealed class JsonEvidence
    {
        public string Article { get; set; } = "";
        public string Quote { get; set; } = "";
        public int Start { get; set; }
        public int Length { get; set; }
    }

    public sealed class JsonFigure
    {
        public string Id { get; set; } = "";
        public string Measure { get; set; } = "";
        public string Subject { get; set; } = "";
        public string Value { get; set; } = "";
        public decimal? Low { get; set; }
        public decimal? High { get; set; }
        public string Qualifier { get; set; } = "";
        public string Unit { get; set; } = "";
        public string? AsOf { get; set; }
        public string? ClaimedBy { get; set; }
        public List<string> Via { get; set; } = new List<string>();
        public string? Event { get; set; }
        public string? Place { get; set; }
        public JsonEvidence Evidence { get; set; } = new JsonEvidence();
    }

    public sealed class JsonStatement
    {
        public string Id { get; set; } = "";
        public string Speaker { get; set; } = "";
        public string Text { get; set; } = "";
        public string? Date { get; set; }
        public string? Event { get; set; }
        public JsonEvidence Evidence { get; set; } = new JsonEvidence();
    }

    public sealed class JsonConflict
    {
        public string Measure { get; set; } = "";
        public string Subject { get; set; } = "";
        public List<string> Figures { get; set; } = new List<string>();
    }

    [JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
    [JsonSerializable(typeof(JsonExport))]
    public sealed partial class ExportJsonContext : JsonSerializerContext
    {
    }
}
