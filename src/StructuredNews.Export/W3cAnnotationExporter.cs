using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;

namespace StructuredNews.Export
{
    /// <summary>
    /// <c>sn export --format w3c</c>: every piece of evidence as a W3C Web Annotation (Web Annotation Data Model,
    /// JSON-LD with <c>http://www.w3.org/ns/anno.jsonld</c>), one per figure, per statement and per report of an
    /// event, in that order and in dataset order, in one <c>AnnotationCollection</c> whose first and only
    /// <c>AnnotationPage</c> holds them all. Each annotation also carries the <c>@context</c>, so it can be cut out
    /// of the file and stand alone (posted to an annotation server, say).
    /// </summary>
    /// <remarks>
    /// <para>
    /// Ids are URNs built from the dataset's id and the entities' ids (<see cref="Iri"/>): an annotation is
    /// <c>urn:structurednews:DATASET:annotation:figure:ID</c> (<c>...:annotation:statement:ID</c>,
    /// <c>...:annotation:event:ID:report:N</c> for the event's N-th report, from 1) and names the entity it is about,
    /// <c>urn:structurednews:DATASET:figure:ID</c>, in a body with purpose <c>identifying</c>, next to a
    /// <c>TextualBody</c> that states the claim (purpose <c>describing</c>) and one that tags its kind (the measure,
    /// <c>statement</c> or the event's sub-type; purpose <c>tagging</c>).
    /// </para>
    /// <para>
    /// The target's source is the article's <c>url</c> when the dataset knows it, else
    /// <c>urn:structurednews:DATASET:article:ID</c>. Its selectors are a <c>TextQuoteSelector</c> (the quote as
    /// <c>exact</c>, and up to <see cref="ContextLength"/> code points before and after it as <c>prefix</c> and
    /// <c>suffix</c>, left out where the text starts or ends) and a <c>TextPositionSelector</c>. Positions are counted
    /// in the article text as the dataset holds it (<see cref="Article.Text"/>, whose SHA-256 the JSON export gives),
    /// which can differ from the page at the url: there the quote selector is what finds the passage.
    /// </para>
    /// <para>
    /// The Web Annotation model counts text positions in Unicode code points, while the runtime's
    /// <see cref="Evidence.Start"/> and <see cref="Evidence.Length"/> count UTF-16 code units: a character outside
    /// the Basic Multilingual Plane (an emoji, say) is one position here and two there. <c>start</c> and <c>end</c>
    /// are converted (<see cref="CodePointOffset"/>); <c>end</c> is exclusive.
    /// </para>
    /// </remarks>
    public sealed class W3cAnnotationExporter : IDatasetExporter
    {
        /// <summary>The JSON-LD context of the Web Annotation model.</summary>
        public const string Context = "http://www.w3.org/ns/anno.jsonld";

        /// <summary>How many code points of text, at most, <c>prefix</c> and <c>suffix</c> hold.</summary>
        public const int ContextLength = 32;

        /// <inheritdoc/>
        public string Format => "w3c";

        /// <inheritdoc/>
        public bool WritesText => true;

        /// <inheritdoc/>
        public string Description =>
            "W3C Web Annotations (JSON-LD): one AnnotationCollection, an annotation per figure, statement and event report, "
            + "anchored by quote and by position (Unicode code points)";

        /// <summary>
        /// The offset in code points of a UTF-16 offset into <paramref name="text"/>: the offset less the number of
        /// surrogate pairs before it. An offset between the two halves of a pair counts the pair as one code point.
        /// </summary>
        public static int CodePointOffset(string text, int utf16Offset)
        {
            if (text == null)
            {
                throw new ArgumentNullException(nameof(text));
            }

            if (utf16Offset < 0 || utf16Offset > text.Length)
            {
                throw new ArgumentOutOfRangeException(nameof(utf16Offset));
            }

            var codePoints = 0;
            for (var i = 0; i < utf16Offset; i++)
            {
                // The low half of a pair is not a code point of its own.
                if (!(char.IsLowSurrogate(text[i]) && i > 0 && char.IsHighSurrogate(text[i - 1])))
                {
                    codePoints++;
                }
            }

            return codePoints;
        }

        /// <summary>
        /// An IRI for something of a dataset: <c>urn:structurednews:DATASET:PART:PART...</c>, each part
        /// percent-encoded (UTF-8) except letters, digits and <c>-._~</c>.
        /// </summary>
        public static string Iri(string datasetId, params string[] parts) =>
            "urn:structurednews:" + string.Join(":", new[] { datasetId }.Concat(parts).Select(Uri.EscapeDataString));

        /// <inheritdoc/>
        public void Write(NewsDataset dataset, Stream stream)
        {
            if (dataset == null)
            {
                throw new ArgumentNullException(nameof(dataset));
            }

            var annotations = Annotations(dataset).ToList();
            using (var json = JsonOutput.Writer(stream))
            {
                json.WriteStartObject();
                json.WriteString("@context", Context);
                json.WriteString("id", Iri(dataset.Id, "annotations"));
                json.WriteString("type", "AnnotationCollection");
                json.WriteString("label", dataset.Title);
                json.WriteNumber("total", annotations.Count);
                var page = Iri(dataset.Id, "annotations", "page", "1");
                json.WriteStartObject("first");
                json.WriteString("id", page);
                json.WriteString("type", "AnnotationPage");
                json.WriteString("partOf", Iri(dataset.Id, "annotations"));
                json.WriteNumber("startIndex", 0);
                json.WriteStartArray("items");
                foreach (var annotation in annotations)
                {
                    WriteAnnotation(json, dataset, annotation);
                }

                json.WriteEndArray();
                json.WriteEndObject();
                json.WriteString("last", page);
                json.WriteEndObject();
            }

            stream.WriteByte((byte)'\n');
        }

        private static IEnumerable<Annotation> Annotations(NewsDataset dataset)
        {
            foreach (var f in dataset.Figures)
            {
                yield return new Annotation(
                    new[] { "figure", f.Id },
                    f.Evidence,
                    VocabularyNames.Of(f.Measure),
                    Claim(f));
            }

            foreach (var s in dataset.Statements)
            {
                yield return new Annotation(
                    new[] { "statement", s.Id },
                    s.Evidence,
                    "statement",
                    s.SpeakerId + " said" + (s.Date is { } date ? " on " + date : string.Empty) + ": \"" + s.Text + "\"");
            }

            foreach (var e in dataset.Events)
            {
                for (var i = 0; i < e.Reports.Count; i++)
                {
                    var report = e.Reports[i];
                    var details = new List<string> { e.End == e.Start ? e.Start.ToString() : e.Start + " to " + e.End };
                    if (e.PlaceId != null)
                    {
                        details.Add("at " + e.PlaceId);
                    }

                    if (FigureWording.Attribution(report.ClaimedById, report.ViaIds) is { } attribution)
                    {
                        details.Add("reported by " + attribution);
                    }

                    yield return new Annotation(
                        new[] { "event", e.Id },
                        report,
                        VocabularyNames.Of(e.SubType),
                        VocabularyNames.Of(e.SubType) + ": " + e.Summary.Trim() + " (" + string.Join(", ", details) + ")",
                        i + 1);
                }
            }
        }

        // "killed: 8 kazakh-security-forces (stated "eight", exact, people, as of 2022-01-05, claimed by X via Y)": the
        // bounds as numbers (12.. for at least 12), then what the article says and on whose word.
        private static string Claim(Figure f)
        {
            var bounds = f.Low == f.High && f.Low != null ? Number(f.Low) : f.Low == null && f.High == null ? f.Value : Number(f.Low) + ".." + Number(f.High);
            var details = new List<string> { "stated \"" + f.Value + "\"", VocabularyNames.Of(f.Qualifier), f.Unit };
            if (f.AsOf is { } asOf)
            {
                details.Add("as of " + asOf);
            }

            if (FigureWording.Attribution(f) is { } attribution)
            {
                details.Add("claimed by " + attribution);
            }

            return VocabularyNames.Of(f.Measure) + ": " + bounds + " " + f.SubjectId + " (" + string.Join(", ", details) + ")";
        }

        private static string Number(decimal? value) =>
            value is { } v ? v.ToString("0.############################", CultureInfo.InvariantCulture) : string.Empty;

        private static void WriteAnnotation(Utf8JsonWriter json, NewsDataset dataset, Annotation annotation)
        {
            var entity = annotation.Report is { } n ? annotation.Entity.Concat(new[] { "report", n.ToString(CultureInfo.InvariantCulture) }) : annotation.Entity;
            json.WriteStartObject();
            json.WriteString("@context", Context);
            json.WriteString("id", Iri(dataset.Id, new[] { "annotation" }.Concat(entity).ToArray()));
            json.WriteString("type", "Annotation");
            json.WriteString("motivation", "describing");

            json.WriteStartArray("body");
            json.WriteStartObject();
            json.WriteString("type", "TextualBody");
            json.WriteString("purpose", "describing");
            json.WriteString("format", "text/plain");
            json.WriteString("value", annotation.Description);
            json.WriteEndObject();
            json.WriteStartObject();
            json.WriteString("type", "TextualBody");
            json.WriteString("purpose", "tagging");
            json.WriteString("value", annotation.Tag);
            json.WriteEndObject();
            json.WriteStartObject();
            json.WriteString("type", "SpecificResource");
            json.WriteString("purpose", "identifying");
            json.WriteString("source", Iri(dataset.Id, annotation.Entity));
            json.WriteEndObject();
            json.WriteEndArray();

            var evidence = annotation.Evidence;
            var article = dataset.Articles.Find(evidence.ArticleId);
            json.WriteStartObject("target");
            json.WriteString("source", article?.Url ?? Iri(dataset.Id, "article", evidence.ArticleId));
            json.WriteStartArray("selector");
            json.WriteStartObject();
            json.WriteString("type", "TextQuoteSelector");
            json.WriteString("exact", evidence.Quote);
            if (article != null)
            {
                var prefix = Before(article.Text, evidence.Start);
                if (prefix.Length > 0)
                {
                    json.WriteString("prefix", prefix);
                }

                var suffix = After(article.Text, evidence.Start + evidence.Length);
                if (suffix.Length > 0)
                {
                    json.WriteString("suffix", suffix);
                }
            }

            json.WriteEndObject();
            if (article != null)
            {
                json.WriteStartObject();
                json.WriteString("type", "TextPositionSelector");
                json.WriteNumber("start", CodePointOffset(article.Text, evidence.Start));
                json.WriteNumber("end", CodePointOffset(article.Text, evidence.Start + evidence.Length));
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndObject();
        }

        // Up to ContextLength code points ending at a UTF-16 offset, without cutting a surrogate pair.
        private static string Before(string text, int end)
        {
            var start = end;
            for (var n = 0; n < ContextLength && start > 0; n++)
            {
                start -= start >= 2 && char.IsLowSurrogate(text[start - 1]) && char.IsHighSurrogate(text[start - 2]) ? 2 : 1;
            }

            return text.Substring(start, end - start);
        }

        // Up to ContextLength code points starting at a UTF-16 offset, without cutting a surrogate pair.
        private static string After(string text, int start)
        {
            var end = start;
            for (var n = 0; n < ContextLength && end < text.Length; n++)
            {
                end += end + 1 < text.Length && char.IsHighSurrogate(text[end]) && char.IsLowSurrogate(text[end + 1]) ? 2 : 1;
            }

            return text.Substring(start, end - start);
        }

        private sealed class Annotation
        {
            public Annotation(string[] entity, Evidence evidence, string tag, string description, int? report = null)
            {
                Entity = entity;
                Evidence = evidence;
                Tag = tag;
                Description = description;
                Report = report;
            }

            public string[] Entity { get; }

            public Evidence Evidence { get; }

            public string Tag { get; }

            public string Description { get; }

            public int? Report { get; }
        }
    }
}
