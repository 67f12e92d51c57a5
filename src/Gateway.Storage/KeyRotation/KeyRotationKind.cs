namespace Gateway.Storage.KeyRotation;

/// <summary>What a protected column holds.</summary>
public enum KeyRotationKind
{
    /// <summary>AES-GCM ciphertext under a payload key id.</summary>
    Ciphertext,

    /// <summary>A keyed hash in a key generation.</summary>
    KeyedHash,
}
