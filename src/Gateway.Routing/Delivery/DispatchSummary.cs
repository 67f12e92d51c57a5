namespace Gateway.Routing.Delivery;

/// <summary>What one sweep did.</summary>
public sealed record DispatchSummary(int Claimed, int Delivered, int Retrying, int DeadLettered, int Stale)
{
    /// <summary>Claimed deliveries that met a release freeze and were given back without spending an attempt.</summary>
    public int Held { get; init; }
}
