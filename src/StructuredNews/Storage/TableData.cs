using System;

namespace StructuredNews.Storage
{
    /// <summary>
    /// Returns the <see cref="TableFormat"/> table of one annotation file, as UTF-8, by index. Generated code gets one
    /// from <see cref="ConstantTables"/>, which encodes each table once, when it is first asked for.
    /// </summary>
    /// <param name="index">The file's index, from 0 to the count given to <see cref="NewsDataset.FromTables"/> - 1.</param>
    public delegate ReadOnlySpan<byte> TableData(int index);
}
