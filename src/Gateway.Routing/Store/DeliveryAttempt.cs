namespace Gateway.Routing.Store;

/// <summary>One attempt of a delivery, kept for the operator's history.</summary>
public sealed record DeliveryAttempt(
    long DeliveryId,
    int Attempt,
    string LeaseOwner,
    DateTimeOffset StartedAt,
    DateTimeOffset? FinishedAt,
    DeliveryAttemptOutcome Outcome,
    DeliveryFailureKind? FailureKind,
    string? Error);
