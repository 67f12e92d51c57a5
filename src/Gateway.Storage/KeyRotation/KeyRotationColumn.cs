namespace Gateway.Storage.KeyRotation;

/// <summary>One protected column: rows per key (key id, or hash generation as a number), and which key is current.</summary>
public sealed record KeyRotationColumn(string Column, KeyRotationKind Kind, string Current, IReadOnlyDictionary<string, long> Rows)
{
    /// <summary>Rows under another key than the current one.</summary>
    public long Left => Rows.Where(r => r.Key != Current).Sum(r => r.Value);
}
