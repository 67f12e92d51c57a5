using System.Security.Cryptography;
using System.Text;

namespace Gateway.Storage.Protection;

/// <summary>AES-256-GCM encryption of payloads at rest. Layout: nonce (12) | tag (16) | ciphertext; the key id travels beside it.</summary>
public sealed class PayloadProtector
{
    private const int NonceSize = 12;
    private const int TagSize = 16;

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
        RandomNumberGenerator.Fill(nonce);
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
        using var aes = new AesGcm(key, TagSize);
        aes.Decrypt(protectedBytes[..NonceSize], protectedBytes[(NonceSize + TagSize)..], protectedBytes.Slice(NonceSize, TagSize), plaintext, Encoding.UTF8.GetBytes(keyId));
        return plaintext;
    }
}
