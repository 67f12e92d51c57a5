namespace Gateway.Storage.KeyRotation;

/// <summary>
/// How far the store is from its current keys, derived from the rows themselves (their key ids and hash generations),
/// so a rotation stopped at any point simply continues. Holds counts only, never a value.
/// </summary>
/// <param name="Columns">Per protected column: rows per key id (ciphertext) or per key generation (keyed hash).</param>
/// <param name="Unreadable">Rows this run could not move: ciphertext under a key id that is not configured, or altered.</param>
public sealed record KeyRotationProgress(IReadOnlyList<KeyRotationColumn> Columns, long Unreadable)
{
    /// <summary>Rows not yet under the current key.</summary>
    public long Left => Columns.Sum(c => c.Left);

    /// <summary>Every row is under the current key.</summary>
    public bool Done => Left == 0;
}
