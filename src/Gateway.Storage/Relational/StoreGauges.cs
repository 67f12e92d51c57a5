namespace Gateway.Storage.Relational;

/// <summary>What the store holds right now, for gauges: no BSN, no message ids.</summary>
/// <param name="Deliveries">Deliveries per state and destination.</param>
/// <param name="MessagesByState">Stored messages per state.</param>
/// <param name="MessagesByRetourCode">Stored messages per retourcode of their outcome.</param>
/// <param name="OldestOpenAge">How long the oldest pending or sending delivery has been under way; null when none is.</param>
public sealed record StoreGauges(
    IReadOnlyList<StoreDeliveryCount> Deliveries,
    IReadOnlyDictionary<string, long> MessagesByState,
    IReadOnlyDictionary<string, long> MessagesByRetourCode,
    TimeSpan? OldestOpenAge);
