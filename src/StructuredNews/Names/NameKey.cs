using System;
using System.Globalization;
#if NETCOREAPP
using System.Runtime.InteropServices;
#endif
using System.Text;

namespace StructuredNews
{
    /// <summary>
    /// Folds a name to the key name resolution compares: case-, accent- and punctuation-insensitive, so that
    /// "Kassym-Jomart Tokajev", "kassym jomart tokajev" and "Kassym–Jomart  Tokajev" meet.
    /// Folding is defined char by char (a precomputed table covers Latin, Greek, Cyrillic and the other scripts
    /// below U+2000, and general punctuation), so a lookup can fold a query into a reusable buffer without allocating.
    /// </summary>
    public static class NameKey
    {
        // Up to U+206F: the scripts below U+2000 and the General Punctuation block (en and em dashes, curly
        // quotes, thin and zero-width spaces), which names copied from articles carry.
        private const int TableSize = 0x2070;

        // What a char folds to, as Table holds it: nothing (a mark or an invisible format char), several letters
        // (æ → "ae", found in Pieces), a word separator, or one letter or digit (the char itself). Letters and digits
        // are all above the separator, so the common case is one comparison.
        private const char Dropped = '\0';
        private const char Expands = '\u0001';
        private const char Separator = ' ';

        // The folded form of each char below TableSize: "" (dropped), " " (separates words), or letters.
        private static readonly string[] Pieces = BuildPieces();

        // The same, one char per char, so the common case costs one array read.
        private static readonly char[] Table = BuildTable(Pieces);

        /// <summary>The folded key of a name; empty when the name has no letters or digits.</summary>
        public static string Fold(string name)
        {
            // Only expansions make a key longer than its name; a doubling retry covers them.
            for (var size = name.Length + 8; ; size *= 2)
            {
                var buffer = new char[size];
                var length = FoldInto(name, buffer);
                if (length >= 0)
                {
                    return new string(buffer, 0, length);
                }
            }
        }

        /// <summary>
        /// Writes the folded key of <paramref name="name"/> (what <see cref="Fold"/> returns) into
        /// <paramref name="buffer"/>; returns its length, or -1 when it is longer than the buffer.
        /// Allocates only for chars beyond the table (other than surrogates, which are kept as they are).
        /// </summary>
        internal static int FoldInto(string name, char[] buffer)
        {
            // The common case, kept free of calls so that the JIT keeps everything in registers: every char in the
            // table folds to at most one char. The first that does not hands the rest of the name to FoldRest.
            var table = Table;
            var capacity = (uint)buffer.Length;
            var length = 0;

            // A separator is written only before the next letter, so that none lead, trail or repeat.
            var separate = false;
            for (var i = 0; i < name.Length; i++)
            {
                var c = name[i];
                var folded = c < (uint)table.Length ? table[c] : Expands;
                if (folded > Separator)
                {
                    if (separate)
                    {
                        separate = false;
                        if (length > 0)
                        {
                            if ((uint)length >= capacity)
                            {
                                return -1;
                            }

                            buffer[length++] = Separator;
                        }
                    }

                    if ((uint)length >= capacity)
                    {
                        return -1;
                    }

                    buffer[length++] = folded;
                }
                else if (folded == Separator)
                {
                    separate = true;
                }
                else if (folded == Expands)
                {
                    return FoldRest(name, i, buffer, length, separate);
                }

                // Otherwise Dropped: a mark or an invisible format char, which folds to nothing.
            }

            return length;
        }

        // FoldInto from `start` on, for any char: several letters from the table, surrogates kept as they are, and
        // chars beyond the table folded as they come (which allocates).
        private static int FoldRest(string name, int start, char[] buffer, int length, bool separate)
        {
            for (var i = start; i < name.Length && length >= 0; i++)
            {
                var c = name[i];
                if (char.IsSurrogate(c))
                {
                    length = AppendLetters(name, i, 1, buffer, length, separate);
                    separate = false;
                    continue;
                }

                var piece = c < TableSize ? Pieces[c] : Slow(c);
                if (piece.Length == 0)
                {
                    continue;
                }

                if (piece[0] == Separator)
                {
                    separate = true;
                    continue;
                }

                length = AppendLetters(piece, 0, piece.Length, buffer, length, separate);
                separate = false;
            }

            return length;
        }

        // Letters from `source`, after a separator if one is pending; -1 when they do not fit.
        private static int AppendLetters(string source, int index, int count, char[] buffer, int length, bool separate)
        {
            var needed = length + count + (separate && length > 0 ? 1 : 0);
            if (needed > buffer.Length)
            {
                return -1;
            }

            if (separate && length > 0)
            {
                buffer[length++] = Separator;
            }

            source.CopyTo(index, buffer, length, count);
            return needed;
        }

        /// <summary>
        /// A hash of <paramref name="length"/> folded chars: four chars per multiplication, so that it costs little
        /// next to folding; the high half of the product, which depends on every char, is the result.
        /// </summary>
        internal static int Hash(char[] key, int length)
        {
            const ulong Multiplier = 0x9E3779B97F4A7C15;
            var hash = (ulong)length * Multiplier;
#if NETCOREAPP
            foreach (var word in MemoryMarshal.Cast<char, ulong>(new ReadOnlySpan<char>(key, 0, length)))
            {
                hash = (hash ^ word) * Multiplier;
            }

            var i = length & ~3;
#else
            // The same words, assembled by hand (little-endian, as the read above on the usual machines).
            var i = 0;
            for (; i + 4 <= length; i += 4)
            {
                hash = (hash ^ (key[i] | (ulong)key[i + 1] << 16 | (ulong)key[i + 2] << 32 | (ulong)key[i + 3] << 48)) * Multiplier;
            }
#endif

            ulong tail = 0;
            for (; i < length; i++)
            {
                tail = tail << 16 | key[i];
            }

            hash = (hash ^ tail) * Multiplier;
            return (int)(hash >> 32);
        }

        private static string[] BuildPieces()
        {
            var pieces = new string[TableSize];
            for (var c = 0; c < TableSize; c++)
            {
                pieces[c] = Slow((char)c);
            }

            return pieces;
        }

        private static char[] BuildTable(string[] pieces)
        {
            var table = new char[pieces.Length];
            for (var c = 0; c < pieces.Length; c++)
            {
                var piece = pieces[c];
                table[c] = piece.Length == 0 ? Dropped
                    : piece.Length == 1 && piece[0] >= Separator ? piece[0] // the separator, or one letter or digit
                    : Expands;
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
    }
}
