using System;
using System.ComponentModel;
using System.Reflection;
#if NET
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
#endif
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
    [EditorBrowsable(EditorBrowsableState.Never)]
    public delegate Type TableHolder(int index);

    /// <summary>
    /// Tables that generated code stores as string constants of <see cref="TableFormat"/> text. A constant's value is
    /// a blob in the assembly's metadata: the compiler copies it as is (UTF-8 literals cost it about 100 ns a byte,
    /// most of a large dataset's build), no heap limit caps it (string literals in code share a 16 MB heap; no code
    /// loads these), and tools that rewrite assemblies keep valid UTF-16 text as it is. On .NET each table is read
    /// in place, from the metadata the runtime has loaded (which stays loaded with the assembly: the holders'
    /// delegate keeps a collectible assembly alive); elsewhere from the constant's value read by reflection, once.
    /// </summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
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

        /// <summary>Each table found once, on first use; racing threads find the same one.</summary>
        private sealed class TableSet
        {
            private readonly TableHolder holders;
            private readonly bool fromMetadata;
            private readonly Table?[] tables;
#if NET
            private Tuple<Assembly, MetadataReader?>? metadata;
#endif

            public TableSet(int count, TableHolder holders, bool fromMetadata)
            {
                this.holders = holders;
                this.fromMetadata = fromMetadata;
                tables = new Table?[count];
            }

            public ReadOnlySpan<char> Get(int index)
            {
                var table = Volatile.Read(ref tables[index]);
                if (table == null)
                {
                    table = Find(index);
                    Volatile.Write(ref tables[index], table);
                }

                return table.Chars;
            }

            private Table Find(int index)
            {
                var holder = holders(index) ?? throw new InvalidOperationException("No table holder for table " + index + ".");
#if NET
                if (fromMetadata && FromMetadata(holder) is { } inPlace)
                {
                    return inPlace;
                }
#endif
                var field = holder.GetField(TableFormat.ConstantName, BindingFlags.Static | BindingFlags.NonPublic);
                if (field == null || !field.IsLiteral || field.FieldType != typeof(string))
                {
                    throw new InvalidOperationException(
                        holder.FullName + " has no string constant '" + TableFormat.ConstantName + "' holding its table. Was it removed by trimming? " +
                        "Generated datasets hold their tables this way; rebuild the dataset with the same StructuredNews version.");
                }

                return new Table((string)field.GetRawConstantValue()!);
            }

#if NET
            // The constant's UTF-16 blob in the metadata the runtime has loaded, found through the metadata alone (no
            // reflection object per table). A blob need not start at an even address; its chars are read as they are,
            // as MemoryMarshal.Cast would (the little-endian processors .NET runs on load unaligned chars). Null when
            // that metadata is not at hand or holds no such constant: the caller reads it by reflection (and reports
            // a missing constant).
            private unsafe Table? FromMetadata(Type holder)
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
                    return constant.TypeCode == ConstantTypeCode.String ? new Table((char*)blob.CurrentPointer, blob.Length / 2) : null;
                }

                return null;
            }
#endif
        }

        /// <summary>A table's chars: in the loaded metadata, or a string read by reflection.</summary>
        private sealed unsafe class Table
        {
            private readonly char* start;
            private readonly int length;
            private readonly string? text;

            public Table(char* start, int length)
            {
                this.start = start;
                this.length = length;
            }

            public Table(string text) => this.text = text;

            public ReadOnlySpan<char> Chars => text != null ? text.AsSpan() : new ReadOnlySpan<char>(start, length);
        }
    }
}
