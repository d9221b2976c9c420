using System.Text;

namespace StructuredNews.Cli.Report
{
    /// <summary>HTML escaping: every text and attribute value of the report goes through <see cref="Escape"/>.</summary>
    public static class Html
    {
        /// <summary>Escapes &amp;, &lt;, &gt;, " and ' (safe in text and in quoted attribute values).</summary>
        public static string Escape(string? text)
        {
            if (string.IsNullOrEmpty(text))
            {
                return string.Empty;
            }

            var result = new StringBuilder(text!.Length + 16);
            foreach (var c in text)
            {
                switch (c)
                {
                    case '&': result.Append("&amp;"); break;
                    case '<': result.Append("&lt;"); break;
                    case '>': result.Append("&gt;"); break;
                    case '"': result.Append("&quot;"); break;
                    case '\'': result.Append("&#39;"); break;
                    default: result.Append(c); break;
                }
            }

            return result.ToString();
        }

        /// <summary>The anchor id of an evidence quote of a figure or statement.</summary>
        public static string QuoteAnchor(string entityId) => "q-" + entityId;

        /// <summary>The anchor id of the n-th (1-based) report of an event by an article.</summary>
        public static string ReportAnchor(string eventId, string articleId, int n) => "q-" + eventId + "--" + articleId + "-" + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }
}
