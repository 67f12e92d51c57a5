namespace Gateway.Storage.KeyRotation;

/// <summary>A column that holds a <see cref="Protection.PayloadProtector"/> ciphertext, beside the column with its key id; rows named by <paramref name="RowKey"/> (an integer key).</summary>
internal sealed record EncryptedColumn(string Table, string Column, string KeyIdColumn, string RowKey)
{
    /// <summary>table.column, for progress reports.</summary>
    public string Name => Table + "." + Column;
}
