using Gateway.Routing.Cluster;

namespace Gateway.Host.Cli;

/// <summary>A sweep's lease as `gateway cluster sweeps` shows it: "held" until its end, "expired" after it (free for any instance).</summary>
internal sealed record ClusterLeaseView(string Sweep, string Owner, DateTimeOffset TakenAt, DateTimeOffset HeldUntil, string State)
{
    public const string Held = "held";
    public const string Expired = "expired";

    public static ClusterLeaseView Of(ClusterLease lease, DateTimeOffset now) =>
        new(lease.Name, lease.Owner, lease.TakenAt, lease.HeldUntil, lease.HeldUntil > now ? Held : Expired);
}
