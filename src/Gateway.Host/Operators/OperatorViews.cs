using Gateway.Messages.Standards;
using Gateway.Routing.Store;

namespace Gateway.Host.Operators;

/// <summary>
/// A message as an operator sees it: no payload, no BSN (Identificatie and referentienummer come masked from the store).
/// A refused payload past its short term keeps only its first KB: size and content hash say what it was.
/// </summary>
internal sealed record MessageSummaryView(
    long Id,
    string Direction,
    string Kind,
    string State,
    string? Standard,
    string? Code,
    string? Afzender,
    string? Ontvanger,
    string? Identificatie,
    string? Gemeentecode,
    long? CorrelatesTo,
    IReadOnlyList<string> RetourCodes,
    string? Referentienummer,
    bool HasPayload,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    long? PayloadSize,
    string? ContentHash,
    bool PayloadTrimmed)
{
    public static MessageSummaryView From(StoredMessage m) => new(
        m.Id,
        m.Direction.ToString(),
        m.Kind.ToString(),
        m.State.ToString(),
        m.Standard?.ToString(),
        m.Code is { } code ? ((int)code).ToString(System.Globalization.CultureInfo.InvariantCulture) : null,
        m.Afzender,
        m.Ontvanger,
        m.Identificatie,
        m.Gemeentecode,
        m.CorrelatesTo,
        m.RetourCodes,
        m.ShownEnvelope?.Referentienummer,
        m.HasPayload,
        m.CreatedAt,
        m.UpdatedAt,
        m.PayloadSize,
        m.ContentHash,
        m.PayloadTrimmed);
}

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

/// <summary>One attempt of a delivery.</summary>
internal sealed record AttemptView(int Attempt, string LeaseOwner, DateTimeOffset StartedAt, DateTimeOffset? FinishedAt, string Outcome, string? FailureKind, string? Error);

/// <summary>A delivery with its message and attempt history.</summary>
internal sealed record DeliveryDetailsView(DeliveryView Delivery, MessageSummaryView Message, IReadOnlyList<AttemptView> Attempts);

/// <summary>A message, with its payload (BSN masked) only when asked for.</summary>
internal sealed record MessageDetailsView(MessageSummaryView Message, IReadOnlyList<DeliveryView> Deliveries, string? Payload);

/// <summary>One event of a timeline.</summary>
internal sealed record EventView(long MessageId, DateTimeOffset At, string Type, string? Detail, string? Actor);

/// <summary>A message's timeline, and the timeline of its chain (the messages it is tied to).</summary>
internal sealed record TimelineView(long MessageId, IReadOnlyList<MessageSummaryView> Chain, IReadOnlyList<EventView> Events);

/// <summary>Result of an operator action.</summary>
internal sealed record ActionResultView(string Action, long? DeliveryId, int Affected, string Result);
