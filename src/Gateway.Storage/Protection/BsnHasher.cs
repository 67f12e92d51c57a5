using System.Buffers;
using System.Security.Cryptography;
using System.Text;

namespace Gateway.Storage.Protection;

/// <summary>
/// The one keyed hash (HMAC-SHA256) of the store: BSNs, and identifiers that could hold a BSN (Identificatie, envelope
/// fields, ReferentieAanbieder) under a separate purpose so the two never match. Keys form generations so the key can be
/// replaced: generation 0 is <c>HMAC(k0, value)</c> (an identifier behind its purpose prefix), generation g is
/// <c>HMAC(kg, hash at g-1)</c>, whatever the purpose. A stored hash moves to a newer generation without the value (a
/// ledger row's payload may be purged), and once every row has moved, a leaked older key alone no longer opens the
/// stored hashes. Every column that holds such a hash is listed in <see cref="KeyedHashColumns"/>.
/// </summary>
public sealed class BsnHasher
{
    private static readonly byte[] FingerprintLabel = Encoding.ASCII.GetBytes("gateway keyed-hash key fingerprint v1");

    // Purpose separation: a BSN is hashed bare (unchanged since migration 1); an identifier behind this prefix, which no BSN has.
    private static readonly byte[] IdentifierPurpose = "gateway:identifier:v1\0"u8.ToArray();

    private readonly byte[][] _keys;

    /// <summary>Creates a hasher with one key (generation 0); the key is at least 32 bytes and independent of the payload key.</summary>
    public BsnHasher(byte[] key)
        : this([key])
    {
    }

    /// <summary>Creates a hasher over key generations, oldest first; the last one is the current generation.</summary>
    public BsnHasher(IReadOnlyList<byte[]> generations)
    {
        ArgumentNullException.ThrowIfNull(generations);
        if (generations.Count == 0 || generations.Any(k => k.Length < 32))
        {
            throw new ArgumentException("Every BSN hash key must be at least 32 bytes.", nameof(generations));
        }

        _keys = [.. generations];
    }

    /// <summary>Builds the hasher from validated options: the previous keys (oldest first), then the current key.</summary>
    public static BsnHasher FromOptions(StorageOptions options) =>
        new([.. options.PreviousBsnHashKeys.Select(Convert.FromBase64String), Convert.FromBase64String(options.BsnHashKey)]);

    /// <summary>The generation new hashes are written in (the number of previous keys).</summary>
    public int CurrentGeneration => _keys.Length - 1;

    /// <summary>The keyed hash of one BSN in the current generation (surrounding whitespace ignored; a BSN of 8 digits is left-padded to 9).</summary>
    public byte[] Hash(string bsn) => HashAt(KeyedHashPurpose.Bsn, bsn, CurrentGeneration);

    /// <summary>The keyed hash of one BSN in <paramref name="generation"/>.</summary>
    public byte[] HashAt(string bsn, int generation) => HashAt(KeyedHashPurpose.Bsn, bsn, generation);

    /// <summary>The keyed hash of an identifier in the current generation, exact (no trimming): equal identifiers give equal hashes, and never the hash of a BSN with the same digits.</summary>
    public byte[] HashIdentifier(string identifier) => HashAt(KeyedHashPurpose.Identifier, identifier, CurrentGeneration);

    /// <summary>The keyed hash for the purpose of a column, in the current generation.</summary>
    public byte[] Hash(KeyedHashPurpose purpose, string value) => HashAt(purpose, value, CurrentGeneration);

    /// <summary>The keyed hash for <paramref name="purpose"/> in <paramref name="generation"/>.</summary>
    public byte[] HashAt(KeyedHashPurpose purpose, string value, int generation) => Forward(Generation0(purpose, value), 0, generation);

    /// <summary>The hashes of one BSN in each generation from <paramref name="fromGeneration"/> to the current, to match rows not yet moved.</summary>
    public IReadOnlyList<byte[]> Candidates(string bsn, int fromGeneration) => Candidates(KeyedHashPurpose.Bsn, bsn, fromGeneration);

    /// <summary>The hashes of one value in each generation from <paramref name="fromGeneration"/> to the current (oldest first), to match rows not yet moved.</summary>
    public IReadOnlyList<byte[]> Candidates(KeyedHashPurpose purpose, string value, int fromGeneration)
    {
        var from = Math.Clamp(fromGeneration, 0, CurrentGeneration);
        var hash = HashAt(purpose, value, from);
        var candidates = new List<byte[]> { hash };
        for (var g = from + 1; g <= CurrentGeneration; g++)
        {
            hash = HMACSHA256.HashData(_keys[g], hash);
            candidates.Add(hash);
        }

        return candidates;
    }

    /// <summary>A stored hash of <paramref name="fromGeneration"/> carried forward to <paramref name="toGeneration"/>.</summary>
    public byte[] Forward(byte[] stored, int fromGeneration, int toGeneration)
    {
        ArgumentNullException.ThrowIfNull(stored);
        if (fromGeneration < 0 || toGeneration > CurrentGeneration || fromGeneration > toGeneration)
        {
            throw new ArgumentOutOfRangeException(nameof(fromGeneration), $"Cannot carry a keyed hash from generation {fromGeneration} to {toGeneration} with {_keys.Length} keys.");
        }

        var hash = stored;
        for (var g = fromGeneration + 1; g <= toGeneration; g++)
        {
            hash = HMACSHA256.HashData(_keys[g], hash);
        }

        return hash;
    }

    /// <summary>A stored hash of <paramref name="fromGeneration"/> carried forward to the current generation.</summary>
    public byte[] ToCurrent(byte[] stored, int fromGeneration) => Forward(stored, fromGeneration, CurrentGeneration);

    /// <summary>A value that identifies the key of <paramref name="generation"/> without revealing it, kept in the store to catch a wrong key.</summary>
    public byte[] Fingerprint(int generation) => HMACSHA256.HashData(_keys[generation], FingerprintLabel);

    private byte[] Generation0(KeyedHashPurpose purpose, string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (purpose == KeyedHashPurpose.Bsn)
        {
            return HMACSHA256.HashData(_keys[0], Encoding.ASCII.GetBytes(Normalise(value)));
        }

        // One-shot over purpose + value: the same HMAC as appending the two, without an incremental context per call
        // (creating one showed up in intake's profile).
        var length = IdentifierPurpose.Length + Encoding.UTF8.GetByteCount(value);
        var rented = length > 256 ? ArrayPool<byte>.Shared.Rent(length) : null;
        var input = rented is null ? stackalloc byte[length] : rented.AsSpan(0, length);
        IdentifierPurpose.CopyTo(input);
        Encoding.UTF8.GetBytes(value, input[IdentifierPurpose.Length..]);
        var hash = HMACSHA256.HashData(_keys[0], input);
        if (rented is not null)
        {
            ArrayPool<byte>.Shared.Return(rented);
        }

        return hash;
    }

    private static string Normalise(string bsn)
    {
        var normalised = bsn.Trim();
        return normalised.Length == 8 ? "0" + normalised : normalised;
    }
}
