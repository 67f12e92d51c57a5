namespace Gateway.Host.Operators;

/// <summary>The body of a bulk replay or purge of chosen dead letters: their delivery ids, and the operator's confirmation.</summary>
internal sealed record BulkRequest(IReadOnlyList<long>? DeliveryIds, bool Confirm);
