namespace Gateway.Storage.KeyRotation;

/// <summary>What one batch did: rows selected, rows moved, and the row key to continue after.</summary>
internal readonly record struct RotationBatchResult(int Selected, int Moved, long LastRowKey);
