namespace Gateway.Storage.KeyRotation;

/// <summary>
/// A column that holds a keyed hash from <see cref="Protection.BsnHasher"/>, beside its generation column
/// <c>{Column}_gen</c>. <paramref name="RowKey"/> names the row together with the hash (<c>rowid</c>, or a key column
/// of a WITHOUT ROWID table whose primary key includes the hash); <paramref name="Hex"/> when the hash is stored as hex text.
/// </summary>
internal sealed record KeyedHashColumn(string Table, string Column, string RowKey = "rowid", bool Hex = false)
{
    /// <summary>The column with the key generation of each row's hash.</summary>
    public string GenerationColumn => Column + "_gen";

    /// <summary>table.column, for progress reports.</summary>
    public string Name => Table + "." + Column;
}
