using System.Globalization;
using System.Text;

namespace StructuredNews
{
    /// <summary>
    /// Folds a name to the key name resolution compares: case-, accent- and punctuation-insensitive, so that
    /// "Kassym-Jomart Tokajev", "kassym jomart tokajev" and "Kassym–Jomart  Tokajev" meet.
    /// </summary>
    public static class NameKey
    {
        /// <summary>The folded key of a name; empty when the name has no letters or digits.</summary>
        public static string Fold(string name)
        {
            var decomposed = name.Normalize(NormalizationForm.FormD);
            var key = new StringBuilder(decomposed.Length);
            var pendingSpace = false;
            foreach (var c in decomposed)
            {
                var category = CharUnicodeInfo.GetUnicodeCategory(c);
                if (category == UnicodeCategory.NonSpacingMark || category == UnicodeCategory.Format)
                {
                    continue; // accents, zero-width and direction marks
                }

                if (!char.IsLetterOrDigit(c))
                {
                    // Hyphens, apostrophes, quotes and spaces all separate words; runs collapse to one space.
                    pendingSpace = key.Length > 0;
                    continue;
                }

                if (pendingSpace)
                {
                    key.Append(' ');
                    pendingSpace = false;
                }

                AppendFolded(key, char.ToLowerInvariant(c));
            }

            return key.ToString();
        }

        // Letters that carry their mark in the base character and so survive decomposition.
        private static void AppendFolded(StringBuilder key, char c)
        {
            switch (c)
            {
                case 'ø': key.Append('o'); break;
                case 'æ': key.Append("ae"); break;
                case 'œ': key.Append("oe"); break;
                case 'ß': key.Append("ss"); break;
                case 'ł': key.Append('l'); break;
                case 'đ': key.Append('d'); break;
                case 'ı': key.Append('i'); break;
                default: key.Append(c); break;
            }
        }
    }
}
