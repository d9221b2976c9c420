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
        /// <summary>Escaped text longer than this is cut and ends in '…'.</summary>
        public const int DefaultMaxLength = 400;

        public static string Escape(string text, int maxLength = DefaultMaxLength) => Append(new StringBuilder(text.Length), text, maxLength).ToString();

        /// <summary>Appends <see cref="Escape"/>'s result to <paramref name="builder"/>.</summary>
        public static StringBuilder Append(StringBuilder builder, string text, int maxLength = DefaultMaxLength)
        {
            var start = builder.Length;
            for (var i = 0; i < text.Length && builder.Length - start < maxLength; i++)
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

            return builder.Length - start >= maxLength ? builder.Append('…') : builder;
        }
    }
}
