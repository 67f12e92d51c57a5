using Gateway.Routing.Cluster;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Gateway.Host.Cluster;

/// <summary>
/// This process's hold on its instance name (<see cref="ClusterOptions.InstanceName"/>): taken at start, so that no two
/// running processes share a name; checked now and then (<see cref="Jobs.CheckInstanceNameJob"/>), because a restart of
/// PostgreSQL ends the session that holds the lock and frees the name. A freed name is taken back; a name another process
/// took meanwhile stops this one (<see cref="LostToAnother"/>: `gateway run` exits non-zero), never two with one name.
/// Given up when the container is disposed (the database would at the process's end anyway).
/// </summary>
internal sealed partial class InstanceNameLock(IClusterLeases leases, IOptions<ClusterOptions> options, IHostApplicationLifetime lifetime, ILogger<InstanceNameLock> logger) : IAsyncDisposable
{
    private IInstanceLock? _lock;
    private volatile bool _lost;

    /// <summary>The configured name, or null without one.</summary>
    public string? Name => options.Value.InstanceName is { Length: > 0 } name ? name : null;

    /// <summary>True once another process took the name after this one's lock was lost: this process stops.</summary>
    public bool LostToAnother => _lost;

    /// <summary>Takes the name; false when another live process holds it. True (and nothing held) without a name.</summary>
    public async Task<bool> TakeAsync(CancellationToken cancellationToken)
    {
        if (Name is not { } name)
        {
            return true;
        }

        _lock = await leases.TryLockInstanceAsync(name, cancellationToken);
        return _lock is not null;
    }

    /// <summary>Checks the lock is held, takes it back when its session was lost, and stops the process when another took the name.</summary>
    public async Task CheckAsync(CancellationToken cancellationToken)
    {
        if (_lock is not { } held || _lost)
        {
            return;
        }

        switch (await held.CheckAsync(cancellationToken))
        {
            case InstanceLockCheck.Retaken:
                LogRetaken(logger, Name!);
                break;
            case InstanceLockCheck.TakenByAnother:
                _lost = true;
                LogTakenByAnother(logger, Name!);
                lifetime.StopApplication();
                break;
            case InstanceLockCheck.Unreachable:
                LogUnreachable(logger, Name!);
                break;
            default:
                break;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_lock is not null)
        {
            await _lock.DisposeAsync();
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The lock on instance name {InstanceName} was lost (the database restarted or the connection broke) and is taken again")]
    private static partial void LogRetaken(ILogger logger, string instanceName);

    [LoggerMessage(Level = LogLevel.Critical, EventName = "InstanceNameTaken", Message = "STOPPING: another gateway instance on this database took the instance name {InstanceName} (Gateway:Cluster:InstanceName) after this instance's lock on it was lost (a database restart); two instances must never run under one name. Give each instance a name of its own")]
    private static partial void LogTakenByAnother(ILogger logger, string instanceName);

    [LoggerMessage(Level = LogLevel.Debug, Message = "The lock on instance name {InstanceName} could not be checked: the database is unreachable; checking again later")]
    private static partial void LogUnreachable(ILogger logger, string instanceName);
}
