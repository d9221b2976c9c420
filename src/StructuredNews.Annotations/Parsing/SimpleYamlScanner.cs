using System.Text;
using System.Threading;

namespace StructuredNews.Annotations.Parsing
{
    /// <summary>
    /// A fast reader for the plain subset of YAML that annotation files use, tried before YamlDotNet, whose general
    /// parser was about half of a full generator run. It builds exactly the tree <see cref="YamlTreeReader"/> builds
    /// from YamlDotNet's events: the same values, plain/quoted flags and spans (YamlDotNet's marks, including its
    /// quirks: a block collection ends where the next token starts, a flow collection ends at its closing bracket,
    /// a block scalar ends at the start of the line that ends it).
    /// <para>
    /// What it reads: one implicit document whose root is a block mapping at column 0; block mappings with plain keys;
    /// block sequences (also holding compact mappings, <c>- key: value</c>); single-line plain, single- and
    /// double-quoted scalars; single-line flow sequences and mappings; literal and folded block scalars whose lines are
    /// not more indented; empty values; comments. For anything else (tabs, CR, anchors, aliases, tags, directives,
    /// document markers, multi-line flow scalars, explicit keys, unusual indentation, any syntax error, nesting
    /// deeper than <see cref="YamlTreeReader.MaxDepth"/>) it gives up, cheaply and without throwing, and the caller
    /// reads the file with YamlDotNet, so every diagnostic stays YamlDotNet's.
    /// </para>
    /// It never recurses deeper than the depth limit and every loop advances through the text, so it cannot hang.
    /// </summary>
    internal sealed class SimpleYamlScanner
    {
        private const int MaxKeyLength = 1000; // YamlDotNet rejects simple keys longer than 1024 characters

        private readonly string path;
        private readonly string text;
        private readonly CancellationToken cancellationToken;
        private int pos;
        private int line;
        private int lineStart;

        // The column of the content that pos is at after moving to the next content line; -1 at the end of the text.
        private int indent;

        // Block collections gather their items in a list kept per depth and copy it once, at its final size: a new
        // list grown one item at a time per collection was a good part of parsing's garbage. A nested block
        // collection is one level deeper, so no depth's list is used by two collections at once.
        private readonly List<List<KeyValuePair<YamlScalar, YamlNode>>> entriesByDepth = new List<List<KeyValuePair<YamlScalar, YamlNode>>>();
        private readonly List<List<YamlNode>> itemsByDepth = new List<List<YamlNode>>();

        // The distinct block keys met so far (see KeyText); bounded, so a file of many different keys costs no more than before.
        private const int MaxKeyTexts = 64;
        private readonly List<string> keyTexts = new List<string>();

        private SimpleYamlScanner(string path, string text, CancellationToken cancellationToken)
        {
            this.path = path;
            this.text = text;
            this.cancellationToken = cancellationToken;
        }

        /// <summary>
        /// Reads <paramref name="text"/> when it is in the subset this scanner is sure about; false (and no tree) for
        /// anything else, which the caller must then read with YamlDotNet.
        /// </summary>
        public static bool TryRead(string path, string text, CancellationToken cancellationToken, out YamlNode? root)
        {
            root = null;
            if (!HasOnlySimpleCharacters(text))
            {
                return false;
            }

            var scanner = new SimpleYamlScanner(path, text, cancellationToken);
            root = scanner.ReadDocument();
            return root != null;
        }

        private YamlNode? ReadDocument()
        {
            NextContentLine();
            if (indent != 0 || IsBlockEntry(pos))
            {
                return null; // empty, indented or not a mapping
            }

            var root = BlockMapping(0, 1);
            return root != null && indent == -1 ? root : null;
        }

        /// <summary>
        /// Line feeds and printable characters only: no tabs, no CR, no other line breaks (NEL, LS, PS count as
        /// breaks for YamlDotNet), no byte order mark, no control characters, no lone surrogates.
        /// </summary>
        private static bool HasOnlySimpleCharacters(string text)
        {
            for (var i = 0; i < text.Length; i++)
            {
                var c = text[i];
                if (c >= ' ' && c < '\u007F' || c == '\n')
                {
                    continue;
                }

                if (c < '\u00A0' || c == '\u2028' || c == '\u2029' || c == '\uFEFF' || c >= '\uFFFE')
                {
                    return false;
                }

                if (char.IsHighSurrogate(c))
                {
                    if (i + 1 >= text.Length || !char.IsLowSurrogate(text[i + 1]))
                    {
                        return false;
                    }

                    i++;
                }
                else if (char.IsLowSurrogate(c))
                {
                    return false;
                }
            }

            return true;
        }

        // ---- block structure ----------------------------------------------------------------------------------

        /// <summary>A block mapping whose first key is at pos (column <paramref name="column"/>); ends at the next content line.</summary>
        private YamlMapping? BlockMapping(int column, int depth)
        {
            if (depth >= YamlTreeReader.MaxDepth)
            {
                return null;
            }

            int startPos = pos, startLine = line;
            var entries = Gatherer(entriesByDepth, depth);
            while (true)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var key = BlockKey();
                if (key == null)
                {
                    return null;
                }

                var value = MappingValue(column, depth);
                if (value == null)
                {
                    return null;
                }

                entries.Add(new KeyValuePair<YamlScalar, YamlNode>(key, value));
                if (indent == column)
                {
                    if (IsBlockEntry(pos))
                    {
                        return null;
                    }

                    continue;
                }

                if (indent > column)
                {
                    return null;
                }

                return new YamlMapping(SpanToHere(startPos, startLine, column), new List<KeyValuePair<YamlScalar, YamlNode>>(entries));
            }
        }

        /// <summary>A block sequence whose first '-' is at pos (column <paramref name="column"/>); ends at the next content line.</summary>
        private YamlSequence? BlockSequence(int column, int depth)
        {
            if (depth >= YamlTreeReader.MaxDepth)
            {
                return null;
            }

            int startPos = pos, startLine = line;
            var items = Gatherer(itemsByDepth, depth);
            while (true)
            {
                cancellationToken.ThrowIfCancellationRequested();
                pos++; // '-'
                if (!SkipSpaces())
                {
                    return null; // nothing after '-' on this line: a nested node on the next lines, or an empty item
                }

                var item = SequenceItem(column, depth);
                if (item == null)
                {
                    return null;
                }

                items.Add(item);
                if (indent == column)
                {
                    if (!IsBlockEntry(pos))
                    {
                        return null;
                    }

                    continue;
                }

                if (indent > column)
                {
                    return null;
                }

                return new YamlSequence(SpanToHere(startPos, startLine, column), new List<YamlNode>(items));
            }
        }

        /// <summary>The empty list that collections at <paramref name="depth"/> gather their items in.</summary>
        private static List<T> Gatherer<T>(List<List<T>> byDepth, int depth)
        {
            while (byDepth.Count <= depth)
            {
                byDepth.Add(new List<T>());
            }

            var list = byDepth[depth];
            list.Clear();
            return list;
        }

        private YamlNode? SequenceItem(int sequenceColumn, int depth) => LineValue(sequenceColumn, depth, compactMapping: true);

        /// <summary>A plain key and its ':' (followed by a space or the end of the line); pos ends after the ':'.</summary>
        private YamlScalar? BlockKey()
        {
            if (!CanStartPlain(pos) || text[pos] == '-')
            {
                return null;
            }

            var start = pos;
            var end = ScanBlockPlain(out var stop);
            if (stop != PlainStop.Colon || end != pos || end - start > MaxKeyLength ||
                end - start >= 3 && lineStart == start && (string.CompareOrdinal(text, start, "---", 0, 3) == 0 || string.CompareOrdinal(text, start, "...", 0, 3) == 0))
            {
                return null;
            }

            pos++; // ':'
            return new YamlScalar(SingleLineSpan(start, end), KeyText(start, end), isPlain: true);
        }

        /// <summary>
        /// The text of a block key. Keys repeat through a file (every figure has 'id', 'measure', ...), so each
        /// distinct key is made once and handed out again, instead of a new string per occurrence.
        /// </summary>
        private string KeyText(int start, int end)
        {
            var length = end - start;
            foreach (var key in keyTexts)
            {
                if (key.Length == length && string.CompareOrdinal(text, start, key, 0, length) == 0)
                {
                    return key;
                }
            }

            var made = text.Substring(start, length);
            if (keyTexts.Count < MaxKeyTexts)
            {
                keyTexts.Add(made);
            }

            return made;
        }

        /// <summary>The value after "key:" (pos is after the ':'); ends at the next content line.</summary>
        private YamlNode? MappingValue(int mappingColumn, int depth)
        {
            int colon = pos, colonLine = line, colonColumn = pos - lineStart;
            if (!SkipSpaces())
            {
                // The value is on the following lines, or empty.
                if (!EndOfLine())
                {
                    return null;
                }

                if (indent > mappingColumn)
                {
                    return IsBlockEntry(pos) ? BlockSequence(indent, depth + 1) : BlockMapping(indent, depth + 1);
                }

                if (indent == mappingColumn && IsBlockEntry(pos))
                {
                    return null; // a sequence not indented under its key
                }

                // YamlDotNet puts an empty value right after the ':'.
                return new YamlScalar(new SourceSpan(path, colon, 0, colonLine, colonColumn, colonLine, colonColumn), "", isPlain: true);
            }

            return LineValue(mappingColumn, depth, compactMapping: false);
        }

        /// <summary>
        /// A value that starts at pos on the current line: a quoted or flow node, a block scalar, or a plain scalar.
        /// A plain scalar followed by ':' opens a compact mapping in a sequence item ("- key: value") and is given up
        /// on after a key. Also gives up on a quoted or flow key ("- {a: b}: c"): ':' cannot end a line.
        /// </summary>
        private YamlNode? LineValue(int column, int depth, bool compactMapping)
        {
            switch (text[pos])
            {
                case '"':
                case '\'':
                case '[':
                case '{':
                    {
                        var node = InlineNode(depth + 1);
                        return node != null && EndOfLine() ? node : null;
                    }

                case '|':
                case '>':
                    return BlockScalar(column);
            }

            if (!CanStartPlain(pos))
            {
                return null;
            }

            var start = pos;
            var end = ScanBlockPlain(out var stop);
            if (stop == PlainStop.Colon)
            {
                if (!compactMapping)
                {
                    return null;
                }

                pos = start;
                return BlockMapping(start - lineStart, depth + 1);
            }

            var scalar = new YamlScalar(SingleLineSpan(start, end), text.Substring(start, end - start), isPlain: true);
            return EndOfLine() ? scalar : null;
        }

        private bool IsBlockEntry(int i) => i < text.Length && text[i] == '-' && (i + 1 >= text.Length || text[i + 1] == ' ' || text[i + 1] == '\n');

        /// <summary>A plain scalar may start here (in block context; rarer forms such as "-x" or ":x" are left to YamlDotNet).</summary>
        private bool CanStartPlain(int i)
        {
            if (i >= text.Length)
            {
                return false;
            }

            switch (text[i])
            {
                case ' ':
                case '\n':
                case '-':
                case '?':
                case ':':
                case ',':
                case '[':
                case ']':
                case '{':
                case '}':
                case '#':
                case '&':
                case '*':
                case '!':
                case '|':
                case '>':
                case '\'':
                case '"':
                case '%':
                case '@':
                case '`':
                    // '-' followed by a digit is common enough (negative numbers) and unambiguous.
                    return text[i] == '-' && i + 1 < text.Length && text[i + 1] >= '0' && text[i + 1] <= '9';
                default:
                    return true;
            }
        }

        private enum PlainStop
        {
            EndOfLine,
            Colon,
            Comment,
        }

        /// <summary>
        /// Scans a plain scalar on the current line from pos (block context). Returns the end of its value (trailing
        /// spaces excluded); pos is left at the stop (line end, ':' of a key, or the '#' of a comment).
        /// </summary>
        private int ScanBlockPlain(out PlainStop stop)
        {
            var i = pos;
            var length = text.Length;
            stop = PlainStop.EndOfLine;
            while (i < length)
            {
                var c = text[i];
                if (c == '\n')
                {
                    break;
                }

                if (c == ':' && (i + 1 >= length || text[i + 1] == ' ' || text[i + 1] == '\n'))
                {
                    stop = PlainStop.Colon;
                    break;
                }

                if (c == '#' && text[i - 1] == ' ')
                {
                    stop = PlainStop.Comment;
                    break;
                }

                i++;
            }

            pos = i;
            while (i > 0 && text[i - 1] == ' ')
            {
                i--;
            }

            return i;
        }

        /// <summary>Skips spaces; true when something other than the end of the line or a comment follows.</summary>
        private bool SkipSpaces()
        {
            SkipInlineSpaces();
            return pos < text.Length && text[pos] != '\n' && text[pos] != '#';
        }

        /// <summary>
        /// Only spaces and a comment may follow on this line; then moves to the next content line. False for
        /// anything else.
        /// </summary>
        private bool EndOfLine()
        {
            SkipInlineSpaces();
            if (pos < text.Length && text[pos] == '#')
            {
                if (pos > lineStart && text[pos - 1] != ' ')
                {
                    return false; // "x#": not a comment
                }

                var end = text.IndexOf('\n', pos);
                pos = end < 0 ? text.Length : end;
            }

            if (pos < text.Length && text[pos] != '\n')
            {
                return false;
            }

            NextContentLine();
            return true;
        }

        /// <summary>
        /// From the end of a line (or the start of one), skips blank and comment lines; pos ends at the first
        /// character of the next content line and <see cref="indent"/> is its column, or -1 at the end of the text.
        /// </summary>
        private void NextContentLine()
        {
            var length = text.Length;
            if (pos < length && text[pos] == '\n')
            {
                pos++;
                line++;
                lineStart = pos;
            }

            while (true)
            {
                while (pos < length && text[pos] == ' ')
                {
                    pos++;
                }

                if (pos >= length)
                {
                    indent = -1;
                    return;
                }

                var c = text[pos];
                if (c == '#')
                {
                    var end = text.IndexOf('\n', pos);
                    if (end < 0)
                    {
                        pos = length;
                        indent = -1;
                        return;
                    }

                    pos = end;
                    c = '\n';
                }

                if (c != '\n')
                {
                    indent = pos - lineStart;
                    return;
                }

                pos++;
                line++;
                lineStart = pos;
            }
        }

        // ---- scalars and flow collections on one line ---------------------------------------------------------

        /// <summary>A quoted scalar or a flow collection at pos, all on the current line; pos ends after it.</summary>
        private YamlNode? InlineNode(int depth)
        {
            switch (text[pos])
            {
                case '"':
                    return DoubleQuoted();
                case '\'':
                    return SingleQuoted();
                case '[':
                    return FlowSequence(depth);
                case '{':
                    return FlowMapping(depth);
                default:
                    return null;
            }
        }

        private YamlScalar? SingleQuoted()
        {
            var start = pos;
            var i = pos + 1;
            StringBuilder? builder = null;
            var runStart = i;
            while (true)
            {
                if (i >= text.Length || text[i] == '\n')
                {
                    return null; // continues on the next line: left to YamlDotNet
                }

                if (text[i] == '\'')
                {
                    if (i + 1 < text.Length && text[i + 1] == '\'')
                    {
                        builder ??= new StringBuilder();
                        builder.Append(text, runStart, i + 1 - runStart);
                        i += 2;
                        runStart = i;
                        continue;
                    }

                    break;
                }

                i++;
            }

            var value = builder == null ? text.Substring(runStart, i - runStart) : builder.Append(text, runStart, i - runStart).ToString();
            pos = i + 1;
            return new YamlScalar(SingleLineSpan(start, pos), value, isPlain: false);
        }

        private YamlScalar? DoubleQuoted()
        {
            var start = pos;
            var i = pos + 1;
            StringBuilder? builder = null;
            var runStart = i;
            while (true)
            {
                if (i >= text.Length)
                {
                    return null;
                }

                var c = text[i];
                if (c == '"')
                {
                    break;
                }

                if (c == '\n')
                {
                    return null; // continues on the next line: left to YamlDotNet
                }

                if (c != '\\')
                {
                    i++;
                    continue;
                }

                builder ??= new StringBuilder();
                builder.Append(text, runStart, i - runStart);
                if (i + 1 >= text.Length)
                {
                    return null;
                }

                var e = text[i + 1];
                i += 2;
                switch (e)
                {
                    case '0': builder.Append('\0'); break;
                    case 'a': builder.Append('\a'); break;
                    case 'b': builder.Append('\b'); break;
                    case 't': builder.Append('\t'); break;
                    case 'n': builder.Append('\n'); break;
                    case 'v': builder.Append('\v'); break;
                    case 'f': builder.Append('\f'); break;
                    case 'r': builder.Append('\r'); break;
                    case 'e': builder.Append('\u001B'); break;
                    case ' ': builder.Append(' '); break;
                    case '"': builder.Append('"'); break;
                    case '\\': builder.Append('\\'); break;
                    case '/': builder.Append('/'); break;
                    case 'N': builder.Append('\u0085'); break;
                    case '_': builder.Append('\u00A0'); break;
                    case 'L': builder.Append('\u2028'); break;
                    case 'P': builder.Append('\u2029'); break;
                    case 'x':
                    case 'u':
                        {
                            var digits = e == 'x' ? 2 : 4;
                            if (i + digits > text.Length)
                            {
                                return null;
                            }

                            var code = 0;
                            for (var k = 0; k < digits; k++)
                            {
                                var h = HexValue(text[i + k]);
                                if (h < 0)
                                {
                                    return null;
                                }

                                code = code * 16 + h;
                            }

                            if (code >= 0xD800 && code <= 0xDFFF)
                            {
                                return null; // surrogates: left to YamlDotNet
                            }

                            builder.Append((char)code);
                            i += digits;
                            break;
                        }

                    default:
                        return null; // \U, a line continuation, or an unknown escape
                }

                runStart = i;
            }

            var value = builder == null ? text.Substring(runStart, i - runStart) : builder.Append(text, runStart, i - runStart).ToString();
            pos = i + 1;
            return new YamlScalar(SingleLineSpan(start, pos), value, isPlain: false);
        }

        private static int HexValue(char c) =>
            c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;

        /// <summary>A flow sequence on the current line; YamlDotNet ends its span at the start of the ']'.</summary>
        private YamlSequence? FlowSequence(int depth)
        {
            var start = pos;
            var items = new List<YamlNode>();
            bool ReadItem()
            {
                var item = FlowNode(depth, key: false);
                if (item != null)
                {
                    items.Add(item);
                }

                return item != null;
            }

            return FlowItems(depth, ']', ReadItem) ? new YamlSequence(ClosedSpan(start), items) : null;
        }

        /// <summary>A flow mapping on the current line with plain keys; YamlDotNet ends its span at the start of the '}'.</summary>
        private YamlMapping? FlowMapping(int depth)
        {
            var start = pos;
            var entries = new List<KeyValuePair<YamlScalar, YamlNode>>();
            bool ReadEntry()
            {
                if (FlowNode(depth, key: true) is not YamlScalar key)
                {
                    return false;
                }

                // FlowNode(key: true) stops at ':' followed by a space.
                pos++;
                SkipInlineSpaces();
                var value = FlowNode(depth, key: false);
                if (value != null)
                {
                    entries.Add(new KeyValuePair<YamlScalar, YamlNode>(key, value));
                }

                return value != null;
            }

            return FlowItems(depth, '}', ReadEntry) ? new YamlMapping(ClosedSpan(start), entries) : null;
        }

        /// <summary>
        /// Reads the comma-separated items of a flow collection whose opening bracket is at pos, up to the closing
        /// one, which is left at pos; false (give up) on anything else.
        /// </summary>
        private bool FlowItems(int depth, char close, System.Func<bool> readItem)
        {
            if (depth >= YamlTreeReader.MaxDepth)
            {
                return false;
            }

            pos++;
            SkipInlineSpaces();
            if (pos < text.Length && text[pos] != close)
            {
                while (true)
                {
                    if (!readItem())
                    {
                        return false;
                    }

                    SkipInlineSpaces();
                    if (pos >= text.Length)
                    {
                        return false;
                    }

                    if (text[pos] == close)
                    {
                        break;
                    }

                    if (text[pos] != ',')
                    {
                        return false;
                    }

                    pos++;
                    SkipInlineSpaces();
                }
            }

            return pos < text.Length && text[pos] == close;
        }

        // The span of a flow collection from its opening bracket to the closing one at pos, which it then passes.
        private SourceSpan ClosedSpan(int start)
        {
            var span = SingleLineSpan(start, pos);
            pos++;
            return span;
        }

        /// <summary>
        /// A node inside a flow collection: a quoted scalar, a nested flow collection or a plain scalar. A key is a
        /// plain scalar followed by ": " (pos is left at the ':'); a value must not contain ':' or '#'.
        /// </summary>
        private YamlNode? FlowNode(int depth, bool key)
        {
            if (pos >= text.Length)
            {
                return null;
            }

            var c = text[pos];
            if (!key && (c == '"' || c == '\'' || c == '[' || c == '{'))
            {
                return InlineNode(depth + 1);
            }

            if (!CanStartPlain(pos) || c == '-')
            {
                return null;
            }

            var start = pos;
            var i = pos;
            while (true)
            {
                if (i >= text.Length)
                {
                    return null;
                }

                c = text[i];
                if (c == ',' || c == ']' || c == '}' || c == '[' || c == '{')
                {
                    if (key)
                    {
                        return null;
                    }

                    break;
                }

                if (c == ':')
                {
                    if (key && i + 1 < text.Length && text[i + 1] == ' ' && text[i - 1] != ' ')
                    {
                        break;
                    }

                    return null;
                }

                if (c == '#' || c == '\n')
                {
                    return null;
                }

                i++;
            }

            pos = i;
            while (text[i - 1] == ' ')
            {
                i--;
            }

            return new YamlScalar(SingleLineSpan(start, i), text.Substring(start, i - start), isPlain: true);
        }

        private void SkipInlineSpaces()
        {
            while (pos < text.Length && text[pos] == ' ')
            {
                pos++;
            }
        }

        // ---- block scalars ------------------------------------------------------------------------------------

        /// <summary>
        /// A literal ('|') or folded ('>') block scalar at pos, with optional chomping indicator; its lines must not be
        /// more indented than the first one when folded, and blank lines must be empty or hold no more spaces than the
        /// indentation. Ends at the next content line.
        /// </summary>
        private YamlScalar? BlockScalar(int parentColumn)
        {
            int start = pos, startLine = line, startColumn = pos - lineStart;
            var literal = text[pos] == '|';
            pos++;
            var chomping = 0; // -1 strip, 0 clip, 1 keep
            if (pos < text.Length && (text[pos] == '-' || text[pos] == '+'))
            {
                chomping = text[pos] == '-' ? -1 : 1;
                pos++;
            }

            // Only spaces and a comment may follow the header.
            var afterHeader = pos;
            SkipInlineSpaces();
            if (pos < text.Length && text[pos] == '#' && pos > afterHeader)
            {
                var end = text.IndexOf('\n', pos);
                pos = end < 0 ? text.Length : end;
            }

            if (pos >= text.Length || text[pos] != '\n')
            {
                return null;
            }

            pos++;
            line++;
            lineStart = pos;

            var blockIndent = -1;
            var builder = new StringBuilder();
            var breaks = 0; // empty lines since the last content line
            var length = text.Length;
            while (true)
            {
                var i = lineStart;
                while (i < length && text[i] == ' ')
                {
                    i++;
                }

                var spaces = i - lineStart;
                if (i >= length)
                {
                    if (spaces > 0)
                    {
                        return null; // trailing spaces without a line feed
                    }

                    pos = length;
                    break;
                }

                if (text[i] == '\n')
                {
                    if (blockIndent < 0 || spaces > blockIndent)
                    {
                        return null; // leading empty lines, or spaces that would be content
                    }

                    breaks++;
                    pos = i + 1;
                    line++;
                    lineStart = pos;
                    continue;
                }

                if (blockIndent < 0)
                {
                    if (spaces <= parentColumn)
                    {
                        return null; // an empty block scalar
                    }

                    blockIndent = spaces;
                }

                if (spaces < blockIndent)
                {
                    pos = lineStart; // the scalar ends at the start of this line
                    break;
                }

                if (spaces > blockIndent && !literal)
                {
                    return null; // more-indented lines fold differently
                }

                var lineEnd = text.IndexOf('\n', i);
                if (lineEnd < 0)
                {
                    return null; // the last line has no line feed
                }

                if (builder.Length > 0 || breaks > 0)
                {
                    if (literal || breaks > 0)
                    {
                        builder.Append('\n', literal ? breaks + 1 : breaks);
                    }
                    else
                    {
                        builder.Append(' ');
                    }
                }

                builder.Append(text, lineStart + blockIndent, lineEnd - lineStart - blockIndent);
                breaks = 0;
                pos = lineEnd + 1;
                line++;
                lineStart = pos;
            }

            if (blockIndent < 0 || builder.Length == 0)
            {
                return null;
            }

            if (chomping == 0)
            {
                builder.Append('\n');
            }
            else if (chomping > 0)
            {
                builder.Append('\n', breaks + 1);
            }

            SourceSpan span;
            if (pos >= length)
            {
                var endLine = pos == lineStart ? line : line + 1;
                span = new SourceSpan(path, start, pos - start, startLine, startColumn, endLine, 0);
            }
            else
            {
                span = new SourceSpan(path, start, pos - start, startLine, startColumn, line, 0);
            }

            var scalar = new YamlScalar(span, builder.ToString(), isPlain: false);
            NextContentLine();
            return scalar;
        }

        // ---- spans --------------------------------------------------------------------------------------------

        private SourceSpan SingleLineSpan(int start, int end) =>
            new SourceSpan(path, start, end - start, line, start - lineStart, line, end - lineStart);

        /// <summary>
        /// A block collection's span: from its start to the next token (pos) or, at the end of the text, to where
        /// YamlDotNet puts the end: it starts a new line if the text does not end with one, but collections indented
        /// deeper than the last line's trailing spaces or comment end before that.
        /// </summary>
        private SourceSpan SpanToHere(int startPos, int startLine, int startColumn)
        {
            if (indent < 0)
            {
                var endColumn = text.Length - lineStart;
                var endLine = line;
                if (startColumn <= endColumn && endColumn > 0)
                {
                    endLine++;
                    endColumn = 0;
                }

                return new SourceSpan(path, startPos, text.Length - startPos, startLine, startColumn, endLine, endColumn);
            }

            return new SourceSpan(path, startPos, pos - startPos, startLine, startColumn, line, pos - lineStart);
        }
    }
}
