using Gateway.Messages.Validation;

namespace Gateway.Host.Precheck;

/// <summary>How much of the gateway a provider's pre-check (<c>POST /api/precheck</c>) may use at once.</summary>
public sealed class PrecheckOptions
{
    /// <summary>The configuration section these options bind to.</summary>
    public const string SectionName = "Gateway:Precheck";
    /// <summary>Largest message accepted by default: the level-1 limit (25 MB, OP179).</summary>
    public const long DefaultMaxMessageBytes = MessagesOptions.DefaultMaxDocumentBytes;
    /// <summary>Pre-checks running at once by default: each holds the store's one writer for its commit phase.</summary>
    public const int DefaultMaxConcurrentRequests = 2;
    /// <summary>Seconds a busy caller is told to wait by default.</summary>
    public const int DefaultRetryAfterSeconds = 5;

    /// <summary>Largest message accepted; a larger one gets HTTP 413 before it is read.</summary>
    public long MaxMessageBytes { get; set; } = DefaultMaxMessageBytes;

    /// <summary>Pre-checks running at once; beyond that HTTP 503 with Retry-After, so pre-checks never queue up in front of real intake.</summary>
    public int MaxConcurrentRequests { get; set; } = DefaultMaxConcurrentRequests;

    /// <summary>The Retry-After of a 503, in seconds.</summary>
    public int RetryAfterSeconds { get; set; } = DefaultRetryAfterSeconds;
}
