using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace StructuredNews.Generators.Tests.Infrastructure
{
    /// <summary>An <c>AdditionalFiles</c> item held in memory.</summary>
    public sealed class InMemoryAdditionalText : AdditionalText
    {
        private readonly SourceText text;

        public InMemoryAdditionalText(string path, string text)
        {
            Path = path;
            this.text = SourceText.From(text, Encoding.UTF8);
        }

        public override string Path { get; }

        public string Content => text.ToString();

        public override SourceText GetText(CancellationToken cancellationToken = default) => text;

        public override string ToString() => Path;
    }
}
