using System.Security.Cryptography;

namespace Gateway.Routing.Store;

/// <summary>
/// The content hash of a payload (SHA-256 of its bytes, upper-case hex): how a copy is told from another message that
/// reuses its dedup key or envelope, also after retention deleted the stored bytes.
/// </summary>
public static class ContentHash
{
    /// <summary>The hash of these payload bytes.</summary>
    public static string Of(ReadOnlySpan<byte> payload) => Convert.ToHexString(SHA256.HashData(payload));
}
