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
            var length = 0;

            // A separator is written only before the next letter, so that none lead, trail or repeat.
            var separate = false;
            var i = 0;
            while ((i = FoldSimple(name, i, buffer, ref length, ref separate)) < name.Length)
            {
                if (i < 0)
                {
                    return -1;
                }

                // A char that folds to several letters, or lies beyond the table: a surrogate is kept as it is.
                var c = name[i++];
                var piece = char.IsSurrogate(c) ? null : c < TableSize ? Pieces[c] : Slow(c);
                if (piece == null)
                {
                    if (!Append(c, buffer, ref length, ref separate))
                    {
                        return -1;
                    }

                    continue;
                }

                foreach (var letter in piece)
                {
                    if (letter == Separator)
                    {
                        separate = true;
                    }
                    else if (!Append(letter, buffer, ref length, ref separate))
                    {
                        return -1;
                    }
                }
            }

            return length;
        }

        // FoldInto's loop for as long as every char is in the table and folds to at most one char, which is where
        // nearly all the time goes. Kept free of calls, with its state in locals, so that the JIT holds everything
        // in registers. Returns the index of the first char it cannot fold, the name's length when there is none,
        // or -1 when the key outgrows the buffer.
        private static int FoldSimple(string name, int start, char[] buffer, ref int length, ref bool separate)
        {
            var table = Table;
            var capacity = (uint)buffer.Length;
            var written = length;
            var pending = separate;
            var i = start;
            for (; (uint)i < (uint)name.Length; i++) // unsigned: the JIT then knows name[i] is in bounds
            {
                var c = name[i];
                var folded = c < (uint)table.Length ? table[c] : Expands;
                if (folded > Separator)
                {
                    if (pending)
                    {
                        pending = false;
                        if (written > 0)
                        {
                            if ((uint)written >= capacity)
                            {
                                return -1;
                            }

                            buffer[written++] = Separator;
                        }
                    }

                    if ((uint)written >= capacity)
                    {
                        return -1;
                    }

                    buffer[written++] = folded;
                }
                else if (folded == Separator)
                {
                    pending = true;
                }
                else if (folded == Expands)
                {
                    break;
                }

                // Otherwise Dropped: a mark or an invisible format char, which folds to nothing.
            }

            length = written;
            separate = pending;
            return i;
        }

        // Writes a letter, after a separator if one is pending; false when the buffer is full.
        private static bool Append(char letter, char[] buffer, ref int length, ref bool separate)
        {
            if (separate && length > 0)
            {
                if (length == buffer.Length)
                {
                    return false;
                }

                buffer[length++] = Separator;
            }

            separate = false;
            if (length == buffer.Length)
            {
                return false;
            }

            buffer[length++] = letter;
            return true;
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
            // The same words as the read above gives on little-endian machines, assembled by hand.
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
            // Noncharacters (U+FFFE, U+FFFF, U+FDD0–U+FDEF) make Normalize throw; they are not letters either.
            if (c == '\uFFFE' || c == '\uFFFF' || (c >= '\uFDD0' && c <= '\uFDEF'))
            {
                return " ";
            }

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
