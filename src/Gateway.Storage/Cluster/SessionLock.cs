using System.Data.Common;
using Gateway.Routing.Cluster;
using Gateway.Storage.Relational;

namespace Gateway.Storage.Cluster;

/// <summary>
/// An instance-name lock held by a database session on a connection of its own: the process dying (its socket closing)
/// gives the name free, as does disposing. A restart of the database ends the session too; a check finds the connection
/// broken and takes the name again on a new one, unless another process was quicker.
/// </summary>
internal sealed class SessionLock(RelationalMessageStore store, string name, DbConnection connection) : IInstanceLock
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private DbConnection? _connection = connection;

    /// <summary>A connection holding the lock on <paramref name="name"/>, or null when another session holds it.</summary>
    public static async Task<DbConnection?> TryTakeAsync(RelationalMessageStore store, string name, CancellationToken cancellationToken)
    {
        var connection = await store.OpenConnectionAsync(cancellationToken);
        try
        {
            if (await store.Dialect.TryLockSessionAsync(connection, name, cancellationToken))
            {
                return connection;
            }
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }

        await connection.DisposeAsync();
        return null;
    }

    public async Task<InstanceLockCheck> CheckAsync(CancellationToken cancellationToken = default)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (_connection is { } held)
            {
                if (await AliveAsync(held, cancellationToken))
                {
                    // A session lock lasts as long as its session: alive, it is still ours.
                    return InstanceLockCheck.Held;
                }

                _connection = null;
                await DropAsync(held);
            }

            try
            {
                _connection = await TryTakeAsync(store, name, cancellationToken);
            }
            catch (Exception e) when (e is DbException or InvalidOperationException or TimeoutException)
            {
                return InstanceLockCheck.Unreachable;
            }

            return _connection is null ? InstanceLockCheck.TakenByAnother : InstanceLockCheck.Retaken;
        }
        finally
        {
            _gate.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _gate.WaitAsync(CancellationToken.None);
        try
        {
            if (_connection is { } held)
            {
                _connection = null;
                try
                {
                    await store.Dialect.UnlockSessionAsync(held, name, CancellationToken.None);
                }
                catch (Exception e) when (e is DbException or InvalidOperationException)
                {
                    // The session is gone already (a server restart): so is its lock.
                }
                finally
                {
                    await held.DisposeAsync();
                }
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    private static async Task<bool> AliveAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        try
        {
            await using var ping = RelationalRows.Command(connection, null, "SELECT 1");
            await ping.ExecuteScalarAsync(cancellationToken);
            return true;
        }
        catch (Exception e) when (e is DbException or InvalidOperationException or TimeoutException)
        {
            return false;
        }
    }

    private static async Task DropAsync(DbConnection connection)
    {
        try
        {
            await connection.DisposeAsync();
        }
        catch (Exception e) when (e is DbException or InvalidOperationException)
        {
            // A broken connection may fail to close; it holds nothing any more.
        }
    }
}
