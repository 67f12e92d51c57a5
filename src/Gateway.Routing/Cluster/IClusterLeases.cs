namespace Gateway.Routing.Cluster;

/// <summary>
/// Named leases that let one gateway instance at a time run a sweep when several instances share one store, with a
/// history of the runs. Held by an owner (a <see cref="Delivery.DeliveryOptions.LeaseOwner"/>) until a moment; renewed by
/// the holder; taken over by anyone once that moment passed (a dead instance's sweeps move on after the lease).
/// Implementations: the relational store's table, and <see cref="SingleInstance"/> where one process serves the store.
/// </summary>
public interface IClusterLeases
{
    /// <summary>True when only one process can serve the store (SQLite's instance lock): every lease is held already.</summary>
    bool IsSingleInstance { get; }

    /// <summary>
    /// Takes the lease <paramref name="name"/> for <paramref name="owner"/> until now + <paramref name="duration"/> when it is
    /// free, expired or already the owner's (a renewal); false when another owner still holds it.
    /// </summary>
    Task<bool> TryHoldAsync(string name, string owner, TimeSpan duration, CancellationToken cancellationToken = default);

    /// <summary>Gives the lease up at once (a clean stop), if <paramref name="owner"/> holds it.</summary>
    Task ReleaseAsync(string name, string owner, CancellationToken cancellationToken = default);

    /// <summary>Gives up every lease <paramref name="owner"/> holds (a clean stop), so other instances take its sweeps at once; returns how many.</summary>
    Task<int> ReleaseAllAsync(string owner, CancellationToken cancellationToken = default);

    /// <summary>Records that <paramref name="owner"/> starts a run of <paramref name="name"/> under a lease held until <paramref name="heldUntil"/>; returns the run's id.</summary>
    Task<long> StartRunAsync(string name, string owner, DateTimeOffset heldUntil, CancellationToken cancellationToken = default);

    /// <summary>Moves a running run's end bound along with its renewed lease.</summary>
    Task ExtendRunAsync(long runId, DateTimeOffset heldUntil, CancellationToken cancellationToken = default);

    /// <summary>Records how a run ended (<see cref="SweepRunOutcomes"/>); runs of this name older than <paramref name="keep"/> are removed.</summary>
    Task FinishRunAsync(long runId, string outcome, TimeSpan keep, CancellationToken cancellationToken = default);

    /// <summary>
    /// Locks the instance name <paramref name="instanceName"/> for as long as this process lives (the database drops the lock
    /// with the process's session); null when another live process holds it. Check it now and then (a restart of the
    /// database ends the session and the lock with it); dispose to give it up.
    /// </summary>
    Task<IInstanceLock?> TryLockInstanceAsync(string instanceName, CancellationToken cancellationToken = default);

    /// <summary>The leases held now or last held (an expired one stays until it is taken again or given back), by name.</summary>
    Task<IReadOnlyList<ClusterLease>> ListLeasesAsync(CancellationToken cancellationToken = default);

    /// <summary>The runs of <paramref name="name"/> (every name when null), oldest first.</summary>
    Task<IReadOnlyList<SweepRun>> ListRunsAsync(string? name = null, CancellationToken cancellationToken = default);
}
