namespace Gateway.Storage.KeyRotation;

/// <summary>The configured keys do not match the keys the store was written with; the message names the configuration key to fix.</summary>
public sealed class StoreKeysException(string message) : Exception(message);
