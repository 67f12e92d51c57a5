using System.Security.Cryptography;
using System.Text;

namespace Gateway.Storage.Protection;

/// <summary>Keyed hash (HMAC-SHA256) of a BSN, so lookups work without storing the number.</summary>
public sealed class BsnHasher
{
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
}
