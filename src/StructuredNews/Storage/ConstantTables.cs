using System;
using System.Reflection;
#if NET
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
#endif
using System.Text;
using System.Threading;

namespace StructuredNews.Storage
{
    /// <summary>
    /// Returns the type whose internal string constant <c>Table</c> holds the table of one annotation file, by index.
    /// </summary>
    /// <param name="index">The file's index, from 0 to the count given to <see cref="ConstantTables.Of(int, TableHolder)"/> - 1.</param>
#if NET
    [return: System.Diagnostics.CodeAnalysis.DynamicallyAccessedMembers(System.Diagnostics.CodeAnalysis.DynamicallyAccessedMemberTypes.NonPublicFields)]
#endif
    public delegate Type TableHolder(int index);

    /// <summary>
    /// Tables that generated code stores as string constants of <see cref="TableFormat"/> text. A constant's value is
    /// a blob in the assembly's metadata: the compiler copies it as is (UTF-8 literals cost it about 100 ns a byte,
    /// most of a large dataset's build), no heap limit caps it (string literals in code share a 16 MB heap; no code
    /// loads these), and tools that rewrite assemblies keep valid UTF-16 text as it is. Each table is encoded to UTF-8
    /// once, when first asked for: on .NET straight from the metadata the runtime has loaded, elsewhere from the
    /// constant's value read by reflection.
    /// </summary>
    public static class ConstantTables
    {
        /// <summary>The tables held by the types <paramref name="holders"/> returns for 0 to <paramref name="count"/> - 1.</summary>
        public static TableData Of(int count, TableHolder holders) => Of(count, holders, fromMetadata: true);

        /// <summary>As <see cref="Of(int, TableHolder)"/>; <paramref name="fromMetadata"/> false always reads the constant by reflection (tests).</summary>
        internal static TableData Of(int count, TableHolder holders, bool fromMetadata)
        {
            if (count < 0)
            {
                throw new ArgumentOutOfRangeException(nameof(count));
            }

            return new TableSet(count, holders ?? throw new ArgumentNullException(nameof(holders)), fromMetadata).Get;
        }

        /// <summary>Each table encoded once, on first use; racing threads encode the same bytes.</summary>
        private sealed class TableSet
        {
            private readonly TableHolder holders;
            private readonly bool fromMetadata;
            private readonly byte[]?[] tables;
#if NET
            private Tuple<Assembly, MetadataReader?>? metadata;
#endif

            public TableSet(int count, TableHolder holders, bool fromMetadata)
            {
                this.holders = holders;
                this.fromMetadata = fromMetadata;
                tables = new byte[]?[count];
            }

            public ReadOnlySpan<byte> Get(int index)
            {
                var table = Volatile.Read(ref tables[index]);
                if (table == null)
                {
                    table = Encode(index);
                    Volatile.Write(ref tables[index], table);
                }

                return table;
            }

            private byte[] Encode(int index)
            {
                var holder = holders(index) ?? throw new InvalidOperationException("No table holder for table " + index + ".");
#if NET
                if (fromMetadata && FromMetadata(holder) is { } encoded)
                {
                    return encoded;
                }
#endif
                var field = holder.GetField(TableFormat.ConstantName, BindingFlags.Static | BindingFlags.NonPublic);
                if (field == null || !field.IsLiteral || field.FieldType != typeof(string))
                {
                    throw new InvalidOperationException(
                        holder.FullName + " has no string constant '" + TableFormat.ConstantName + "' holding its table. Was it removed by trimming? " +
                        "Generated datasets hold their tables this way; rebuild the dataset with the same StructuredNews version.");
                }

                return Encoding.UTF8.GetBytes((string)field.GetRawConstantValue()!);
            }

#if NET
            // The constant's UTF-16 blob in the metadata the runtime has loaded, found through the metadata alone (no
            // reflection object per table) and encoded without making a string of it. Null when that metadata is not
            // at hand, the blob is not aligned for chars, or it holds no such constant: the caller reads it by
            // reflection (and reports a missing constant).
            private unsafe byte[]? FromMetadata(Type holder)
            {
                var assembly = holder.Assembly;
                var cached = Volatile.Read(ref metadata);
                if (cached == null || cached.Item1 != assembly)
                {
                    cached = Tuple.Create(assembly, assembly.TryGetRawMetadata(out var start, out var size) ? new MetadataReader(start, size) : null);
                    Volatile.Write(ref metadata, cached);
                }

                if (cached.Item2 is not { } reader || holder.Module != assembly.ManifestModule || !BitConverter.IsLittleEndian)
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
                    var blob = reader.GetBlobReader(constant.Value);
                    if (constant.TypeCode != ConstantTypeCode.String || ((nint)blob.CurrentPointer & 1) != 0)
                    {
                        return null;
                    }

                    var chars = (char*)blob.CurrentPointer;
                    if (blob.Length == 0)
                    {
                        return Array.Empty<byte>();
                    }

                    var bytes = new byte[Encoding.UTF8.GetByteCount(chars, blob.Length / 2)];
                    fixed (byte* target = bytes)
                    {
                        Encoding.UTF8.GetBytes(chars, blob.Length / 2, target, bytes.Length);
                    }

                    return bytes;
                }

                return null;
            }
#endif
        }
    }
}
