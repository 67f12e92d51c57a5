namespace Gateway.Storage.KeyRotation;

/// <summary>Every column of the store that holds ciphertext: the payload-key rotation re-encrypts exactly these. A new one is one line here (with an index on its key-id column).</summary>
internal static class EncryptedColumns
{
    public static readonly IReadOnlyList<EncryptedColumn> All =
    [
        new("message", "payload", "payload_key_id", "id"),
    ];
}
