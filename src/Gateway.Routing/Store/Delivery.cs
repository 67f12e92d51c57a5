namespace Gateway.Routing.Store;

/// <summary>State of a delivery (one row of the retry queue).</summary>
public enum DeliveryState
{
    /// <summary>Waiting for its next attempt time.</summary>
    Pending,

    /// <summary>Leased by a sender for one attempt.</summary>
    Sending,

    /// <summary>Done: the destination acknowledged it.</summary>
    Delivered,

    /// <summary>Parked: permanent failure or retry horizon passed; keeps bytes, reason and attempt history.</summary>
    DeadLettered,
}

/// <summary>How a failed attempt is treated: retried later, or never retried.</summary>
public enum DeliveryFailureKind
{
    /// <summary>May succeed later (5xx, 408, 429, timeout, connection refused, Fo03, IB103).</summary>
    Transient,

    /// <summary>Will never succeed (4xx, Fo01 with a "never valid" IB code).</summary>
    Permanent,
}

/// <summary>How one attempt ended.</summary>
public enum DeliveryAttemptOutcome
{
    /// <summary>Still running (leased).</summary>
    InProgress,

    /// <summary>The destination acknowledged it.</summary>
    Delivered,

    /// <summary>Failed; see the failure kind and error.</summary>
    Failed,

    /// <summary>The lease expired before the sender reported back.</summary>
    LeaseExpired,

    /// <summary>The process holding the lease died; the next start of the store released it.</summary>
    Abandoned,
}

/// <summary>One piece of outbound work: send message <see cref="MessageId"/> to <see cref="Destination"/>.</summary>
public sealed record Delivery
{
    /// <summary>Internal id.</summary>
    public required long Id { get; init; }

    /// <summary>The message to send.</summary>
    public required long MessageId { get; init; }

    /// <summary>The hub or a back office.</summary>
    public required DeliveryDestination Destination { get; init; }

    /// <summary>Current state.</summary>
    public required DeliveryState State { get; init; }

    /// <summary>Attempts started so far (also the number of the current/last attempt).</summary>
    public required int Attempts { get; init; }

    /// <summary>When the next attempt is due (meaningful while pending).</summary>
    public required DateTimeOffset NextAttemptAt { get; init; }

    /// <summary>Who holds the lease while sending.</summary>
    public string? LeaseOwner { get; init; }

    /// <summary>Until when the lease holds.</summary>
    public DateTimeOffset? LeaseUntil { get; init; }

    /// <summary>Last error text (no BSN), or the dead-letter reason.</summary>
    public string? LastError { get; init; }

    /// <summary>Failure kind of the last failed attempt.</summary>
    public DeliveryFailureKind? LastFailureKind { get; init; }

    /// <summary>When the delivery was enqueued.</summary>
    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>Start of the retry horizon: enqueue time, reset by a replay.</summary>
    public required DateTimeOffset HorizonStartedAt { get; init; }

    /// <summary>When it was delivered or dead-lettered.</summary>
    public DateTimeOffset? FinishedAt { get; init; }
}

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

/// <summary>A delivery with its attempt history.</summary>
public sealed record DeliveryDetails(Delivery Delivery, IReadOnlyList<DeliveryAttempt> Attempts);

/// <summary>The fence of one claimed attempt: completions must present exactly this.</summary>
public sealed record DeliveryLease(long DeliveryId, string Owner, int Attempt, DateTimeOffset LeaseUntil);

/// <summary>A claimed delivery, ready to send: the lease, the delivery, its message and the decrypted payload.</summary>
public sealed record ClaimedDelivery(DeliveryLease Lease, Delivery Delivery, StoredMessage Message, byte[] Payload);
