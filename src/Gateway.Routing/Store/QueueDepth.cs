namespace Gateway.Routing.Store;

/// <summary>Queue depth of one (state, destination) pair, with the oldest next-attempt time in it.</summary>
public sealed record QueueDepth(DeliveryState State, DeliveryDestination Destination, int Count, DateTimeOffset? OldestNextAttemptAt);
