namespace Gateway.Routing.Store;

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
