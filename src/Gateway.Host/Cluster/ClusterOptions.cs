namespace Gateway.Host.Cluster;

/// <summary>How this instance is known among the instances that share one PostgreSQL store (unused on SQLite).</summary>
public sealed class ClusterOptions
{
    /// <summary>The configuration section these options bind to.</summary>
    public const string SectionName = "Gateway:Cluster";

    /// <summary>The longest instance name.</summary>
    public const int MaxNameLength = 40;

    /// <summary>
    /// A name of this instance's own, the same across its restarts (e.g. <c>gateway-1</c>). With it, a restarted instance
    /// takes back at once the deliveries its killed run was sending (it knows no other process runs under its name: the
    /// database holds a lock on the name for the life of the running process); without it, they wait until their lease
    /// expires (<c>Gateway:Delivery:LeaseDuration</c>). Letters, digits, '.' and '-'. Empty: no name.
    /// </summary>
    public string InstanceName { get; set; } = "";

    /// <summary>What the lease owners of the runs of instance <paramref name="name"/> start with.</summary>
    public static string OwnerPrefix(string name) => name + "#";
}
