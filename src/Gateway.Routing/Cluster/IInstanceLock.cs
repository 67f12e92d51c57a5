namespace Gateway.Routing.Cluster;

/// <summary>
/// This process's lock on its instance name (<see cref="IClusterLeases.TryLockInstanceAsync"/>), held by a database
/// session. A restart of the database ends the session and frees the name: <see cref="CheckAsync"/> finds that out and
/// takes the name back, unless another process took it meanwhile. Dispose to give the name up.
/// </summary>
public interface IInstanceLock : IAsyncDisposable
{
    /// <summary>Whether the name is still this process's; takes it back on a new session when the old one was lost.</summary>
    Task<InstanceLockCheck> CheckAsync(CancellationToken cancellationToken = default);
}
