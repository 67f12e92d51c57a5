namespace Gateway.Storage.KeyRotation;

/// <summary>
/// Every column of the store that holds a keyed hash: the hash-key rotation moves exactly these to the current key
/// generation. A new keyed-hash column is one line here plus its <c>{column}_gen INTEGER NOT NULL DEFAULT 0</c> column
/// (with an index) in a migration; write it with <see cref="Protection.BsnHasher"/> and the current generation.
/// </summary>
internal static class KeyedHashColumns
{
    public static readonly IReadOnlyList<KeyedHashColumn> All =
    [
        new("message_bsn", "bsn_hash", RowKey: "message_id"),
        new("ledger_toewijzing", "client_hash"),
        new("ledger_start", "client_hash"),
        new("ledger_stop", "client_hash"),
        new("ledger_verzoek", "client_hash"),
        new("ledger_prestatie", "client_hash"),
    ];
}
