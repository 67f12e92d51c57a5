namespace Gateway.Routing.Store;

/// <summary>One failure group: its key, how many dead letters it holds in scope, and when the first and last were parked.</summary>
public sealed record FailureGroup(FailureGroupKey Key, int Count, DateTimeOffset FirstSeen, DateTimeOffset LastSeen);
