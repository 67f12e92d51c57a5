namespace Gateway.Storage.KeyRotation;

/// <summary>
/// Every column of the store that holds ciphertext (<see cref="Protection.PayloadProtector.Protect"/>): the payload-key
/// rotation re-encrypts exactly these. A new one is one line here (with an index on its key-id column); a test checks
/// that every key-id column of the schema is listed.
/// </summary>
internal static class EncryptedColumns
{
    public static readonly IReadOnlyList<EncryptedColumn> All =
    [
        new("message", "payload", "payload_key_id", "id"),

        // The exact envelope (zender, referentienummer, crossRefnummer), sealed because any of them could hold a BSN.
        new("message", "env_sealed", "env_key_id", "id"),
    ];
}
