namespace Gateway.Storage.KeyRotation;

/// <summary>One committed batch of a rotation run: which column, how many rows this run has moved so far, and about how many are left.</summary>
public sealed record KeyRotationBatch(int Number, string Column, long Moved, long Left);
