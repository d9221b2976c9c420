using System;
using System.Collections.Generic;

namespace StructuredNews.Cli.Rendering
{
    /// <summary>
    /// Finding passages in article texts the way the generator's completeness check does: ordinal, and as whole
    /// words (a passage that starts or ends with a letter or digit must not continue a word there).
    /// </summary>
    public static class TextSearch
    {
        /// <summary>Start offsets of every occurrence of <paramref name="passage"/>, overlapping ones included.</summary>
        public static List<int> Occurrences(string text, string passage)
        {
            var result = new List<int>();
            if (passage.Length == 0)
            {
                return result;
            }

            for (var at = text.IndexOf(passage, StringComparison.Ordinal); at >= 0; at = text.IndexOf(passage, at + 1, StringComparison.Ordinal))
            {
                result.Add(at);
            }

            return result;
        }

        /// <summary>Start offsets of the whole-word occurrences of <paramref name="passage"/>.</summary>
        public static List<int> WordOccurrences(string text, string passage) =>
            Occurrences(text, passage).FindAll(start => IsWord(text, start, start + passage.Length));

        /// <summary>Whether the span neither starts nor ends inside a word.</summary>
        public static bool IsWord(string text, int start, int end) =>
            (start == 0 || !char.IsLetterOrDigit(text[start]) || !char.IsLetterOrDigit(text[start - 1])) &&
            (end == text.Length || !char.IsLetterOrDigit(text[end - 1]) || !char.IsLetterOrDigit(text[end]));

        /// <summary>The span widened to whole words: "80" in "Ifz80EpXFC" becomes the whole "Ifz80EpXFC".</summary>
        public static (int Start, int End) WidenToWord(string text, int start, int end)
        {
            if (char.IsLetterOrDigit(text[start]))
            {
                while (start > 0 && char.IsLetterOrDigit(text[start - 1]))
                {
                    start--;
                }
            }

            if (char.IsLetterOrDigit(text[end - 1]))
            {
                while (end < text.Length && char.IsLetterOrDigit(text[end]))
                {
                    end++;
                }
            }

            return (start, end);
        }

        /// <summary>
        /// The sentence around an offset: from after the previous sentence end ('.', '!' or '?' followed by white
        /// space) or line break, to the next sentence end (included) or line break; trimmed.
        /// </summary>
        public static (int Start, int End) SentenceAround(string text, int offset)
        {
            var start = offset;
            while (start > 0)
            {
                var c = text[start - 1];
                if (c == '\n' || c == '\r' || (char.IsWhiteSpace(c) && start >= 2 && IsSentenceEnd(text[start - 2])))
                {
                    break;
                }

                start--;
            }

            var end = offset;
            while (end < text.Length && text[end] != '\n' && text[end] != '\r')
            {
                if (IsSentenceEnd(text[end]) && (end + 1 == text.Length || char.IsWhiteSpace(text[end + 1])))
                {
                    end++;
                    break;
                }

                end++;
            }

            while (start < end && char.IsWhiteSpace(text[start]))
            {
                start++;
            }

            while (end > start && char.IsWhiteSpace(text[end - 1]))
            {
                end--;
            }

            return (start, end);
        }

        private static bool IsSentenceEnd(char c) => c == '.' || c == '!' || c == '?';
    }
}
