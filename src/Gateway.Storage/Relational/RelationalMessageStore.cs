using System.Data.Common;
using System.Runtime.CompilerServices;
using Gateway.Routing.Diagnostics;
using Gateway.Routing.Store;
using Gateway.Storage.KeyRotation;
using Gateway.Storage.Protection;
using static Gateway.Storage.Relational.RelationalRows;

namespace Gateway.Storage.Relational;

/// <summary>
/// <see cref="IMessageStore"/> over ADO.NET, written once for every SQL database the gateway runs on: the SQL is shared,
/// what differs (opening, write locks, claims, migrations, the physical check) comes from the concrete store and its
/// <see cref="SqlDialect"/>. Payloads are encrypted, BSNs kept as keyed hashes.
/// </summary>
public abstract partial class RelationalMessageStore : IMessageStore, IStoreGauges, IAsyncDisposable, IDisposable
{
    /// <summary>
    /// SQL function that carries a stored keyed hash forward to the current generation: <c>keyed_hash_current(generation, hash)</c>.
    /// SQLite registers it on each connection; PostgreSQL defines it as the identity, as it serves only current hashes.
    /// </summary>
    internal const string KeyedHashCurrentFunction = "keyed_hash_current";

    private readonly SemaphoreSlim _migrationGate = new(1, 1);
    private readonly GroupCommit? _groupCommit;
    private volatile bool _migrated;
    private long _commits;

    /// <summary>Checks the options and builds the protection every dialect shares.</summary>
    /// <param name="options">The store's options.</param>
    /// <param name="timeProvider">The clock.</param>
    /// <param name="dialect">What differs in the SQL.</param>
    /// <param name="groupCommitByDefault">Whether units of work share commits when <see cref="StorageOptions.GroupCommit"/> is not set.</param>
    private protected RelationalMessageStore(StorageOptions options, TimeProvider timeProvider, SqlDialect dialect, bool groupCommitByDefault)
    {
        var problems = options.Validate();
        if (problems.Count > 0)
        {
            throw new ArgumentException("Storage options are not usable: " + string.Join(" ", problems), nameof(options));
        }

        Time = timeProvider;
        Dialect = dialect;
        Protector = PayloadProtector.FromOptions(options);
        Hasher = BsnHasher.FromOptions(options);
        KeyedHashes = new KeyedHashGenerations(Hasher);
        if (options.GroupCommit ?? groupCommitByDefault)
        {
            _groupCommit = new GroupCommit(this, options.GroupCommitMaxUnits);
        }
    }

    /// <summary>Whether units of work share database transactions and commits (<see cref="StorageOptions.GroupCommit"/>).</summary>
    public bool GroupsCommits => _groupCommit is not null;

    /// <summary>With group commit: how many units of work wait for their turn on the open batch right now.</summary>
    internal int UnitsWaiting => _groupCommit?.Waiting ?? 0;

    /// <summary>How many real write commits the store has made (with group commit fewer than units of work).</summary>
    internal long Commits => Interlocked.Read(ref _commits);

    internal TimeProvider Time { get; }

    /// <summary>The statements and round trips this store has sent to its database.</summary>
    internal StatementCount Statements { get; } = new();

    /// <summary>What differs in the SQL between the databases.</summary>
    internal SqlDialect Dialect { get; }

    /// <summary>Where committed audit events are counted; unobserved unless the composition sets the gateway's own.</summary>
    public GatewayMetrics Metrics { get; init; } = GatewayMetrics.Unobserved;

    internal PayloadProtector Protector { get; }

    internal BsnHasher Hasher { get; }

    /// <summary>The keyed-hash generations still present, so lookups match rows the rotation has not moved yet.</summary>
    internal KeyedHashGenerations KeyedHashes { get; }

    /// <summary>The schema version this code expects.</summary>
    internal abstract int LatestVersion { get; }

    private long NowMs => ToMs(Time.GetUtcNow());

    /// <inheritdoc />
    public async Task<int> MigrateAsync(CancellationToken cancellationToken = default)
    {
        await _migrationGate.WaitAsync(cancellationToken);
        try
        {
            DbConnection connection;
            try
            {
                connection = await OpenConnectionAsync(cancellationToken);
            }
            catch (DbException e) when (Unreachable(e) is { } reason)
            {
                throw new StoreUnavailableException(reason, e);
            }

            await using var opened = connection;
            var version = await ApplyMigrationsAsync(connection, NowMs, cancellationToken);
            await using (var tx = await BeginWriteAsync(connection, cancellationToken))
            {
                await KeyedHashes.CheckKeysAsync(connection, tx, cancellationToken);
            }

            await KeyedHashes.RefreshAsync(connection, null, cancellationToken);
            _migrated = true;
            return version;
        }
        finally
        {
            _migrationGate.Release();
        }
    }

    /// <inheritdoc />
    // Not async: the mark that the caller's flow holds a transaction must reach the caller (WriteUnit.MarkFlow).
    public Task<IStoreTransaction> BeginAsync(CancellationToken cancellationToken = default) => BeginAsync([], cancellationToken);

    /// <inheritdoc />
    // Not async, as above. The rows' hashes and encrypted payloads are computed here, before the unit waits for its turn.
    public Task<IStoreTransaction> BeginAsync(IReadOnlyList<NewMessage> ahead, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(ahead);
        UnitAhead? work;
        try
        {
            if (_groupCommit is not null)
            {
                WriteUnit.ThrowIfFlowHolds(this);
            }

            work = ahead.Count == 0 ? null : UnitAhead.Of(this, ahead);
        }
        catch (Exception e)
        {
            return Task.FromException<IStoreTransaction>(e);
        }

        return BeginMarkedAsync(WriteUnit.MarkFlow(), work, cancellationToken);
    }

    private async Task<IStoreTransaction> BeginMarkedAsync(StrongBox<RelationalMessageStore?> held, UnitAhead? ahead, CancellationToken cancellationToken)
    {
        await EnsureMigratedAsync(cancellationToken);
        var transaction = new RelationalStoreTransaction(this, await BeginUnitAsync(cancellationToken), held, ahead);
        held.Value = this;
        return transaction;
    }

    /// <summary>Releases what the store holds open (pooled connections).</summary>
    public abstract void Dispose();

    /// <inheritdoc />
    public ValueTask DisposeAsync()
    {
        Dispose();
        GC.SuppressFinalize(this);
        return ValueTask.CompletedTask;
    }

    /// <summary>Runs one short write transaction and commits it.</summary>
    internal async Task<T> WriteAsync<T>(Func<DbConnection, DbTransaction, long, Task<T>> work, CancellationToken cancellationToken)
    {
        await EnsureMigratedAsync(cancellationToken);
        await using var unit = await BeginUnitAsync(cancellationToken);
        var result = await work(unit.Connection, unit.Transaction, NowMs);
        await unit.CommitAsync(cancellationToken);
        return result;
    }

    /// <summary>Counts one real commit of a write transaction.</summary>
    internal void CountCommit() => Interlocked.Increment(ref _commits);

    /// <summary>Runs reads on their own connection (readers never wait for the writer).</summary>
    internal async Task<T> ReadAsync<T>(Func<DbConnection, Task<T>> work, CancellationToken cancellationToken)
    {
        await using var connection = await OpenReadAsync(cancellationToken);
        return await work(connection);
    }

    /// <summary>A connection of its own for reads the caller streams row by row; the caller disposes it.</summary>
    internal async Task<DbConnection> OpenReadAsync(CancellationToken cancellationToken)
    {
        await EnsureMigratedAsync(cancellationToken);
        return await OpenConnectionAsync(cancellationToken);
    }

    /// <summary>Counts the events of a transaction that has just committed.</summary>
    internal void CountCommittedEvents(DbTransaction transaction)
    {
        if (RelationalStoreTransaction.UncommittedEvents.TryGetValue(transaction, out var events))
        {
            RelationalStoreTransaction.UncommittedEvents.Remove(transaction);
            foreach (var (type, detail) in events)
            {
                Metrics.EventCommitted(type, detail);
            }
        }
    }

    /// <summary>Opens a connection with the store's session settings.</summary>
    internal abstract Task<DbConnection> OpenConnectionAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Makes what the writers have committed so far durable, for a store whose commit leaves that to a step of its own
    /// (SQLite: the WAL's fsync, after the writers' turn). Called after every commit of a write and before it is
    /// acknowledged; throws when it cannot be made durable. Nothing to do where a commit is durable when it returns
    /// (PostgreSQL, <c>synchronous_commit=on</c>).
    /// </summary>
    internal virtual void SyncCommitted()
    {
    }

    /// <summary>A connection for a unit of work's write transaction; hand it back with <see cref="ReleaseWriterAsync"/>.</summary>
    internal virtual Task<DbConnection> OpenWriterAsync(CancellationToken cancellationToken) => OpenConnectionAsync(cancellationToken);

    /// <summary>
    /// Hands back a connection of <see cref="OpenWriterAsync"/> once its transaction has ended: <paramref name="reusable"/>
    /// when it ended by a commit or rollback that succeeded (SQLite keeps such a connection, prepared statements and all).
    /// </summary>
    internal virtual ValueTask ReleaseWriterAsync(DbConnection connection, bool reusable) => connection.DisposeAsync();

    /// <summary>Starts a write transaction that may read and then write safely (SQLite: <c>BEGIN IMMEDIATE</c>).</summary>
    internal abstract Task<DbTransaction> BeginWriteAsync(DbConnection connection, CancellationToken cancellationToken);

    /// <summary>Starts a read-only transaction that sees one consistent snapshot.</summary>
    internal abstract Task<DbTransaction> BeginSnapshotAsync(DbConnection connection, CancellationToken cancellationToken);

    /// <summary>Applies the missing schema migrations; returns the version.</summary>
    private protected abstract Task<int> ApplyMigrationsAsync(DbConnection connection, long nowMs, CancellationToken cancellationToken);

    /// <summary>Adds what the database's own checks find wrong with its files and references.</summary>
    private protected abstract Task CheckPhysicalAsync(DbConnection connection, List<string> problems, CancellationToken cancellationToken);

    /// <summary>What an operator must check when opening the database fails at start (naming the setting), or null for other failures.</summary>
    private protected virtual string? Unreachable(DbException exception) => null;

    /// <summary>Serialises writers where the database needs it (SQLite); the returned handle releases it.</summary>
    private protected virtual Task<IDisposable> EnterWriterAsync(CancellationToken cancellationToken) => Task.FromResult<IDisposable>(NoGate.Instance);

    /// <summary>A unit of work: a savepoint in the open batch with group commit, else a write transaction of its own.</summary>
    private Task<WriteUnit> BeginUnitAsync(CancellationToken cancellationToken) =>
        _groupCommit is { } group ? group.JoinAsync(cancellationToken) : SoloWriteUnit.BeginAsync(this, EnterWriterAsync, cancellationToken);

    private async Task EnsureMigratedAsync(CancellationToken cancellationToken)
    {
        if (!_migrated)
        {
            await MigrateAsync(cancellationToken);
        }
    }

    private sealed class NoGate : IDisposable
    {
        public static readonly NoGate Instance = new();

        public void Dispose()
        {
        }
    }
}
