using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Xunit;

namespace StructuredNews.Tests
{
    /// <summary>Edges of name folding and of the index that resolves names without allocating.</summary>
    public class NameResolutionTests
    {
        [Theory]
        [InlineData("Токаев", "токаев")] // Cyrillic, lower-cased
        [InlineData("ТОКАЕВ Қасым-Жомарт", "токаев қасым жомарт")]
        [InlineData("Ἀθῆναι", "αθηναι")] // Greek, breathing and accents dropped
        [InlineData("Toka\u0301jev", "tokajev")] // a combining mark after its letter
        [InlineData("Tok\u00E1jev", "tokajev")] // the same, precomposed
        [InlineData("A\u0308lichan", "alichan")]
        [InlineData("Straße Æbelø Œuvre", "strasse aebelo oeuvre")] // letters that fold to two
        [InlineData("Łódź İstanbul", "lodz istanbul")]
        [InlineData("Tok\u200Bajev", "tokajev")] // a zero-width space is invisible: dropped, not a separator
        [InlineData("Kassym\u2014Jomart\u2009Tokajev", "kassym jomart tokajev")] // em dash, thin space
        [InlineData("“O’Brien”, Jr.", "o brien jr")]
        [InlineData("Khabar-24", "khabar 24")]
        [InlineData("\u00BD a\u00B2", "a")] // fractions and superscripts are not digits: separators
        [InlineData("习近平", "习近平")] // beyond the table: folded on the fly
        [InlineData("가", "\u1100\u1161")] // Hangul decomposes to its letters
        [InlineData("a\U0001F600b", "a\U0001F600b")] // surrogate pairs are kept as they are
        [InlineData("  Æ--ß 习 \U0001F600 ", "ae ss 习 \U0001F600")] // separators around letters outside the one-char path
        [InlineData("", "")]
        [InlineData(" \t\r\n\u00A0 ", "")]
        [InlineData("-- ' .", "")]
        [InlineData("\u0301\u0301", "")]
        public void FoldsEdgeCases(string name, string key)
        {
            Assert.Equal(key, NameKey.Fold(name));
        }

        [Theory]
        [InlineData("a\uFFFEb", "a b")] // noncharacters are not letters (and Normalize would throw on them)
        [InlineData("\uFFFF", "")]
        [InlineData("x\uFDD0y", "x y")]
        public void FoldsNoncharactersToSeparators(string name, string key)
        {
            Assert.Equal(key, NameKey.Fold(name));
        }

        [Fact]
        public void FoldsEveryCharWithoutThrowing()
        {
            // Any query may reach Resolve; no char may make folding throw. Surrogates are kept as they are.
            for (var c = 0; c <= char.MaxValue; c++)
            {
                var key = NameKey.Fold("a" + (char)c + "b");
                Assert.True(key.Length >= 2 && key[0] == 'a' && key[key.Length - 1] == 'b', "U+" + c.ToString("X4", System.Globalization.CultureInfo.InvariantCulture) + " folds to '" + key + "'");
            }
        }

        [Fact]
        public void FoldIntoReportsAKeyThatDoesNotFit()
        {
            var buffer = new char[5];
            Assert.Equal(5, NameKey.FoldInto("--A-b-c--", buffer));
            Assert.Equal("a b c", new string(buffer, 0, 5));
            Assert.Equal(-1, NameKey.FoldInto("a b c d", buffer));
            Assert.Equal(-1, NameKey.FoldInto("abcdæ", buffer)); // the expansion is what overflows
            Assert.Equal(5, NameKey.FoldInto("abcæ", buffer));
            Assert.Equal(0, NameKey.FoldInto(" - ", buffer));
        }

        [Fact]
        public void NamesThatFoldAlikeResolveToTheFirstDeclared()
        {
            var builder = new NewsDatasetBuilder("d", "d");
            builder.Add(new Actor("obrien-senior", ActorKind.Person, "O'Brien"));
            builder.Add(new Actor("obrien-junior", ActorKind.Person, "O Brien Jr", aliases: new[] { "o-brien" }));
            builder.Add(new Actor("other", ActorKind.Person, "Other", aliases: new[] { "OTHER", "Óther" })); // one key, once
            var actors = builder.Build().Actors;

            Assert.Equal("obrien-senior", actors.Resolve("o’brien")?.Id);
            Assert.Equal(new[] { "obrien-senior", "obrien-junior" }, actors.ResolveAll("O BRIEN").Select(a => a.Id));
            Assert.Equal(new[] { "obrien-junior" }, actors.ResolveAll("O'Brien, Jr.").Select(a => a.Id));
            Assert.Equal(new[] { "other" }, actors.ResolveAll("other").Select(a => a.Id));
            Assert.Equal("obrien-senior", actors.Resolve("OBRIEN-SENIOR")?.Id); // ids are names too
        }

        [Theory]
        [InlineData("")]
        [InlineData("   ")]
        [InlineData("\u200B")]
        [InlineData("- / -")]
        [InlineData("\u0301")]
        public void InputWithoutLettersResolvesToNothing(string name)
        {
            var dataset = SampleDataset.Build();
            Assert.Null(dataset.Actors.Resolve(name));
            Assert.Empty(dataset.Actors.ResolveAll(name));
            Assert.Null(dataset.Resolve(name));
        }

        [Fact]
        public void KeysWithTheSameHashAreToldApart()
        {
            // Two keys whose hashes are equal (found by search): the index must compare the keys themselves.
            Assert.Equal(NameKey.Hash("zmujrf".ToCharArray(), 6), NameKey.Hash("ripusz".ToCharArray(), 6));
            var index = Index("zmujrf", "ripusz");
            Assert.Equal(new[] { "zmujrf" }, index.Find("ZMUJRF"));
            Assert.Equal(new[] { "ripusz" }, index.Find("Ripusz"));
            Assert.Null(index.Find("zmujrg"));

            var reversed = Index("ripusz", "zmujrf");
            Assert.Equal(new[] { "zmujrf" }, reversed.Find("zmujrf"));
            Assert.Equal(new[] { "ripusz" }, reversed.Find("ripusz"));
        }

        [Fact]
        public void FindsExactlyWhatFoldingSays()
        {
            // Random names over an alphabet of awkward chars, looked up in an index of other random names: the
            // index must answer exactly as a dictionary keyed by NameKey.Fold would.
            const string Alphabet = "abAB -'’–.\u00A0\u200B\u0301ÄäÅåÆæßØøİıЁёЙйΆά가习\uD83D\uDE00\u00BD0";
            var random = new Random(1);
            string Name() => new string(Enumerable.Range(0, random.Next(0, 8)).Select(_ => Alphabet[random.Next(Alphabet.Length)]).ToArray());

            var names = Enumerable.Range(0, 300).Select(_ => Name()).ToList();
            var byKey = new Dictionary<string, List<string>>(StringComparer.Ordinal);
            foreach (var name in names)
            {
                var key = NameKey.Fold(name);
                if (key.Length == 0)
                {
                    continue;
                }

                if (!byKey.TryGetValue(key, out var list))
                {
                    byKey.Add(key, list = new List<string>());
                }

                if (!list.Contains(name))
                {
                    list.Add(name);
                }
            }

            var index = new NameIndex<string>(byKey, byKey.Count);
            foreach (var query in names.Concat(Enumerable.Range(0, 3000).Select(_ => Name())))
            {
                var expected = byKey.TryGetValue(NameKey.Fold(query), out var matches) ? matches : null;
                Assert.Equal(expected, index.Find(query)?.ToList());
                Assert.Equal(expected?[0], index.FindFirst(query));
            }
        }

        [Fact]
        public void LongNamesResolveUpToTheLongestKey()
        {
            var longest = string.Join(" ", Enumerable.Repeat("Nursultan", 20)); // 199 chars, longer than the first buffer
            var index = Index("ab", longest);
            Assert.Equal(new[] { longest }, index.Find(longest.ToUpperInvariant() + " ..."));
            Assert.Null(index.Find(longest + "n"));
            Assert.Null(index.Find(longest + " n"));
            Assert.Null(index.Find(new string('a', 100_000)));
            Assert.Equal(new[] { "ab" }, index.Find("-A\u0301B-" + new string(' ', 10_000)));

            // The buffer is shared by every index on a thread: a short index after a long one, and back.
            var small = Index("x");
            Assert.Equal(new[] { "x" }, small.Find("X"));
            Assert.Null(small.Find(longest));
            Assert.Equal(new[] { longest }, index.Find(longest));
        }

        [Fact]
        public void ResolutionDoesNotAllocateForAnySpellingWithinTheTable()
        {
            var builder = new NewsDatasetBuilder("d", "d");
            builder.Add(new Actor("tokayev", ActorKind.Person, "Kassym-Jomart Tokayev", aliases: new[] { "Токаев", "Æbelø" }));
            var actors = builder.Build().Actors;
            var queries = new[] { "KASSYM–JOMART TOKAYEV", "“Kassym-Jomart\u2009Tokayev”", "токаев", "Toka\u0301yev", "ÆBELØ", "", "  ", "nobody", new string('x', 500) };
            foreach (var query in queries)
            {
                _ = actors.Resolve(query); // warm up (the per-thread buffer, JIT)
            }

            var before = GC.GetAllocatedBytesForCurrentThread();
            for (var i = 0; i < 100; i++)
            {
                foreach (var query in queries)
                {
                    _ = actors.Resolve(query);
                }
            }

            Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
            Assert.Equal(5, queries.Count(q => actors.Resolve(q) != null));
        }

        [Fact]
        public void ResolvesFromManyThreadsAtOnce()
        {
            var dataset = SampleDataset.Build();
            var queries = new[] { ("ÅSE  lindqvist", "mayor-lindqvist"), ("THE MINISTRY", "ministry"), ("residents of riverton", "residents"), ("nobody", null) };
            Parallel.For(0, 20_000, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i =>
            {
                var (query, id) = queries[i % queries.Length];
                Assert.Equal(id, dataset.Actors.Resolve(query)?.Id);
            });
        }

        private static NameIndex<string> Index(params string[] names)
        {
            var keys = names.ToDictionary(NameKey.Fold, n => new List<string> { n }, StringComparer.Ordinal);
            return new NameIndex<string>(keys, keys.Count);
        }
    }
}
