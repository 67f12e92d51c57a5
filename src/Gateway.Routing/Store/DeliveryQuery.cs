namespace Gateway.Routing.Store;

/// <summary>A page of deliveries for operators; keyset paging by id (pass the last id seen as <see cref="AfterId"/>).</summary>
public sealed record DeliveryQuery(DeliveryState? State = null, DeliveryDestination? Destination = null, long AfterId = 0, int Limit = 50);
