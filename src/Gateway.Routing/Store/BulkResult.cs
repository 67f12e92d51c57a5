namespace Gateway.Routing.Store;

/// <summary>The outcome of a bulk action: how many deliveries the selection matched in scope, and how many were acted on.</summary>
public sealed record BulkResult(int Matched, int Done, IReadOnlyList<long> DeliveryIds);
