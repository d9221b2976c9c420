using System;
using System.Linq;
using System.Reflection.Metadata;
using System.Threading.Tasks;
using StructuredNews.Storage;
using Xunit;

namespace StructuredNews.Tests
{
    /// <summary>
    /// Tables held as string constants come back as their text, read in place from the loaded metadata or once by
    /// reflection; a holder without a proper constant is a clear error.
    /// </summary>
    public class ConstantTablesTests
    {
        private static readonly Type[] Holders = { typeof(Ascii), typeof(NonAscii), typeof(Astral), typeof(Mixed), typeof(Empty) };

        [Fact]
        public void ConstantsComeBackAsTheirTextFromMetadataAndByReflection()
        {
            var fromMetadata = ConstantTables.Of(Holders.Length, i => Holders[i]);
            var byReflection = ConstantTables.Of(Holders.Length, i => Holders[i], fromMetadata: false);
            for (var i = 0; i < Holders.Length; i++)
            {
                var expected = (string)Holders[i].GetField("Table", System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!.GetRawConstantValue()!;
                Assert.Equal(expected, fromMetadata(i).ToString());
                Assert.Equal(expected, byReflection(i).ToString());
                Assert.Equal(expected, fromMetadata(i).ToString()); // again, from the table found before
            }

            Assert.Equal("\u0003a\u00e6\u201c\U0001F600", ConstantTables.Of(1, _ => typeof(Mixed))(0).ToString());
        }

        [Fact]
        public unsafe void TablesAreReadInPlaceFromTheLoadedMetadata()
        {
            Assert.True(typeof(Ascii).Assembly.TryGetRawMetadata(out var metadata, out var size));
            var tables = ConstantTables.Of(Holders.Length, i => Holders[i]);
            var oddAddresses = 0;
            for (var i = 0; i < Holders.Length - 1; i++) // the empty table has no chars to point at
            {
                fixed (char* first = tables(i))
                fixed (char* second = tables(i))
                {
                    Assert.True(first == second);
                    Assert.True((byte*)first >= metadata && (byte*)(first + tables(i).Length) <= metadata + size, Holders[i].Name + "'s table is not in the assembly's metadata");
                    oddAddresses += (int)((nint)first & 1);
                }
            }

            // A blob starts wherever the one before it ends, so some tables sit at odd addresses: read them as they are.
            Assert.True(oddAddresses > 0, "no table at an odd address: the unaligned case is not covered");
        }

        [Fact]
        public unsafe void TablesReadByReflectionAreReadOnce()
        {
            var tables = ConstantTables.Of(1, _ => typeof(Ascii), fromMetadata: false);
            fixed (char* first = tables(0))
            fixed (char* second = tables(0))
            {
                Assert.True(first == second);
            }
        }

        [Fact]
        public void ThreadsReadingTheSameTablesSeeTheSameText()
        {
            var tables = ConstantTables.Of(Holders.Length, i => Holders[i]);
            var expected = Enumerable.Range(0, Holders.Length).Select(i => ConstantTables.Of(1, _ => Holders[i], fromMetadata: false)(0).ToString()).ToArray();
            Parallel.For(0, 64, n =>
            {
                var i = n % Holders.Length;
                Assert.Equal(expected[i], tables(i).ToString());
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
