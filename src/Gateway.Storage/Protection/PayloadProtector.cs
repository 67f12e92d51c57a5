using System.Security.Cryptography;
using System.Text;

namespace Gateway.Storage.Protection;

/// <summary>AES-256-GCM encryption of payloads at rest. Layout: nonce (12) | tag (16) | ciphertext; the key id travels beside it.</summary>
public sealed class PayloadProtector
{
    private const int NonceSize = 12;
    private const int TagSize = 16;

    // Nonces drawn from the system's CSPRNG a block at a time (one call per 340 payloads instead of one per payload); each
    // nonce is still 96 fresh random bits, used once.
    private const int NoncesPerDraw = 340;

    [ThreadStatic]
    private static byte[]? t_nonces;

    [ThreadStatic]
    private static int t_nextNonce;

    private readonly Dictionary<string, byte[]> _keys;

    // Under the current key, per thread (an AesGcm is not for concurrent use): importing the key for every payload
    // showed up in intake's profile.
    private readonly ThreadLocal<AesGcm> _current;
    private readonly byte[] _currentKeyIdBytes;

    /// <summary>Creates a protector that encrypts under <paramref name="currentKeyId"/> and decrypts under any known key.</summary>
    public PayloadProtector(string currentKeyId, byte[] currentKey, IReadOnlyDictionary<string, byte[]>? retiredKeys = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(currentKeyId);
        if (currentKey.Length != 32)
        {
            throw new ArgumentException("The payload key must be 32 bytes.", nameof(currentKey));
        }

        CurrentKeyId = currentKeyId;
        _keys = new Dictionary<string, byte[]>(StringComparer.Ordinal) { [currentKeyId] = currentKey };
        foreach (var (id, key) in retiredKeys ?? new Dictionary<string, byte[]>())
        {
            _keys.TryAdd(id, key);
        }

        _current = new ThreadLocal<AesGcm>(() => new AesGcm(currentKey, TagSize));
        _currentKeyIdBytes = Encoding.UTF8.GetBytes(currentKeyId);
    }

    /// <summary>Builds the protector from validated options.</summary>
    public static PayloadProtector FromOptions(StorageOptions options) => new(
        options.EncryptionKeyId,
        Convert.FromBase64String(options.EncryptionKey),
        options.RetiredEncryptionKeys.ToDictionary(kv => kv.Key, kv => Convert.FromBase64String(kv.Value)));

    /// <summary>The id of the key new payloads are encrypted with.</summary>
    public string CurrentKeyId { get; }

    /// <summary>Whether a key with this id is configured (current or retired), so rows under it can be decrypted.</summary>
    public bool HasKey(string keyId) => _keys.ContainsKey(keyId);

    /// <summary>Encrypts a payload under the current key; the key id is bound as associated data.</summary>
    public byte[] Protect(ReadOnlySpan<byte> plaintext)
    {
        var output = new byte[NonceSize + TagSize + plaintext.Length];
        var nonce = output.AsSpan(0, NonceSize);
        NextNonce(nonce);
        _current.Value!.Encrypt(nonce, plaintext, output.AsSpan(NonceSize + TagSize), output.AsSpan(NonceSize, TagSize), _currentKeyIdBytes);
        return output;
    }

    /// <summary>Decrypts a payload written under <paramref name="keyId"/>; throws when the key is unknown or the bytes were altered.</summary>
    public byte[] Unprotect(string keyId, ReadOnlySpan<byte> protectedBytes)
    {
        if (!_keys.TryGetValue(keyId, out var key))
        {
            throw new CryptographicException($"Payload key id '{keyId}' is not configured: add it to Storage:RetiredEncryptionKeys.");
        }

        if (protectedBytes.Length < NonceSize + TagSize)
        {
            throw new CryptographicException("Stored payload is too short to be a ciphertext.");
        }

        var plaintext = new byte[protectedBytes.Length - NonceSize - TagSize];
        if (keyId == CurrentKeyId)
        {
            _current.Value!.Decrypt(protectedBytes[..NonceSize], protectedBytes[(NonceSize + TagSize)..], protectedBytes.Slice(NonceSize, TagSize), plaintext, _currentKeyIdBytes);
            return plaintext;
        }

        using var aes = new AesGcm(key, TagSize);
        aes.Decrypt(protectedBytes[..NonceSize], protectedBytes[(NonceSize + TagSize)..], protectedBytes.Slice(NonceSize, TagSize), plaintext, Encoding.UTF8.GetBytes(keyId));
        return plaintext;
    }

    /// <summary>Writes the next unused random nonce of this thread's block into <paramref name="nonce"/>, drawing a new block when it is spent.</summary>
    private static void NextNonce(Span<byte> nonce)
    {
        var block = t_nonces ??= new byte[NonceSize * NoncesPerDraw];
        if (t_nextNonce == 0)
        {
            RandomNumberGenerator.Fill(block);
        }

        var span = block.AsSpan(t_nextNonce * NonceSize, NonceSize);
        span.CopyTo(nonce);
        span.Clear();
        t_nextNonce = (t_nextNonce + 1) % NoncesPerDraw;
    }
}
