namespace Gateway.Messages.Envelopes.Ggk;

/// <summary>Limits for reading an incoming ggk0210 SOAP message.</summary>
public sealed record GgkReadOptions
{
    /// <summary>25 MB: the GGk limit for the whole envelope including the base64 payload (IB003/IB007).</summary>
    public const long DefaultMaxEnvelopeBytes = 25L * 1024 * 1024;

    /// <summary>The default options.</summary>
    public static GgkReadOptions Default { get; } = new();

    /// <summary>Reading stops with <see cref="GgkEnvelopeProblem.TooLarge"/> the moment this many bytes are crossed.</summary>
    public long MaxEnvelopeBytes { get; init; } = DefaultMaxEnvelopeBytes;
}
