using System.Globalization;
using System.IO;
using System.Threading;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace StructuredNews.Annotations.Parsing
{
    /// <summary>
    /// Reads YAML into a <see cref="YamlNode"/> tree from YamlDotNet's event stream, iteratively, with bounds on
    /// size and depth and without anchors or aliases: the generator runs inside compilers and IDEs, so hostile
    /// input must neither overflow the stack nor expand without limit. Files in the plain subset annotations use are
    /// read by <see cref="SimpleYamlScanner"/> instead, into the same tree; everything else goes through YamlDotNet.
    /// </summary>
    internal static class YamlTreeReader
    {
        public const int MaxFileLength = 4 * 1024 * 1024;
        public const int MaxDepth = 64;

        public static YamlNode? Read(string path, string text, List<DiagnosticInfo> diagnostics, CancellationToken cancellationToken)
        {
            if (text.Length > MaxFileLength)
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.LimitExceeded, SourceSpan.FileStart(path),
                    "the file has " + text.Length.ToString(CultureInfo.InvariantCulture) + " characters, more than the limit of " +
                    MaxFileLength.ToString(CultureInfo.InvariantCulture) + "; split it into several files"));
                return null;
            }

            // Annotation files almost always stay in the simple subset the fast scanner reads (the same tree, several
            // times faster); anything else, including every error, is YamlDotNet's.
            if (SimpleYamlScanner.TryRead(path, text, cancellationToken, out var root))
            {
                return root;
            }

            return ReadWithYamlDotNet(path, text, diagnostics, cancellationToken);
        }

        /// <summary>The general path: YamlDotNet's parser, with its syntax errors as diagnostics (limits are checked by <see cref="Read"/>).</summary>
        internal static YamlNode? ReadWithYamlDotNet(string path, string text, List<DiagnosticInfo> diagnostics, CancellationToken cancellationToken)
        {
            try
            {
                return ReadEvents(path, new Parser(new StringReader(text)), diagnostics, cancellationToken);
            }
            catch (YamlException e)
            {
                var message = CleanMessage(e);
                var span = message.IndexOf("tab", StringComparison.OrdinalIgnoreCase) >= 0 && FirstIndentingTab(path, text) is { } tab ? tab : SpanOf(path, e.Start, e.End);
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.YamlSyntax, span, message));
                return null;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // YamlDotNet signals some malformed input with other exception types; it is still a syntax error.
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.YamlSyntax, SourceSpan.FileStart(path), e.Message));
                return null;
            }
        }

        private static YamlNode? ReadEvents(string path, IParser parser, List<DiagnosticInfo> diagnostics, CancellationToken cancellationToken)
        {
            // Open collections; the top of the stack receives each finished node.
            var stack = new Stack<Builder>();
            YamlNode? root = null;
            var documents = 0;
            while (parser.MoveNext())
            {
                cancellationToken.ThrowIfCancellationRequested();
                var current = parser.Current!;
                switch (current)
                {
                    case DocumentStart start when !start.IsImplicit || documents > 0:
                        if (++documents > 1)
                        {
                            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.WrongShape, SpanOf(path, current.Start, current.End),
                                "a second YAML document", "one document per file; move it into its own file"));
                            return root;
                        }

                        break;
                    case DocumentStart:
                        documents++;
                        break;
                    case AnchorAlias alias:
                        diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.LimitExceeded, SpanOf(path, current.Start, current.End),
                            "alias '*" + alias.Value + "' is not supported; write the value out"));
                        return null;
                    case NodeEvent node when !node.Anchor.IsEmpty:
                        diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.LimitExceeded, SpanOf(path, current.Start, current.End),
                            "anchor '&" + node.Anchor.Value + "' is not supported; write the value out"));
                        return null;
                    case Scalar scalar:
                        if (!Add(stack, new YamlScalar(SpanOf(path, scalar.Start, scalar.End), scalar.Value, scalar.Style == ScalarStyle.Plain), ref root, diagnostics))
                        {
                            return null;
                        }

                        break;
                    case SequenceStart:
                    case MappingStart:
                        if (stack.Count >= MaxDepth)
                        {
                            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.LimitExceeded, SpanOf(path, current.Start, current.End),
                                "nesting is deeper than " + MaxDepth.ToString(CultureInfo.InvariantCulture) + " levels"));
                            return null;
                        }

                        stack.Push(new Builder(current is MappingStart, current.Start));
                        break;
                    case SequenceEnd:
                    case MappingEnd:
                        var finished = stack.Pop().Build(path, current.End);
                        if (!Add(stack, finished, ref root, diagnostics))
                        {
                            return null;
                        }

                        break;
                }
            }

            return root;
        }

        private static bool Add(Stack<Builder> stack, YamlNode node, ref YamlNode? root, List<DiagnosticInfo> diagnostics)
        {
            if (stack.Count == 0)
            {
                root ??= node;
                return true;
            }

            return stack.Peek().Add(node, diagnostics);
        }

        internal static SourceSpan SpanOf(string path, Mark start, Mark end)
        {
            // YamlDotNet counts lines and columns from 1; Roslyn from 0.
            var startIndex = (int)Math.Max(0, start.Index);
            var endIndex = (int)Math.Max(startIndex, end.Index);
            return new SourceSpan(path, startIndex, endIndex - startIndex,
                (int)Math.Max(0, start.Line - 1), (int)Math.Max(0, start.Column - 1),
                (int)Math.Max(0, end.Line - 1), (int)Math.Max(0, end.Column - 1));
        }

        private static string CleanMessage(YamlException e)
        {
            // YamlDotNet prefixes "(Line: 3, Col: 5, Idx: 20) - (…): "; the diagnostic's location already says it.
            // Its own final period goes: the descriptor's sentence follows.
            var message = e.Message;
            var marker = message.IndexOf("): ", StringComparison.Ordinal);
            message = marker >= 0 && message.StartsWith("(", StringComparison.Ordinal) ? message.Substring(marker + 3) : message;
            return message.TrimEnd('.', ' ');
        }

        // YamlDotNet puts a tab used as indentation at the start of the mapping around it; the tab itself is clearer.
        private static SourceSpan? FirstIndentingTab(string path, string text)
        {
            var line = 0;
            var lineStart = 0;
            for (var i = 0; i < text.Length; i++)
            {
                if (text[i] == '\n')
                {
                    line++;
                    lineStart = i + 1;
                }
                else if (text[i] == '\t' && text.Substring(lineStart, i - lineStart).Trim(' ').Length == 0)
                {
                    return new SourceSpan(path, i, 1, line, i - lineStart, line, i - lineStart + 1);
                }
            }

            return null;
        }

        private sealed class Builder
        {
            private readonly bool isMapping;
            private readonly Mark start;
            private readonly List<YamlNode> items = new List<YamlNode>();
            private readonly List<KeyValuePair<YamlScalar, YamlNode>> entries = new List<KeyValuePair<YamlScalar, YamlNode>>();
            private YamlScalar? pendingKey;

            public Builder(bool isMapping, Mark start)
            {
                this.isMapping = isMapping;
                this.start = start;
            }

            public bool Add(YamlNode node, List<DiagnosticInfo> diagnostics)
            {
                if (!isMapping)
                {
                    items.Add(node);
                }
                else if (pendingKey == null)
                {
                    if (node is not YamlScalar key)
                    {
                        diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.WrongShape, node.Span, node.Describe() + " used as a key", "a plain key such as 'id:'"));
                        return false;
                    }

                    pendingKey = key;
                }
                else
                {
                    entries.Add(new KeyValuePair<YamlScalar, YamlNode>(pendingKey, node));
                    pendingKey = null;
                }

                return true;
            }

            public YamlNode Build(string path, Mark end)
            {
                var span = SpanOf(path, start, end);
                return isMapping ? new YamlMapping(span, entries) : new YamlSequence(span, items);
            }
        }
    }
}
