using System;
using System.Globalization;
using System.Text;

namespace StructuredNews
{
    /// <summary>
    /// Folds a name to the key name resolution compares: case-, accent- and punctuation-insensitive, so that
    /// "Kassym-Jomart Tokajev", "kassym jomart tokajev" and "Kassym–Jomart  Tokajev" meet.
    /// Folding is defined char by char (a precomputed table covers Latin, Greek and Cyrillic), so a lookup can
    /// fold the query as it compares, without allocating.
    /// </summary>
    public static class NameKey
    {
        private const int TableSize = 0x2000;

        // The folded form of each char below TableSize: "" (dropped), " " (separates words), or letters.
        private static readonly string[] Table = BuildTable();

        /// <summary>The folded key of a name; empty when the name has no letters or digits.</summary>
        public static string Fold(string name)
        {
            var key = new StringBuilder(name.Length);
            var folded = new Folded(name);
            while (folded.MoveNext())
            {
                key.Append(folded.Current);
            }

            return key.ToString();
        }

        /// <summary>A hash of the folded key of <paramref name="name"/>, computed without building the key.</summary>
        internal static int Hash(string name)
        {
            var hash = unchecked((int)2166136261);
            var folded = new Folded(name);
            while (folded.MoveNext())
            {
                hash = unchecked((hash ^ folded.Current) * 16777619);
            }

            return hash;
        }

        /// <summary>Whether <paramref name="name"/> folds to <paramref name="key"/> (a result of <see cref="Fold"/>).</summary>
        internal static bool Matches(string name, string key)
        {
            var folded = new Folded(name);
            var i = 0;
            while (folded.MoveNext())
            {
                if (i >= key.Length || key[i++] != folded.Current)
                {
                    return false;
                }
            }

            return i == key.Length;
        }

        private static string FoldChar(char c)
        {
            if (c < TableSize)
            {
                return Table[c];
            }

            if (char.IsSurrogate(c))
            {
                return c.ToString(); // rare enough to allocate: characters beyond the BMP are kept as they are
            }

            return Slow(c);
        }

        private static string[] BuildTable()
        {
            var table = new string[TableSize];
            for (var c = 0; c < TableSize; c++)
            {
                table[c] = c >= 0xD800 ? "" : Slow((char)c);
            }

            return table;
        }

        // Decompose, drop marks and invisible format characters, lower-case letters and digits, and turn
        // everything else (hyphens, apostrophes, quotes, spaces) into a word separator.
        private static string Slow(char c)
        {
            var result = new StringBuilder(2);
            foreach (var d in c.ToString().Normalize(NormalizationForm.FormD))
            {
                var category = CharUnicodeInfo.GetUnicodeCategory(d);
                if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark or UnicodeCategory.Format)
                {
                    continue;
                }

                if (!char.IsLetterOrDigit(d))
                {
                    return " ";
                }

                result.Append(Special(char.ToLowerInvariant(d)));
            }

            return result.ToString();
        }

        // Letters that carry their mark in the base character and so survive decomposition.
        private static string Special(char c) => c switch
        {
            'ø' => "o",
            'æ' => "ae",
            'œ' => "oe",
            'ß' => "ss",
            'ł' => "l",
            'đ' => "d",
            'ı' => "i",
            _ => c.ToString(),
        };

        /// <summary>The folded chars of a name, one at a time: separator runs collapse to one space, none at the ends.</summary>
        private struct Folded
        {
            private readonly string name;
            private int index;
            private string piece;
            private int pieceIndex;
            private bool pendingSpace;
            private bool started;

            public Folded(string name)
            {
                this.name = name;
                index = 0;
                piece = "";
                pieceIndex = 0;
                pendingSpace = false;
                started = false;
                Current = '\0';
            }

            public char Current { get; private set; }

            public bool MoveNext()
            {
                while (true)
                {
                    if (pieceIndex < piece.Length)
                    {
                        var c = piece[pieceIndex];
                        if (c == ' ')
                        {
                            pieceIndex++;
                            pendingSpace = started;
                            continue;
                        }

                        if (pendingSpace)
                        {
                            pendingSpace = false;
                            Current = ' ';
                            return true;
                        }

                        pieceIndex++;
                        started = true;
                        Current = c;
                        return true;
                    }

                    if (index >= name.Length)
                    {
                        return false;
                    }

                    piece = FoldChar(name[index++]);
                    pieceIndex = 0;
                }
            }
        }
    }
}
