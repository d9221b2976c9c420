using System;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using StructuredNews.Storage;
using Xunit;

namespace StructuredNews.Tests
{
    /// <summary>
    /// Tables held as string constants come back as the UTF-8 of their text, the same whether read from the loaded
    /// metadata or by reflection; a holder without a proper constant is a clear error.
    /// </summary>
    public class ConstantTablesTests
    {
        private static readonly Type[] Holders = { typeof(Ascii), typeof(NonAscii), typeof(Astral), typeof(Empty) };

        [Fact]
        public void ConstantsComeBackAsTheirUtf8FromMetadataAndByReflection()
        {
            var fromMetadata = ConstantTables.Of(Holders.Length, i => Holders[i]);
            var byReflection = ConstantTables.Of(Holders.Length, i => Holders[i], fromMetadata: false);
            for (var i = 0; i < Holders.Length; i++)
            {
                var text = (string)Holders[i].GetField("Table", System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!.GetRawConstantValue()!;
                var expected = Encoding.UTF8.GetBytes(text);
                Assert.Equal(expected, fromMetadata(i).ToArray());
                Assert.Equal(expected, byReflection(i).ToArray());
                Assert.Equal(expected, fromMetadata(i).ToArray()); // again, from the encoded table
            }

            Assert.Equal(new byte[] { 0x03, (byte)'a', 0xC3, 0xA6, 0xE2, 0x80, 0x9C, 0xF0, 0x9F, 0x98, 0x80 }, ConstantTables.Of(1, _ => typeof(Mixed))(0).ToArray());
        }

        [Fact]
        public void EachTableIsEncodedOnce()
        {
            var tables = ConstantTables.Of(1, _ => typeof(Ascii));
            unsafe
            {
                fixed (byte* first = tables(0))
                fixed (byte* second = tables(0))
                {
                    Assert.True(first == second);
                }
            }
        }

        [Fact]
        public void ThreadsReadingTheSameTablesSeeTheSameBytes()
        {
            var tables = ConstantTables.Of(Holders.Length, i => Holders[i]);
            var expected = Enumerable.Range(0, Holders.Length).Select(i => ConstantTables.Of(1, _ => Holders[i], fromMetadata: false)(0).ToArray()).ToArray();
            Parallel.For(0, 64, n =>
            {
                var i = n % Holders.Length;
                Assert.Equal(expected[i], tables(i).ToArray());
            });
        }

        [Theory]
        [InlineData(typeof(NoConstant))]
        [InlineData(typeof(NotAConstant))]
        [InlineData(typeof(NotAString))]
        public void HoldersWithoutAStringConstantAreClearErrors(Type holder)
        {
            foreach (var fromMetadata in new[] { true, false })
            {
                var tables = ConstantTables.Of(1, _ => holder, fromMetadata);
                var error = Assert.Throws<InvalidOperationException>(() => tables(0).Length);
                Assert.Contains(holder.FullName!, error.Message, StringComparison.Ordinal);
                Assert.Contains("has no string constant 'Table'", error.Message, StringComparison.Ordinal);
            }
        }

        [Fact]
        public void ArgumentsAreChecked()
        {
            Assert.Throws<ArgumentOutOfRangeException>(() => ConstantTables.Of(-1, _ => typeof(Ascii)));
            Assert.Throws<ArgumentNullException>(() => ConstantTables.Of(1, null!));
        }

        private static class Ascii
        {
            internal const string Table = "\u000300000010 a table";
        }

        private static class NonAscii
        {
            internal const string Table = "æøå Tokajev Шангаосен “quoted”";
        }

        private static class Astral
        {
            internal const string Table = "\U0001F600 and \U00010348";
        }

        private static class Mixed
        {
            internal const string Table = "\u0003aæ“\U0001F600";
        }

        private static class Empty
        {
            internal const string Table = "";
        }

        private static class NoConstant
        {
        }

        private static class NotAConstant
        {
            internal static readonly string Table = "x";
        }

        private static class NotAString
        {
            internal const int Table = 3;
        }
    }
}
