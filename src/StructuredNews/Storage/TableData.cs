using System;
using System.ComponentModel;

namespace StructuredNews.Storage
{
    /// <summary>
    /// Returns the <see cref="TableFormat"/> table of one annotation file by index. Generated code gets one from
    /// <see cref="ConstantTables"/>, which hands each table out in place, from the assembly's metadata.
    /// </summary>
    /// <param name="index">The file's index, from 0 to the count given to <see cref="NewsDataset.FromTables"/> - 1.</param>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public delegate ReadOnlySpan<char> TableData(int index);
}
