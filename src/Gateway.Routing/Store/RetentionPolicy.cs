namespace Gateway.Routing.Store;

/// <summary>
/// What the retention sweep keeps: payloads for <see cref="PayloadAge"/>, message rows and dedup keys for
/// <see cref="DedupKeyAge"/> (≥ 400 days), and of a refused payload only its first <see cref="RefusedPayloadPrefix"/>
/// bytes once it is older than <see cref="RefusedPayloadAge"/>.
/// </summary>
public sealed record RetentionPolicy(TimeSpan PayloadAge, TimeSpan DedupKeyAge)
{
    /// <summary>The shortest dedup-key retention allowed: a partner can resend for that long.</summary>
    public static readonly TimeSpan MinimumDedupKeyAge = TimeSpan.FromDays(400);

    /// <summary>Default term after which a refused payload is cut to its first bytes.</summary>
    public static readonly TimeSpan DefaultRefusedPayloadAge = TimeSpan.FromDays(7);

    /// <summary>How many leading bytes of a refused payload are kept after <see cref="RefusedPayloadAge"/> (enough for an operator to see what it was).</summary>
    public const int RefusedPayloadPrefix = 1024;

    /// <summary>After this, a refused payload keeps only its first <see cref="RefusedPayloadPrefix"/> bytes (plus hash, size and reason).</summary>
    public TimeSpan RefusedPayloadAge { get; init; } = DefaultRefusedPayloadAge;
}
