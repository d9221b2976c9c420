using System;
using System.Collections.Generic;

namespace StructuredNews.Storage
{
    /// <summary>Where a dataset's entities come from: lists a builder filled, or generated tables decoded on demand.</summary>
    internal abstract class EntitySource
    {
        public abstract List<Article> Articles();

        public abstract List<Actor> Actors();

        public abstract List<Place> Places();

        public abstract List<Topic> Topics();

        public abstract List<Event> Events();

        /// <summary>The figures, attached to <paramref name="owner"/> (a table source attaches each as it decodes it).</summary>
        public abstract FigureCollection Figures(NewsDataset owner);

        public abstract List<Statement> Statements();
    }

    /// <summary>Entities decoded from the tables of generated code, one kind at a time, when first asked for.</summary>
    internal sealed class TableSource : EntitySource
    {
        private readonly int count;
        private readonly TableData tables;
        private readonly Lazy<List<Article>> articles;
        private readonly Lazy<Dictionary<string, string>> texts;
        private Func<string, string?>? articleText;

        public TableSource(int count, TableData tables)
        {
            this.count = count;
            this.tables = tables;
            articles = new Lazy<List<Article>>(() => Read(TableFormat.Section.Articles, EntityRecords.Article));
            texts = new Lazy<Dictionary<string, string>>(() =>
            {
                var byId = new Dictionary<string, string>(StringComparer.Ordinal);
                foreach (var article in articles.Value)
                {
                    byId[article.Id] = article.Text;
                }

                return byId;
            });
        }

        // Quotes are stored as places in their article's text, so articles are decoded once and shared.
        public override List<Article> Articles() => articles.Value;

        public override List<Actor> Actors() => Read(TableFormat.Section.Actors, EntityRecords.Actor);

        public override List<Place> Places() => Read(TableFormat.Section.Places, EntityRecords.Place);

        public override List<Topic> Topics() => Read(TableFormat.Section.Topics, EntityRecords.Topic);

        public override List<Event> Events() => Read(TableFormat.Section.Events, EntityRecords.Event);

        public override FigureCollection Figures(NewsDataset owner) => new FigureCollection(new FigureTable(count, tables, ArticleText, owner));

        public override List<Statement> Statements() => Read(TableFormat.Section.Statements, EntityRecords.Statement);

        // One delegate for every evidence record to hold (a method group would make one per use).
        private Func<string, string?> ArticleText => articleText ??= id => texts.Value.TryGetValue(id, out var text) ? text : null;

        private List<T> Read<T>(TableFormat.Section section, RecordReader<T> read)
        {
            var entities = new List<T>();
            for (var i = 0; i < count; i++)
            {
                var reader = TableReader.First(tables(i), section, ArticleText);
                for (var records = reader.Number(); records > 0; records--)
                {
                    entities.Add(read(ref reader));
                }
            }

            return entities;
        }
    }

    /// <summary>Entities a <see cref="NewsDatasetBuilder"/> collected.</summary>
    internal sealed class ListSource : EntitySource
    {
        private readonly NewsDatasetBuilder builder;

        public ListSource(NewsDatasetBuilder builder) => this.builder = builder;

        public override List<Article> Articles() => builder.Articles;

        public override List<Actor> Actors() => builder.Actors;

        public override List<Place> Places() => builder.Places;

        public override List<Topic> Topics() => builder.Topics;

        public override List<Event> Events() => builder.Events;

        public override FigureCollection Figures(NewsDataset owner)
        {
            foreach (var figure in builder.Figures)
            {
                figure.Attach(owner);
            }

            return new FigureCollection(builder.Figures);
        }

        public override List<Statement> Statements() => builder.Statements;
    }
}
