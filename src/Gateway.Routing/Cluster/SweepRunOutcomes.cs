namespace Gateway.Routing.Cluster;

/// <summary>How a run of a leased sweep ended.</summary>
public static class SweepRunOutcomes
{
    /// <summary>The sweep finished its work.</summary>
    public const string Done = "done";

    /// <summary>The sweep failed with an error (logged).</summary>
    public const string Failed = "failed";

    /// <summary>The lease could not be renewed in time, so the sweep was stopped before another instance could take it.</summary>
    public const string LeaseLost = "lease-lost";

    /// <summary>The instance stopped during the run.</summary>
    public const string Stopped = "stopped";
}
