using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace StructuredNews.Benchmarks.Baselines
{
    /// <summary>What every variant answers after loading: one name resolution, one figures-by-measure query.</summary>
    public readonly record struct FirstAnswers(string? ResolvedId, int FiguresAboutMeasure);

    /// <summary>
    /// The lookups a hand-written loader would build over its POCOs, comparable to the runtime's: by id (every kind),
    /// by folded name (names, localized names, aliases; <see cref="NameKey.Fold"/>), figures by measure, subject and
    /// article, events by start date.
    /// </summary>
    public sealed class PocoIndex<TNamed, TFigure, TEvent>
        where TNamed : class
        where TFigure : class
        where TEvent : class
    {
        public Dictionary<string, object> ById { get; } = new Dictionary<string, object>(StringComparer.Ordinal);
        public Dictionary<string, List<TNamed>> ByName { get; } = new Dictionary<string, List<TNamed>>(StringComparer.Ordinal);
        public Dictionary<string, List<TFigure>> FiguresByMeasure { get; } = new Dictionary<string, List<TFigure>>(StringComparer.Ordinal);
        public Dictionary<string, List<TFigure>> FiguresBySubject { get; } = new Dictionary<string, List<TFigure>>(StringComparer.Ordinal);
        public Dictionary<string, List<TFigure>> FiguresByArticle { get; } = new Dictionary<string, List<TFigure>>(StringComparer.Ordinal);
        public List<TEvent> EventsByStart { get; } = new List<TEvent>();

        public void AddName(string name, TNamed item)
        {
            var key = NameKey.Fold(name);
            if (key.Length == 0)
            {
                return;
            }

            if (!ByName.TryGetValue(key, out var list))
            {
                ByName.Add(key, list = new List<TNamed>(1));
            }

            if (!list.Contains(item))
            {
                list.Add(item);
            }
        }

        public static void AddTo<T>(Dictionary<string, List<T>> index, string? key, T item)
        {
            if (key == null)
            {
                return;
            }

            if (!index.TryGetValue(key, out var list))
            {
                index.Add(key, list = new List<T>());
            }

            list.Add(item);
        }

        public TNamed? Resolve(string name) => ByName.TryGetValue(NameKey.Fold(name), out var list) ? list[0] : null;

        public int CountAbout(string measure) => FiguresByMeasure.TryGetValue(measure, out var list) ? list.Count : 0;
    }

    /// <summary>Baseline (b): YamlDotNet deserialises every annotation file into POCOs at start-up; then the lookups.</summary>
    public static class YamlLoader
    {
        public static PocoIndex<YamlNamed, YamlFigure, YamlEvent> Load(IEnumerable<string> yamlTexts)
        {
            var deserializer = new DeserializerBuilder()
                .WithNamingConvention(UnderscoredNamingConvention.Instance)
                .IgnoreUnmatchedProperties()
                .Build();
            var index = new PocoIndex<YamlNamed, YamlFigure, YamlEvent>();
            foreach (var text in yamlTexts)
            {
                var file = deserializer.Deserialize<YamlFile>(text);
                if (file == null)
                {
                    continue;
                }

                var articleId = file.Article?.Id;
                if (file.Article != null)
                {
                    index.ById[file.Article.Id] = file.Article;
                }

                foreach (var named in (file.Actors ?? Enumerable.Empty<YamlNamed>()).Concat(file.Places ?? Enumerable.Empty<YamlNamed>()).Concat(file.Topics ?? Enumerable.Empty<YamlNamed>()))
                {
                    index.ById[named.Id] = named;
                    index.AddName(named.Id, named);
                    index.AddName(named.Name, named);
                    if (named.Names != null)
                    {
                        foreach (var n in named.Names.Values)
                        {
                            index.AddName(n, named);
                        }
                    }

                    if (named.Aliases != null)
                    {
                        foreach (var alias in named.Aliases)
                        {
                            index.AddName(alias, named);
                        }
                    }
                }

                foreach (var e in file.Events ?? new List<YamlEvent>())
                {
                    index.ById[e.Id] = e;
                    index.EventsByStart.Add(e);
                }

                foreach (var f in file.Figures ?? new List<YamlFigure>())
                {
                    index.ById[f.Id] = f;
                    PocoIndex<YamlNamed, YamlFigure, YamlEvent>.AddTo(index.FiguresByMeasure, f.Measure, f);
                    PocoIndex<YamlNamed, YamlFigure, YamlEvent>.AddTo(index.FiguresBySubject, f.Subject, f);
                    PocoIndex<YamlNamed, YamlFigure, YamlEvent>.AddTo(index.FiguresByArticle, f.Evidence.Article ?? articleId, f);
                }

                foreach (var s in file.Statements ?? new List<YamlStatement>())
                {
                    index.ById[s.Id] = s;
                }
            }

            index.EventsByStart.Sort((a, b) => string.CompareOrdinal(a.Start, b.Start));
            return index;
        }
    }

    /// <summary>Baseline (c): System.Text.Json (source-generated context) reads the JSON export; then the lookups.</summary>
    public static class JsonLoader
    {
        public static PocoIndex<object, JsonFigure, JsonEvent> Load(ReadOnlySpan<byte> utf8)
        {
            var export = JsonSerializer.Deserialize(utf8, ExportJsonContext.Default.JsonExport) ?? throw new InvalidOperationException("Empty export.");
            var index = new PocoIndex<object, JsonFigure, JsonEvent>();
            foreach (var a in export.Articles)
            {
                index.ById[a.Id] = a;
            }

            foreach (var a in export.Actors)
            {
                index.ById[a.Id] = a;
                index.AddName(a.Id, a);
                index.AddName(a.Name, a);
                foreach (var n in a.Names.Values)
                {
                    index.AddName(n, a);
                }

                foreach (var alias in a.Aliases)
                {
                    index.AddName(alias, a);
                }
            }

            foreach (var p in export.Places)
            {
                index.ById[p.Id] = p;
                index.AddName(p.Id, p);
                index.AddName(p.Name, p);
                foreach (var alias in p.Aliases)
                {
                    index.AddName(alias, p);
                }
            }

            foreach (var e in export.Events)
            {
                index.ById[e.Id] = e;
                index.EventsByStart.Add(e);
            }

            index.EventsByStart.Sort((a, b) => string.CompareOrdinal(a.Start, b.Start));
            foreach (var f in export.Figures)
            {
                index.ById[f.Id] = f;
                PocoIndex<object, JsonFigure, JsonEvent>.AddTo(index.FiguresByMeasure, f.Measure, f);
                PocoIndex<object, JsonFigure, JsonEvent>.AddTo(index.FiguresBySubject, f.Subject, f);
                PocoIndex<object, JsonFigure, JsonEvent>.AddTo(index.FiguresByArticle, f.Evidence.Article, f);
            }

            foreach (var s in export.Statements)
            {
                index.ById[s.Id] = s;
            }

            return index;
        }

        public static string? IdOf(object? entity) => entity switch
        {
            JsonActor a => a.Id,
            JsonPlace p => p.Id,
            _ => null,
        };
    }
}
