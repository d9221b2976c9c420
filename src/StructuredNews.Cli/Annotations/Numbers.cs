using System.Collections.Generic;
using System.Linq;
using StructuredNews.Annotations.Validation;

namespace StructuredNews.Cli.Annotations
{
    /// <summary>A number in an article text, as the generator's completeness check finds it.</summary>
    public readonly record struct NumberMention(int Start, int Length, string Text)
    {
        /// <summary>The offset just after the number.</summary>
        public int End => Start + Length;
    }

    /// <summary>The generator's number detection (<c>NumberScanner</c>), called, not copied.</summary>
    public static class Numbers
    {
        /// <summary>Every number the build wants covered by a figure or ignored, in text order.</summary>
        public static IReadOnlyList<NumberMention> Scan(string text, string language) =>
            NumberScanner.Scan(text, language).Select(t => new NumberMention(t.Start, t.Length, t.Text)).ToList();
    }
}
