using System;
using System.Reflection;
#if NET
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
#endif
using System.Threading;

namespace StructuredNews.Storage
{
    /// <summary>
    /// Returns the type whose string constant <c>Table</c> holds the table of one annotation file, by index.
    /// </summary>
    /// <param name="index">The file's index, from 0 to the count given to <see cref="ConstantTables.Of(int, TableHolder)"/> - 1.</param>
    public delegate Type TableHolder(int index);

    /// <summary>
    /// Tables that generated code stores as string constants, in <see cref="TableFormat"/>'s packed form (the byte
    /// count in two chars, then the bytes two per char, little-endian). A constant's value is a blob in the assembly's
    /// metadata: the compiler copies it as is (UTF-8 literals cost it about 100 ns a byte, most of a large dataset's
    /// build), it has no size cap (the user-string heap of string literals in code has 16 MB), and since no code
    /// loads it, nothing is allocated for it: on .NET the table is read in place from the loaded metadata.
    /// </summary>
    public static class ConstantTables
    {
        /// <summary>The tables held by the types <paramref name="holders"/> returns for 0 to <paramref name="count"/> - 1.</summary>
        public static TableData Of(int count, TableHolder holders) => Of(count, holders, inPlace: true);

        /// <summary>As <see cref="Of(int, TableHolder)"/>; <paramref name="inPlace"/> false always copies the constant (tests).</summary>
        internal static TableData Of(int count, TableHolder holders, bool inPlace)
        {
            if (count < 0)
            {
                throw new ArgumentOutOfRangeException(nameof(count));
            }

            return new TableSet(count, holders ?? throw new ArgumentNullException(nameof(holders)), inPlace).Get;
        }

        /// <summary>Where one table's bytes are: in the loaded metadata, or copied.</summary>
        private sealed class Table
        {
            private readonly IntPtr start;
            private readonly int length;
            private readonly byte[]? copy;

            public Table(IntPtr start, int length, byte[]? copy)
            {
                this.start = start;
                this.length = length;
                this.copy = copy;
            }

            public unsafe ReadOnlySpan<byte> Bytes => copy != null ? copy : new ReadOnlySpan<byte>((void*)start, length);
        }

        /// <summary>Each table located once, on first use; racing threads locate the same bytes.</summary>
        private sealed class TableSet
        {
            private readonly TableHolder holders;
            private readonly bool inPlace;
            private readonly Table?[] tables;
#if NET
            private Tuple<Assembly, MetadataReader?>? metadata;
#endif

            public TableSet(int count, TableHolder holders, bool inPlace)
            {
                this.holders = holders;
                this.inPlace = inPlace;
                tables = new Table?[count];
            }

            public ReadOnlySpan<byte> Get(int index)
            {
                var table = Volatile.Read(ref tables[index]);
                if (table == null)
                {
                    table = Locate(index);
                    Volatile.Write(ref tables[index], table);
                }

                return table.Bytes;
            }

            private Table Locate(int index)
            {
                var holder = holders(index) ?? throw new InvalidOperationException("No table holder for table " + index + ".");
#if NET
                if (inPlace && InPlace(holder) is { } found)
                {
                    return found;
                }
#endif
                var field = holder.GetField(TableFormat.ConstantName, BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic);
                if (field == null || !field.IsLiteral || field.FieldType != typeof(string))
                {
                    throw new InvalidOperationException(
                        holder.FullName + " has no string constant '" + TableFormat.ConstantName + "' holding its table. Was it removed by trimming? " +
                        "Generated datasets hold their tables this way; rebuild the dataset with the same StructuredNews version.");
                }

                var packed = (string)field.GetRawConstantValue()!;
                var bytes = new byte[packed.Length * 2];
                for (var i = 0; i < packed.Length; i++)
                {
                    bytes[2 * i] = (byte)packed[i];
                    bytes[(2 * i) + 1] = (byte)(packed[i] >> 8);
                }

                var length = TableLength(bytes, holder);
                var table = new byte[length];
                Array.Copy(bytes, TableFormat.PackedPrefixBytes, table, 0, length);
                return new Table(IntPtr.Zero, length, table);
            }

#if NET
            // The constant's blob in the metadata the runtime has loaded, found through the metadata alone (no
            // reflection object per table): pinned for the assembly's lifetime, and the dataset keeps its assembly
            // alive through the holders delegate. Null when the metadata is not at hand (the caller copies instead) or
            // holds no such constant (the caller reports it).
            private unsafe Table? InPlace(Type holder)
            {
                var assembly = holder.Assembly;
                var cached = Volatile.Read(ref metadata);
                if (cached == null || cached.Item1 != assembly)
                {
                    cached = Tuple.Create(assembly, assembly.TryGetRawMetadata(out var start, out var size) ? new MetadataReader(start, size) : null);
                    Volatile.Write(ref metadata, cached);
                }

                if (cached.Item2 is not { } reader || holder.Module != assembly.ManifestModule)
                {
                    return null;
                }

                var type = reader.GetTypeDefinition(MetadataTokens.TypeDefinitionHandle(holder.MetadataToken));
                foreach (var handle in type.GetFields())
                {
                    var field = reader.GetFieldDefinition(handle);
                    if ((field.Attributes & FieldAttributes.Literal) == 0 || !reader.StringComparer.Equals(field.Name, TableFormat.ConstantName))
                    {
                        continue;
                    }

                    var constant = reader.GetConstant(field.GetDefaultValue());
                    if (constant.TypeCode != ConstantTypeCode.String)
                    {
                        return null;
                    }

                    var blob = reader.GetBlobReader(constant.Value);
                    var length = TableLength(new ReadOnlySpan<byte>(blob.CurrentPointer, blob.Length), holder);
                    return new Table((IntPtr)(blob.CurrentPointer + TableFormat.PackedPrefixBytes), length, null);
                }

                return null;
            }
#endif

            private static int TableLength(ReadOnlySpan<byte> packed, Type holder)
            {
                var length = packed.Length < TableFormat.PackedPrefixBytes
                    ? -1
                    : packed[0] | (packed[1] << 8) | (packed[2] << 16) | (packed[3] << 24);
                if (length < 0 || length > packed.Length - TableFormat.PackedPrefixBytes)
                {
                    throw new InvalidOperationException(holder.FullName + "." + TableFormat.ConstantName + " is not a packed table: its length prefix does not fit its value.");
                }

                return length;
            }
        }
    }
}
