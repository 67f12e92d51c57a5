using Gateway.Routing.Freezes;

namespace Gateway.Routing.Store;

/// <summary>
/// What the gateway knows of the hub's freezes that a restart must not forget: the freeze learned from IB103 (null when
/// none is in force) and the start of the freeze whose held deliveries are not released yet (null when none).
/// </summary>
/// <param name="Learned">The learned freeze, always of source <see cref="FreezeSource.Learned"/>; null when none.</param>
/// <param name="HeldSince">The start of the earliest freeze that held deliveries not released yet; null when none.</param>
public sealed record StoredFreeze(HubFreeze? Learned, DateTimeOffset? HeldSince)
{
    /// <summary>Nothing learned, nothing held.</summary>
    public static StoredFreeze None { get; } = new(null, null);
}
