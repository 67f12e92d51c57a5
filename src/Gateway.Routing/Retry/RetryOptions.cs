namespace Gateway.Routing.Retry;

/// <summary>How deliveries are retried: exponential backoff with full jitter between a base and a cap, up to a horizon.</summary>
public sealed record RetryOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Gateway:Retry";

    /// <summary>Default first ceiling: 5 minutes.</summary>
    public static readonly TimeSpan DefaultBaseDelay = TimeSpan.FromMinutes(5);

    /// <summary>Default cap on one wait: 3 hours (the chain retries every 3 h).</summary>
    public static readonly TimeSpan DefaultMaxDelay = TimeSpan.FromHours(3);

    /// <summary>Default horizon: 48 hours after the delivery was created, as the Dutch government chain does.</summary>
    public static readonly TimeSpan DefaultHorizon = TimeSpan.FromHours(48);

    /// <summary>The ceiling of the first wait; each further attempt doubles it.</summary>
    public TimeSpan BaseDelay { get; init; } = DefaultBaseDelay;

    /// <summary>No wait is longer than this.</summary>
    public TimeSpan MaxDelay { get; init; } = DefaultMaxDelay;

    /// <summary>After this time since the delivery was created, a failing delivery is dead-lettered.</summary>
    public TimeSpan Horizon { get; init; } = DefaultHorizon;
}
