using System.Security.Cryptography;
using System.Text;

namespace Gateway.Storage.Protection;

/// <summary>
/// Keyed hash (HMAC-SHA256) of a BSN, so lookups work without storing the number; and of identifiers that could hold a
/// BSN (Identificatie, envelope fields, ReferentieAanbieder), under a separate purpose so the two never match.
/// Every column that holds such a hash is listed in <see cref="KeyedHashColumns"/>.
/// </summary>
public sealed class BsnHasher
{
    // Purpose separation: a BSN is hashed bare (unchanged since migration 1); an identifier behind this prefix, which no BSN has.
    private static readonly byte[] IdentifierPurpose = "gateway:identifier:v1\0"u8.ToArray();

    private readonly byte[] _key;

    /// <summary>Creates a hasher; the key is at least 32 bytes and independent of the payload key.</summary>
    public BsnHasher(byte[] key)
    {
        if (key.Length < 32)
        {
            throw new ArgumentException("The BSN hash key must be at least 32 bytes.", nameof(key));
        }

        _key = key;
    }

    /// <summary>Builds the hasher from validated options.</summary>
    public static BsnHasher FromOptions(StorageOptions options) => new(Convert.FromBase64String(options.BsnHashKey));

    /// <summary>The keyed hash of one BSN (surrounding whitespace ignored; a BSN of 8 digits is left-padded to 9).</summary>
    public byte[] Hash(string bsn)
    {
        var normalised = bsn.Trim();
        if (normalised.Length == 8)
        {
            normalised = "0" + normalised;
        }

        return HMACSHA256.HashData(_key, Encoding.ASCII.GetBytes(normalised));
    }

    /// <summary>The keyed hash of an identifier, exact (no trimming): equal identifiers give equal hashes, and never the hash of a BSN with the same digits.</summary>
    public byte[] HashIdentifier(string identifier)
    {
        ArgumentNullException.ThrowIfNull(identifier);
        using var hmac = IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, _key);
        hmac.AppendData(IdentifierPurpose);
        hmac.AppendData(Encoding.UTF8.GetBytes(identifier));
        return hmac.GetHashAndReset();
    }

    /// <summary>The keyed hash for the purpose of a column.</summary>
    public byte[] Hash(KeyedHashPurpose purpose, string value) => purpose == KeyedHashPurpose.Bsn ? Hash(value) : HashIdentifier(value);
}
