using System;
using System.Collections.Generic;
using System.Linq;
using StructuredNews.Annotations.Parsing;
using Xunit;
using Xunit.Abstractions;

namespace StructuredNews.Generators.Tests.Parsing
{
    /// <summary>
    /// <see cref="SimpleYamlScanner"/> against YamlDotNet: on every real, test and synthetic annotation file the fast
    /// path must be taken (no fallback) and give exactly YamlDotNet's tree; small inputs pin the edge cases it reads
    /// and the ones it must leave to YamlDotNet.
    /// </summary>
    public class SimpleYamlScannerTests
    {
        private readonly ITestOutputHelper output;

        public SimpleYamlScannerTests(ITestOutputHelper output) => this.output = output;

        [Fact]
        public void RepositoryYamlTakesTheFastPathAndGivesTheYamlDotNetTree()
        {
            var files = YamlPaths.RepositoryYaml;
            Assert.True(files.Count >= 13, "expected data/ and TestData/ YAML, found " + files.Count);
            AssertSameTrees(files);
        }

        [Fact]
        public void SyntheticCorpusTakesTheFastPathAndGivesTheYamlDotNetTree()
        {
            var files = YamlPaths.SyntheticYaml;
            Assert.True(files.Count > YamlPaths.SyntheticArticles, "expected a synthetic corpus, found " + files.Count + " files");
            AssertSameTrees(files);
        }

        private void AssertSameTrees(IReadOnlyList<(string Path, string Text)> files)
        {
            var failures = new List<string>();
            var nodes = 0;
            foreach (var (path, text) in files)
            {
                var (expected, diagnostics) = YamlPaths.YamlDotNet(path, text);
                Assert.True(diagnostics.Count == 0, path + ": YamlDotNet reports " + string.Join("; ", diagnostics));
                var (accepted, actual) = YamlPaths.Fast(path, text);
                if (!accepted)
                {
                    failures.Add(path + ": the fast scanner fell back to YamlDotNet");
                }
                else if (YamlPaths.Difference(expected, actual) is { } difference)
                {
                    failures.Add(path + ": " + difference);
                }

                nodes += YamlPaths.CountNodes(expected);
            }

            output.WriteLine(files.Count + " files, " + nodes + " nodes compared");
            Assert.True(failures.Count == 0, string.Join("\n", failures.Take(20)));
        }

        public static TheoryData<string> Accepted => new TheoryData<string>
        {
            "a: b",
            "a: b\n",
            "a: b\n# trailing comment",
            "a: b\n# trailing comment\n",
            "a: b   \n\n\n",
            "a: b\n  ",
            "a:\n  b: c\n ",
            "a:\n  b: c\n  ",
            "a:\n  - b: c\n   ",
            "a:\n  - b: c\n  # c",
            "a:\n  b:\n    - c\n # c",
            "a:\n",
            "a:",
            "a:\nb: c\n",
            "a:   # comment\nb: c\n",
            "a: b # comment\nc: d #another\n",
            "a: b#c d\n",
            "a: http://example.org:80/x\n",
            "a: 10:30\n",
            "a: x, y [z] {w}\n",
            "a: it's \"quoted\" inside\n",
            "a: -5\nb: -0.5\n",
            "a: 80%\n",
            "a: æøå Tokajev 😀\n",
            "a:\n  b: c\n  d:\n    e: f\ng: h\n",
            "a:\n  - x\n  - y\n",
            "a:\n    - x\n    - y\nb: c\n",
            "a:\n  - x: 1\n    y: 2\n  - x: 3\n",
            "a:\n  - x: 1\n    y:\n      - p\n      - q\n  - z\n",
            "a:\n  - x:\n      y: z\n",
            "a:\n  - x:\n  - y\n",
            "a:\n\n  # comment\n  - x\n\n  # another\n\n  - y\n\n# end\n",
            "a:\n  - \"x\"\n  - 'y'\n  - [p, q]\n  - { r: s }\n",
            "a: []\nb: {}\nc: [ ]\nd: { }\n",
            "a: [x]\nb: [x, y, z]\nc: [ x , y ]\nd: [\"x\", 'y', [z], {u: v}]\n",
            "a: { b: c, d: e }\nf: {g: h}\n",
            "a: { b: [c, d], e: { f: g } }\n",
            "a: { title: President of Kazakhstan, of: kazakhstan, from: 2019-03-20 }\n",
            "a: \"\"\nb: ''\n",
            "a: \"x \\\"y\\\" \\\\ \\n \\t \\/ \\0 \\x41 \\u00e9 \\N \\_ \\L \\P \\e\"\n",
            "a: 'it''s'\nb: ''''\n",
            "a: \"# not a comment\" # a comment\n",
            "a: >-\n  x\n  y\n\n  z\nb: c\n",
            "a: >\n  x\n  y\n\n\nb: c\n",
            "a: >+\n  x\n  y\n\n\nb: c\n",
            "a: |\n  x\n   y\n\n  z\nb: c\n",
            "a: |-\n  x\n  y\n",
            "a: |+\n  x\n\n",
            "a: >- # comment\n  x\n  # not a comment\nb: c\n",
            "a:\n  b: >-\n    x\n\n # comment\n  c: d\n",
            "a:\n  b: >-\n    x\n  \n  c: d\n",
            "a:\n  - >-\n   x\n   y\n  - |+\n   z\n\n  - q\n",
            "a:\n  - b: >-\n      x\n    c: d\n",
            "a: \"😀x\"\n",
            "key with spaces: value with spaces\n",
        };

        public static TheoryData<string> LeftToYamlDotNet => new TheoryData<string>
        {
            "",
            "# only a comment\n",
            "- a\n- b\n",
            "scalar\n",
            "  a: b\n",
            "---\na: b\n",
            "a: b\n---\nc: d\n",
            "a: b\n...\n",
            "%YAML 1.2\n---\na: b\n",
            "a: &x b\nc: *x\n",
            "a: !!str b\n",
            "a:\tb\n",
            "a: b\r\nc: d\r\n",
            "\uFEFFa: b\n",
            "a: b\u0085c\n",
            "a: b\u2028c\n",
            "a: b\n...x: y\n",
            "a: b\n  c\n",
            "a: b\n\n  c\n",
            "a: \"b\n  c\"\n",
            "a: 'b\n  c'\n",
            "a: [b,\n  c]\n",
            "a: [b, ]\n",
            "a: [b: c]\n",
            "a: { b }\n",
            "a: { \"b\": c }\n",
            "a: [a:b]\n",
            "a: [#]\n",
            "a: [b]#c\n",
            "a: \"b\"#c\n",
            "a: \"b\" c\n",
            "a: b: c\n",
            "a : b\n",
            "? a\n: b\n",
            "\"a\": b\n",
            "a:\n- b\n",
            "a:\n  - \n  - b\n",
            "a:\n  -\n    b\n",
            "a:\n  - - b\n",
            "a:\n  b: c\n d: e\n",
            "a:\n  - b\n  c: d\n",
            "a:\n  b\n",
            "a: >2\n   x\n",
            "a: >\n\n  x\n",
            "a: >\n  x\n    y\n",
            "a: >\n  x\n     \n",
            "a: >\nb: c\n",
            "a: |\n  x",
            "a: \"\\U0001F600\"\n",
            "a: \"\\ud83d\"\n",
            "a: \"\\q\"\n",
            "a: \"b\\\n  c\"\n",
            "a: @b\n",
            "a: `b\n",
            "a: b\na: c\n  d: e\n",
            new string('k', 1100) + ": v\n",
        };

        [Theory]
        [MemberData(nameof(Accepted))]
        public void ReadsTheSubsetExactlyAsYamlDotNet(string yaml)
        {
            var (expected, diagnostics) = YamlPaths.YamlDotNet("t.yaml", yaml);
            Assert.True(diagnostics.Count == 0, "YamlDotNet reports " + string.Join("; ", diagnostics));
            var (accepted, actual) = YamlPaths.Fast("t.yaml", yaml);
            Assert.True(accepted, "the fast scanner fell back on '" + YamlPaths.Escape(yaml) + "'");
            Assert.Null(YamlPaths.Difference(expected, actual));
        }

        [Theory]
        [MemberData(nameof(LeftToYamlDotNet))]
        public void LeavesEverythingElseToYamlDotNet(string yaml)
        {
            var (accepted, tree) = YamlPaths.Fast("t.yaml", yaml);
            Assert.False(accepted, "the fast scanner read '" + YamlPaths.Escape(yaml) + "'");
            Assert.Null(tree);
        }

        [Fact]
        public void LoneSurrogatesAreLeftToYamlDotNet()
        {
            // Not theory data: xUnit would serialize the lone surrogate into U+FFFD.
            foreach (var c in new[] { '\uD800', '\uDC00', '\uDBFF' })
            {
                Assert.False(YamlPaths.Fast("t.yaml", "a: x" + c + "\n").Accepted);
                Assert.False(YamlPaths.Fast("t.yaml", "a: x" + c).Accepted);
            }
        }

        [Fact]
        public void NestingAtTheDepthLimitIsLeftToYamlDotNet()
        {
            var yaml = "a: " + new string('[', YamlTreeReader.MaxDepth + 5) + new string(']', YamlTreeReader.MaxDepth + 5) + "\n";
            Assert.False(YamlPaths.Fast("t.yaml", yaml).Accepted);
            var deepBlock = string.Concat(Enumerable.Range(0, YamlTreeReader.MaxDepth + 5).Select(i => new string(' ', 2 * i) + "k:\n")) + new string(' ', 2 * (YamlTreeReader.MaxDepth + 5)) + "k: v\n";
            Assert.False(YamlPaths.Fast("t.yaml", deepBlock).Accepted);
        }
    }
}
