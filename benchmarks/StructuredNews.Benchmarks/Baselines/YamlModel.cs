using System.Collections.Generic;

namespace StructuredNews.Benchmarks.Baselines
{
    // Plain POCOs mirroring docs/schema.md, for the YamlDotNet baseline (UnderscoredNamingConvention: as_of -> AsOf).
    // Every file is a mapping of sections; any section may be absent.

    public sealed class YamlFile
    {
        public YamlDatasetInfo? Dataset { get; set; }
        public YamlArticle? Article { get; set; }
        public List<YamlActor>? Actors { get; set; }
        public List<YamlPlace>? Places { get; set; }
        public List<YamlTopic>? Topics { get; set; }
        public List<YamlEvent>? Events { get; set; }
        public List<YamlFigure>? Figures { get; set; }
        public List<YamlStatement>? Statements { get; set; }
        public List<YamlIgnore>? Ignore { get; set; }
    }

    public sealed class YamlDatasetInfo
    {
        public string Id { get; set; } = "";
        public string Title { get; set; } = "";
    }

    public sealed class YamlArticle
    {
        public string Id { get; set; } = "";
        public string Seed { get; set; } = "";
        public string Language { get; set; } = "";
        public string Title { get; set; } = "";
        public string? Publisher { get; set; }
        public string? Published { get; set; }
        public string? PublishedSource { get; set; }
        public string? Url { get; set; }
    }

    public abstract class YamlNamed
    {
        public string Id { get; set; } = "";
        public string Name { get; set; } = "";
        public Dictionary<string, string>? Names { get; set; }
        public List<string>? Aliases { get; set; }
    }

    public sealed class YamlActor : YamlNamed
    {
        public string Kind { get; set; } = "";
        public List<YamlRole>? Roles { get; set; }
        public string? Description { get; set; }
    }

    public sealed class YamlRole
    {
        public string Title { get; set; } = "";
        public string? Of { get; set; }
        public string? From { get; set; }
        public string? To { get; set; }
    }

    public sealed class YamlPlace : YamlNamed
    {
        public string Kind { get; set; } = "";
        public string? Within { get; set; }
        public double? Lat { get; set; }
        public double? Lon { get; set; }
    }

    public sealed class YamlTopic : YamlNamed
    {
        public string? Description { get; set; }
    }

    public sealed class YamlEvent
    {
        public string Id { get; set; } = "";
        public string Type { get; set; } = "";
        public string SubType { get; set; } = "";
        public string Summary { get; set; } = "";
        public string Start { get; set; } = "";
        public string? End { get; set; }
        public string Precision { get; set; } = "";
        public string? Place { get; set; }
        public List<YamlParticipant>? Participants { get; set; }
        public List<string>? Causes { get; set; }
        public List<YamlEvidence>? Reports { get; set; }
    }

    public sealed class YamlParticipant
    {
        public string Actor { get; set; } = "";
        public string Role { get; set; } = "";
    }

    public sealed class YamlEvidence
    {
        public string? Article { get; set; }
        public string Quote { get; set; } = "";
        public string? Prefix { get; set; }
        public string? Suffix { get; set; }
        public int? Occurrence { get; set; }
        public string? ClaimedBy { get; set; }
        public List<string>? Via { get; set; }
    }

    public sealed class YamlFigure
    {
        public string Id { get; set; } = "";
        public string Measure { get; set; } = "";
        public string Subject { get; set; } = "";
        public string Value { get; set; } = "";
        public string Qualifier { get; set; } = "";
        public decimal? Low { get; set; }
        public decimal? High { get; set; }
        public string Unit { get; set; } = "";
        public string? AsOf { get; set; }
        public string? ClaimedBy { get; set; }
        public List<string>? Via { get; set; }
        public string? Event { get; set; }
        public string? Place { get; set; }
        public string? Note { get; set; }
        public YamlEvidence Evidence { get; set; } = new YamlEvidence();
    }

    public sealed class YamlStatement
    {
        public string Id { get; set; } = "";
        public string Speaker { get; set; } = "";
        public string Text { get; set; } = "";
        public string? Date { get; set; }
        public string? Event { get; set; }
        public YamlEvidence Evidence { get; set; } = new YamlEvidence();
    }

    public sealed class YamlIgnore
    {
        public string Text { get; set; } = "";
        public string Reason { get; set; } = "";
        public int? Occurrence { get; set; }
    }
}
