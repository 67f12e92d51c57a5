namespace Gateway.Storage.Protection;

/// <summary>One store column that holds a keyed hash (32 bytes, HMAC-SHA256 under Storage:BsnHashKey and its generations).</summary>
/// <param name="Table">The table.</param>
/// <param name="Column">The column.</param>
/// <param name="Purpose">What the hash is made of.</param>
/// <param name="Source">What was hashed, for whoever must recompute it.</param>
/// <param name="RowKey">What names a row of <paramref name="Table"/> together with its hashes: <c>rowid</c>, or a key column of a WITHOUT ROWID table.</param>
public sealed record KeyedHashColumn(string Table, string Column, KeyedHashPurpose Purpose, string Source, string RowKey = "rowid")
{
    /// <summary>The generation column of the row (<see cref="KeyedHashColumns.GenerationColumn"/>): every keyed hash of one row is in that generation.</summary>
    public string GenerationColumn => KeyedHashColumns.GenerationColumn;

    /// <summary>table.column, for progress reports.</summary>
    public string Name => Table + "." + Column;
}
