namespace Gateway.Routing.Cluster;

/// <summary>
/// The leases where one process serves the store (SQLite: the file's instance lock refuses a second one): every lease
/// is this process's already, so sweeps run without writing anything; no run history is kept.
/// </summary>
public sealed class SingleInstance : IClusterLeases
{
    /// <summary>The one instance.</summary>
    public static readonly SingleInstance Instance = new();

    private SingleInstance()
    {
    }

    /// <inheritdoc />
    public bool IsSingleInstance => true;

    /// <inheritdoc />
    public Task<bool> TryHoldAsync(string name, string owner, TimeSpan duration, CancellationToken cancellationToken = default) => Task.FromResult(true);

    /// <inheritdoc />
    public Task ReleaseAsync(string name, string owner, CancellationToken cancellationToken = default) => Task.CompletedTask;

    /// <inheritdoc />
    public Task<int> ReleaseAllAsync(string owner, CancellationToken cancellationToken = default) => Task.FromResult(0);

    /// <inheritdoc />
    public Task<long> StartRunAsync(string name, string owner, DateTimeOffset heldUntil, CancellationToken cancellationToken = default) => Task.FromResult(0L);

    /// <inheritdoc />
    public Task ExtendRunAsync(long runId, DateTimeOffset heldUntil, CancellationToken cancellationToken = default) => Task.CompletedTask;

    /// <inheritdoc />
    public Task FinishRunAsync(long runId, string outcome, TimeSpan keep, CancellationToken cancellationToken = default) => Task.CompletedTask;

    /// <inheritdoc />
    public Task<IInstanceLock?> TryLockInstanceAsync(string instanceName, CancellationToken cancellationToken = default) => Task.FromResult<IInstanceLock?>(NoLock.Instance);

    /// <inheritdoc />
    public Task<IReadOnlyList<ClusterLease>> ListLeasesAsync(CancellationToken cancellationToken = default) => Task.FromResult<IReadOnlyList<ClusterLease>>([]);

    /// <inheritdoc />
    public Task<IReadOnlyList<SweepRun>> ListRunsAsync(string? name = null, CancellationToken cancellationToken = default) => Task.FromResult<IReadOnlyList<SweepRun>>([]);

    private sealed class NoLock : IInstanceLock
    {
        public static readonly NoLock Instance = new();

        public Task<InstanceLockCheck> CheckAsync(CancellationToken cancellationToken = default) => Task.FromResult(InstanceLockCheck.Held);

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
