namespace Gateway.Routing.Cluster;

/// <summary>A sweep's cluster lease as stored: who holds it, since when (renewals keep it), and until when.</summary>
public sealed record ClusterLease(string Name, string Owner, DateTimeOffset TakenAt, DateTimeOffset HeldUntil);
