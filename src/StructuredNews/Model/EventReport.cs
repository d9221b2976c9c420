using System;
using System.Collections.Generic;

namespace StructuredNews
{
    /// <summary>
    /// An article's report of an event: the quote, and who the article attributes the report to
    /// ("as reported by the Tengrinews agency", "Zakon writes, according to Reuters").
    /// </summary>
    public sealed class EventReport : Evidence
    {
        /// <summary>Creates a report.</summary>
        public EventReport(string articleId, string quote, int start, int length, string? claimedById = null, IReadOnlyList<string>? viaIds = null)
            : base(articleId, quote, start, length)
        {
            ClaimedById = claimedById;
            ViaIds = viaIds ?? Array.Empty<string>();
        }

        /// <summary>A report whose quote is cut from the article text when first read (generated datasets).</summary>
        internal EventReport(string articleId, int start, int length, Func<string, string?> articleText, string? claimedById, IReadOnlyList<string>? viaIds)
            : base(articleId, start, length, articleText)
        {
            ClaimedById = claimedById;
            ViaIds = viaIds ?? Array.Empty<string>();
        }

        /// <summary>Id of the original source the article credits for the report, if it names one.</summary>
        public string? ClaimedById { get; }

        /// <summary>Ids of the actors that relayed the report, from the outlet the article cites back towards the source.</summary>
        public IReadOnlyList<string> ViaIds { get; }
    }
}
