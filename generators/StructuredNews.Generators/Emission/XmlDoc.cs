using System.Globalization;
using System.Text;

namespace StructuredNews.Generators.Emission
{
    /// <summary>
    /// Escapes data for XML doc comments: markup characters become entities, and anything that would end the
    /// comment line (CR, LF, NEL, U+2028, U+2029) or is not allowed in XML becomes a visible \uXXXX, so no data
    /// can change the code around it. Invisible format characters (bidirectional overrides, zero-width marks) are
    /// made visible too, so a comment cannot disguise the code next to it.
    /// </summary>
    internal static class XmlDoc
    {
        public static string Escape(string text, int maxLength = 400)
        {
            var builder = new StringBuilder(text.Length);
            for (var i = 0; i < text.Length && builder.Length < maxLength; i++)
            {
                var c = text[i];
                switch (c)
                {
                    case '&': builder.Append("&amp;"); break;
                    case '<': builder.Append("&lt;"); break;
                    case '>': builder.Append("&gt;"); break;
                    case '\t': builder.Append(' '); break;
                    default:
                        if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                        {
                            builder.Append(c).Append(text[++i]);
                        }
                        else if (c < ' ' || char.IsSurrogate(c) || c == '\uFFFE' || c == '\uFFFF' || (c >= '\u007F' && c <= '\u009F') ||
                            CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator or UnicodeCategory.Format)
                        {
                            builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                        }
                        else
                        {
                            builder.Append(c);
                        }

                        break;
                }
            }

            return builder.Length >= maxLength ? builder.Append('…').ToString() : builder.ToString();
        }
    }
}
