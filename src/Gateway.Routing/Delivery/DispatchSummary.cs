namespace Gateway.Routing.Delivery;

/// <summary>What one sweep did.</summary>
/// <param name="Claimed">Deliveries claimed.</param>
/// <param name="Delivered">Accepted by their destination.</param>
/// <param name="Retrying">Failed and scheduled again.</param>
/// <param name="DeadLettered">Parked: permanent failure or horizon passed.</param>
/// <param name="Stale">Results that came after their lease was lost.</param>
/// <param name="RefusedByHub">Refused by the hub for good (Fo01): parked in their own state, back office told.</param>
public sealed record DispatchSummary(int Claimed, int Delivered, int Retrying, int DeadLettered, int Stale, int RefusedByHub = 0)
{
    /// <summary>Claimed deliveries that met a release freeze and were given back without spending an attempt.</summary>
    public int Held { get; init; }

    /// <summary>Claimed deliveries given back unsent because too little of their lease was left when their turn came.</summary>
    public int GivenBack { get; init; }
}
