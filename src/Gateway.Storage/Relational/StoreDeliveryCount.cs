namespace Gateway.Storage.Relational;

/// <summary>Deliveries in one state (as stored: Pending, Sending, Delivered, DeadLettered) to one destination.</summary>
public sealed record StoreDeliveryCount(string State, string Destination, long Count);
