namespace Gateway.Storage.Protection;

/// <summary>What a keyed hash was made of; the purposes are separated so equal digits never give equal hashes.</summary>
public enum KeyedHashPurpose
{
    /// <summary>A BSN (<see cref="BsnHasher.Hash(string)"/>).</summary>
    Bsn,

    /// <summary>An identifier that could hold a BSN (<see cref="BsnHasher.HashIdentifier"/>).</summary>
    Identifier,
}
