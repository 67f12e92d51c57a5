namespace Gateway.Routing.Delivery;

/// <summary>What one sweep did.</summary>
public sealed record DispatchSummary(int Claimed, int Delivered, int Retrying, int DeadLettered, int Stale);
