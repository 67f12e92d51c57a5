namespace Gateway.Routing.Retry;

/// <summary>How deliveries are retried: exponential backoff with full jitter between a base and a cap, up to a horizon.</summary>
public sealed record RetryOptions
{
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

    /// <summary>Throws with a message an operator can act on when the options make no sense.</summary>
    public void Validate()
    {
        if (BaseDelay <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(BaseDelay), BaseDelay, $"Retry:BaseDelay must be positive (default {DefaultBaseDelay}).");
        }

        if (MaxDelay < BaseDelay)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxDelay), MaxDelay, $"Retry:MaxDelay must be at least Retry:BaseDelay ({BaseDelay}); default {DefaultMaxDelay}.");
        }

        if (Horizon < MaxDelay)
        {
            throw new ArgumentOutOfRangeException(nameof(Horizon), Horizon, $"Retry:Horizon must be at least Retry:MaxDelay ({MaxDelay}); default {DefaultHorizon}.");
        }
    }
}
