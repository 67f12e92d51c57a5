namespace Gateway.Host.Operators;

/// <summary>One event of a timeline.</summary>
internal sealed record EventView(long MessageId, DateTimeOffset At, string Type, string? Detail, string? Actor);
