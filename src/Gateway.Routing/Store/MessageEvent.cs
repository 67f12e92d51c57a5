namespace Gateway.Routing.Store;

/// <summary>One audit-trail row: a state change or transport event of a message. Detail never holds a BSN.</summary>
public sealed record MessageEvent(long Id, long MessageId, DateTimeOffset At, string Type, string? Detail, string? Actor);
