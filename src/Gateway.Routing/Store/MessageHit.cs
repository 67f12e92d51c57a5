namespace Gateway.Routing.Store;

/// <summary>A message found by a search, with whether any of its deliveries is dead-lettered.</summary>
public sealed record MessageHit(StoredMessage Message, bool DeadLettered);
