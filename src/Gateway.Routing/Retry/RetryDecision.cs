namespace Gateway.Routing.Retry;

/// <summary>What to do with a delivery after a failed attempt.</summary>
/// <param name="NextAttemptAt">When to try again; null when the delivery is dead-lettered.</param>
/// <param name="DeadLetterReason">Why it is dead-lettered; null when it is retried. Never contains a BSN.</param>
public sealed record RetryDecision(DateTimeOffset? NextAttemptAt, string? DeadLetterReason)
{
    /// <summary>True when the delivery goes to the dead-letter queue.</summary>
    public bool IsDeadLetter => NextAttemptAt is null;
}
