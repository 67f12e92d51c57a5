namespace Gateway.Routing.Store;

/// <summary>Messages recorded in one hour (UTC, start of the hour), by direction; hours without messages are left out.</summary>
public sealed record HourCount(DateTimeOffset Hour, MessageDirection Direction, int Count);
