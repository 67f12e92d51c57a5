namespace Gateway.Storage.Protection;

/// <summary>One store column that holds a keyed hash (32 bytes, HMAC-SHA256 under Storage:BsnHashKey).</summary>
/// <param name="Table">The table.</param>
/// <param name="Column">The column.</param>
/// <param name="Purpose">What the hash is made of.</param>
/// <param name="Source">What was hashed, for whoever must recompute it (key rotation).</param>
public sealed record KeyedHashColumn(string Table, string Column, KeyedHashPurpose Purpose, string Source);
