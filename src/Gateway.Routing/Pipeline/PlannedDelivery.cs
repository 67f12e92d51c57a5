using Gateway.Routing.Store;

namespace Gateway.Routing.Pipeline;

/// <summary>A delivery the pipeline decided on; enqueued in the same transaction that records the message.</summary>
public sealed record PlannedDelivery(long MessageId, DeliveryDestination Destination);
