namespace Gateway.Storage.KeyRotation;

/// <summary>The current keys of a configuration: the payload key id new ciphertext is written under and the BSN hash key generation.</summary>
public sealed record ServingKeys(string PayloadKeyId, int HashGeneration);
