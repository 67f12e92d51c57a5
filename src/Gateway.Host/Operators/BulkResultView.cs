namespace Gateway.Host.Operators;

/// <summary>Result of a bulk replay or purge: how many dead letters the selection matched in the operator's scope, and which were acted on.</summary>
internal sealed record BulkResultView(string Action, string? Group, int Matched, int Done, IReadOnlyList<long> DeliveryIds);
