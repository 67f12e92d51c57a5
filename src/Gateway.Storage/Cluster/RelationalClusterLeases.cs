using Gateway.Routing.Cluster;
using Gateway.Storage.Relational;
using static Gateway.Storage.Relational.RelationalRows;

namespace Gateway.Storage.Cluster;

/// <summary>
/// The cluster leases in the store's database (migration 12: cluster_lease, cluster_sweep_run). A lease row rather than
/// <c>pg_try_advisory_lock</c>: an advisory lock lives in one session, so it needs a connection held open for the
/// instance's life, vanishes silently when that connection breaks (a PostgreSQL restart) while the holder may still be
/// sweeping, and shows nobody who held it. A row is taken by one conditional upsert (free, expired or already ours),
/// survives a restart of the server with the time it is held to, needs no connection between statements, and leaves
/// the owner and the run history readable by an operator. The clock is the instances' (as for delivery leases): they
/// are expected to agree within a small part of the lease, which the holder's early stop absorbs.
/// </summary>
public sealed class RelationalClusterLeases : IClusterLeases
{
    private const string RunColumns = "id, name, owner, started_at, held_until, finished_at, outcome";

    private readonly RelationalMessageStore _store;

    /// <summary>Creates the leases over the store's database.</summary>
    public RelationalClusterLeases(RelationalMessageStore store) => _store = store;

    /// <inheritdoc />
    public bool IsSingleInstance => false;

    /// <inheritdoc />
    public Task<bool> TryHoldAsync(string name, string owner, TimeSpan duration, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentException.ThrowIfNullOrWhiteSpace(owner);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(duration, TimeSpan.Zero);
        return _store.WriteAsync(
            async (connection, tx, now) =>
            {
                // One statement: two instances racing for a free or expired lease meet on the primary key, and the
                // loser's WHERE is evaluated against the winner's committed row, so exactly one of them holds it.
                await using var upsert = Command(connection, tx, """
                    INSERT INTO cluster_lease (name, owner, held_until, taken_at) VALUES (@name, @owner, @until, @now)
                    ON CONFLICT (name) DO UPDATE SET
                        owner = excluded.owner,
                        held_until = excluded.held_until,
                        taken_at = CASE WHEN cluster_lease.owner = excluded.owner THEN cluster_lease.taken_at ELSE excluded.taken_at END
                    WHERE cluster_lease.owner = excluded.owner OR cluster_lease.held_until <= @now
                    """,
                    ("@name", name), ("@owner", owner), ("@until", now + (long)duration.TotalMilliseconds), ("@now", now));
                return await upsert.ExecuteNonQueryAsync(cancellationToken) == 1;
            },
            cancellationToken);
    }

    /// <inheritdoc />
    public Task ReleaseAsync(string name, string owner, CancellationToken cancellationToken = default) =>
        _store.WriteAsync(
            async (connection, tx, _) =>
            {
                await using var delete = Command(connection, tx, "DELETE FROM cluster_lease WHERE name = @name AND owner = @owner", ("@name", name), ("@owner", owner));
                return await delete.ExecuteNonQueryAsync(cancellationToken);
            },
            cancellationToken);

    /// <inheritdoc />
    public Task<int> ReleaseAllAsync(string owner, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(owner);
        return _store.WriteAsync(
            async (connection, tx, _) =>
            {
                await using var delete = Command(connection, tx, "DELETE FROM cluster_lease WHERE owner = @owner", ("@owner", owner));
                return await delete.ExecuteNonQueryAsync(cancellationToken);
            },
            cancellationToken);
    }

    /// <inheritdoc />
    public Task<long> StartRunAsync(string name, string owner, DateTimeOffset heldUntil, CancellationToken cancellationToken = default) =>
        _store.WriteAsync(
            async (connection, tx, now) =>
            {
                await using var insert = Command(connection, tx, "INSERT INTO cluster_sweep_run (name, owner, started_at, held_until) VALUES (@name, @owner, @now, @until) RETURNING id", ("@name", name), ("@owner", owner), ("@now", now), ("@until", ToMs(heldUntil)));
                return Convert.ToInt64(await insert.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
            },
            cancellationToken);

    /// <inheritdoc />
    public Task ExtendRunAsync(long runId, DateTimeOffset heldUntil, CancellationToken cancellationToken = default) =>
        _store.WriteAsync(
            async (connection, tx, _) =>
            {
                await using var update = Command(connection, tx, "UPDATE cluster_sweep_run SET held_until = @until WHERE id = @id AND finished_at IS NULL", ("@until", ToMs(heldUntil)), ("@id", runId));
                return await update.ExecuteNonQueryAsync(cancellationToken);
            },
            cancellationToken);

    /// <inheritdoc />
    public Task FinishRunAsync(long runId, string outcome, TimeSpan keep, CancellationToken cancellationToken = default) =>
        _store.WriteAsync(
            async (connection, tx, now) =>
            {
                await using (var update = Command(connection, tx, "UPDATE cluster_sweep_run SET finished_at = @now, outcome = @outcome WHERE id = @id AND finished_at IS NULL", ("@now", now), ("@outcome", outcome), ("@id", runId)))
                {
                    await update.ExecuteNonQueryAsync(cancellationToken);
                }

                await using var prune = Command(connection, tx, "DELETE FROM cluster_sweep_run WHERE name = (SELECT name FROM cluster_sweep_run WHERE id = @id) AND started_at < @cutoff", ("@id", runId), ("@cutoff", now - (long)keep.TotalMilliseconds));
                return await prune.ExecuteNonQueryAsync(cancellationToken);
            },
            cancellationToken);

    /// <inheritdoc />
    public async Task<IInstanceLock?> TryLockInstanceAsync(string instanceName, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(instanceName);
        return await SessionLock.TryTakeAsync(_store, instanceName, cancellationToken) is { } connection
            ? new SessionLock(_store, instanceName, connection)
            : null;
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<ClusterLease>> ListLeasesAsync(CancellationToken cancellationToken = default) =>
        _store.ReadAsync<IReadOnlyList<ClusterLease>>(
            async connection =>
            {
                await using var select = Command(connection, null, "SELECT name, owner, taken_at, held_until FROM cluster_lease ORDER BY name");
                return await ReadAllAsync(select, r => new ClusterLease(r.GetString(0), r.GetString(1), FromMs(r.GetInt64(2)), FromMs(r.GetInt64(3))), cancellationToken);
            },
            cancellationToken);

    /// <inheritdoc />
    public Task<IReadOnlyList<SweepRun>> ListRunsAsync(string? name = null, CancellationToken cancellationToken = default) =>
        _store.ReadAsync<IReadOnlyList<SweepRun>>(
            async connection =>
            {
                await using var select = name is null
                    ? Command(connection, null, $"SELECT {RunColumns} FROM cluster_sweep_run ORDER BY started_at, id")
                    : Command(connection, null, $"SELECT {RunColumns} FROM cluster_sweep_run WHERE name = @name ORDER BY started_at, id", ("@name", name));
                return await ReadAllAsync(
                    select,
                    r => new SweepRun(
                        r.GetInt64(0),
                        r.GetString(1),
                        r.GetString(2),
                        FromMs(r.GetInt64(3)),
                        FromMs(r.GetInt64(4)),
                        r.IsDBNull(5) ? null : FromMs(r.GetInt64(5)),
                        r.IsDBNull(6) ? null : r.GetString(6)),
                    cancellationToken);
            },
            cancellationToken);
}
