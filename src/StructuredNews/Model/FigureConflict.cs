using System.Collections.Generic;

namespace StructuredNews
{
    /// <summary>Figures about the same measure and subject whose values disagree (e.g. 8 vs 12 officers killed).</summary>
    public sealed class FigureConflict
    {
        internal FigureConflict(Measure measure, string subjectId, IReadOnlyList<Figure> figures)
        {
            Measure = measure;
            SubjectId = subjectId;
            Figures = figures;
        }

        /// <summary>The measure the figures share.</summary>
        public Measure Measure { get; }

        /// <summary>Id of the subject the figures share.</summary>
        public string SubjectId { get; }

        /// <summary>The figures, ordered by as-of date (undated last), then id.</summary>
        public IReadOnlyList<Figure> Figures { get; }

        /// <inheritdoc/>
        public override string ToString() => Measure + " " + SubjectId + " (" + Figures.Count + " figures)";
    }
}
