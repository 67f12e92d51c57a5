using Gateway.Messages.Envelopes.Ggk;

namespace Gateway.Host.Transport.Ggk;

/// <summary>
/// The inbound GGk endpoint; our organisation in the stuurgegevens is the pipeline's envelope zender (Gateway:Pipeline:EnvelopeZender).
/// The intake bounds keep a flood of large envelopes from exhausting memory: a request beyond them is answered 503 + Retry-After
/// before its body is read.
/// </summary>
public sealed class GgkEndpointOptions
{
    /// <summary>The configuration section these options bind to.</summary>
    public const string SectionName = "Gateway:GgkEndpoint";
    /// <summary>The applicatie name the gateway uses in its GGk stuurgegevens by default.</summary>
    public const string DefaultApplicatie = "gateway";

    /// <summary>
    /// Requests read and processed at the same time. Memory is bounded by <see cref="DefaultMaxBytesInFlight"/>; this bounds the
    /// work of many small ones, high enough that a hub resending the same message 50 times at once is not refused.
    /// </summary>
    public const int DefaultMaxConcurrentRequests = 64;

    /// <summary>The GGk's limit for one envelope including the base64 payload (25 MB).</summary>
    public const long DefaultMaxEnvelopeBytes = GgkReadOptions.DefaultMaxEnvelopeBytes;

    /// <summary>
    /// Envelope bytes admitted at the same time: two envelopes of the GGk's maximum size (processing one costs several times its
    /// size), while small messages still go four at a time.
    /// </summary>
    public const long DefaultMaxBytesInFlight = 2 * DefaultMaxEnvelopeBytes;

    /// <summary>What a busy gateway tells the hub to wait before it sends again.</summary>
    public static readonly TimeSpan DefaultRetryAfter = TimeSpan.FromSeconds(10);

    /// <summary>
    /// How long reading one envelope may take: a 25 MB envelope at 256 KB/s. A sender that trickles its body (to keep its share
    /// of the bounds for hours) has its connection dropped when it runs out.
    /// </summary>
    public static readonly TimeSpan DefaultBodyReadTimeout = TimeSpan.FromSeconds(100);

    /// <summary>Our application name in the stuurgegevens.</summary>
    public string Applicatie { get; set; } = DefaultApplicatie;

    /// <summary>The path the hub posts Di01/Du01/Fo01 to.</summary>
    public string Path { get; set; } = "/ggk";

    /// <summary>At most this many requests are read and processed at once; one more gets 503 + Retry-After.</summary>
    public int MaxConcurrentRequests { get; set; } = DefaultMaxConcurrentRequests;

    /// <summary>
    /// At most this many envelope bytes are admitted at once, counted by Content-Length (a request without one, sent chunked,
    /// counts as <see cref="MaxEnvelopeBytes"/>); one more gets 503 + Retry-After.
    /// </summary>
    public long MaxBytesInFlight { get; set; } = DefaultMaxBytesInFlight;

    /// <summary>The largest envelope read; a larger Content-Length gets 413 before the body is read.</summary>
    public long MaxEnvelopeBytes { get; set; } = DefaultMaxEnvelopeBytes;

    /// <summary>Reading one envelope's body takes at most this long; the connection of a slower sender is dropped and its share of the bounds freed.</summary>
    public TimeSpan BodyReadTimeout { get; set; } = DefaultBodyReadTimeout;

    /// <summary>The Retry-After of a 503 when the gateway is busy.</summary>
    public TimeSpan RetryAfter { get; set; } = DefaultRetryAfter;
}
