using System;
using System.Linq;
using System.Reflection.Metadata;
using System.Threading.Tasks;
using StructuredNews.Storage;
using Xunit;

namespace StructuredNews.Tests
{
    /// <summary>
    /// Tables held as packed string constants (TableFormat.Pack) come back byte for byte: in place from the loaded
    /// metadata, or copied where that is not possible; a holder without a proper constant is a clear error.
    /// </summary>
    public class ConstantTablesTests
    {
        private static readonly (Type Holder, byte[] Expected)[] Holders =
        {
            (typeof(Even), new byte[] { (byte)'a', (byte)'b', (byte)'c', (byte)'d' }),
            (typeof(Odd), new byte[] { (byte)'x', (byte)'y', (byte)'z' }),
            // Packs into a lone surrogate (0xD800) and a char above 0xFF: the metadata keeps UTF-16 code units as they are.
            (typeof(Binary), new byte[] { 0x00, 0xD8, 0xFF }),
            (typeof(Empty), Array.Empty<byte>()),
        };

        [Fact]
        public void PackedConstantsReadBackExactlyInPlaceAndCopied()
        {
            var inPlace = ConstantTables.Of(Holders.Length, i => Holders[i].Holder);
            var copied = ConstantTables.Of(Holders.Length, i => Holders[i].Holder, inPlace: false);
            for (var i = 0; i < Holders.Length; i++)
            {
                Assert.Equal(Holders[i].Expected, inPlace(i).ToArray());
                Assert.Equal(Holders[i].Expected, copied(i).ToArray());
                Assert.Equal(Holders[i].Expected, inPlace(i).ToArray()); // again, from the located table
            }
        }

        [Fact]
        public unsafe void InPlaceMeansInsideTheLoadedMetadata()
        {
            Assert.True(typeof(Even).Assembly.TryGetRawMetadata(out var start, out var length));
            var tables = ConstantTables.Of(1, _ => typeof(Even));
            fixed (byte* table = tables(0))
            {
                Assert.True(table >= start && table + 4 <= start + length, "the table was copied out of the metadata");
            }

            var copied = ConstantTables.Of(1, _ => typeof(Even), inPlace: false);
            fixed (byte* table = copied(0))
            {
                Assert.False(table >= start && table < start + length);
            }
        }

        [Fact]
        public void ThreadsLocatingTheSameTablesSeeTheSameBytes()
        {
            var tables = ConstantTables.Of(Holders.Length, i => Holders[i].Holder);
            Parallel.For(0, 64, n =>
            {
                var i = n % Holders.Length;
                Assert.Equal(Holders[i].Expected, tables(i).ToArray());
            });
        }

        [Theory]
        [InlineData(typeof(NoConstant), "has no string constant 'Table'")]
        [InlineData(typeof(NotAConstant), "has no string constant 'Table'")]
        [InlineData(typeof(LengthTooLong), "is not a packed table")]
        [InlineData(typeof(NoLength), "is not a packed table")]
        public void HoldersWithoutAPackedConstantAreClearErrors(Type holder, string message)
        {
            foreach (var inPlace in new[] { true, false })
            {
                var tables = ConstantTables.Of(1, _ => holder, inPlace);
                var error = Assert.Throws<InvalidOperationException>(() => tables(0).Length);
                Assert.Contains(holder.FullName!, error.Message, StringComparison.Ordinal);
                Assert.Contains(message, error.Message, StringComparison.Ordinal);
            }
        }

        [Fact]
        public void ArgumentsAreChecked()
        {
            Assert.Throws<ArgumentOutOfRangeException>(() => ConstantTables.Of(-1, _ => typeof(Even)));
            Assert.Throws<ArgumentNullException>(() => ConstantTables.Of(1, null!));
        }

        // Packed as TableFormat.Pack does: the byte count in two chars, then the bytes two per char, little-endian.
        private static class Even
        {
            internal const string Table = "\u0004\u0000\u6261\u6463";
        }

        private static class Odd
        {
            internal const string Table = "\u0003\u0000\u7978\u007a";
        }

        private static class Binary
        {
            internal const string Table = "\u0003\u0000\ud800\u00ff";
        }

        private static class Empty
        {
            internal const string Table = "\u0000\u0000";
        }

        private static class NoConstant
        {
        }

        private static class NotAConstant
        {
            internal static readonly string Table = "\u0000\u0000";
        }

        private static class LengthTooLong
        {
            internal const string Table = "\u0009\u0000\u6261";
        }

        private static class NoLength
        {
            internal const string Table = "\u0001";
        }
    }
}
