namespace Gateway.Host.Operators;

/// <summary>Messages recorded in one hour (UTC) in one direction.</summary>
internal sealed record HourCountView(DateTimeOffset Hour, string Direction, int Count);
