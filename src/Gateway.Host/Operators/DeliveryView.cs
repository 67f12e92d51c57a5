using Gateway.Routing.Store;

namespace Gateway.Host.Operators;

/// <summary>A delivery in the queue.</summary>
internal sealed record DeliveryView(
    long Id,
    long MessageId,
    string Destination,
    string State,
    int Attempts,
    DateTimeOffset NextAttemptAt,
    string? LastError,
    string? LastFailureKind,
    DateTimeOffset CreatedAt,
    DateTimeOffset? FinishedAt)
{
    public static DeliveryView From(Delivery d) => new(
        d.Id,
        d.MessageId,
        d.Destination.Value,
        d.State.ToString(),
        d.Attempts,
        d.NextAttemptAt,
        d.LastError,
        d.LastFailureKind?.ToString(),
        d.CreatedAt,
        d.FinishedAt);
}
