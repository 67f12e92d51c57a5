using Gateway.Routing.Diagnostics;
using Gateway.Routing.Store;
using Gateway.Storage.KeyRotation;
using Gateway.Storage.Protection;
using Microsoft.Data.Sqlite;
using static Gateway.Storage.Sqlite.SqliteRows;

namespace Gateway.Storage.Sqlite;

/// <summary>
/// <see cref="IMessageStore"/> on one SQLite file: WAL, <c>synchronous=FULL</c>, foreign keys on, every write
/// <c>BEGIN IMMEDIATE</c>, writers serialised in-process (and across processes by the busy timeout), <c>secure_delete</c>
/// on so deleted text is overwritten. One serving process only (<see cref="SqliteInstanceLock"/>); short-lived readers
/// such as the operator verbs may open it beside that one.
/// </summary>
public sealed partial class SqliteMessageStore : IMessageStore, IAsyncDisposable, IDisposable
{
    /// <summary>
    /// <c>PRAGMA journal_size_limit</c>: after a checkpoint resets the WAL, SQLite truncates the file to this size instead
    /// of leaving it at its high-water mark. 64 MiB is well above a normal checkpoint cycle (1000 pages, about 4 MB) plus
    /// the largest single write (a 25 MB GGk payload, encrypted), so steady traffic never pays for truncating and regrowing
    /// the file; a burst (a flood of large envelopes, a long retention sweep) leaves at most 64 MiB behind, not gigabytes.
    /// </summary>
    public const long JournalSizeLimitBytes = 64L * 1024 * 1024;

    private readonly string _connectionString;
    private readonly int _busyTimeoutMs;
    private readonly SemaphoreSlim _writerGate = new(1, 1);
    private readonly SemaphoreSlim _migrationGate = new(1, 1);
    private volatile bool _migrated;

    /// <summary>Creates the store; the schema is migrated on first use or by <see cref="MigrateAsync"/>.</summary>
    public SqliteMessageStore(StorageOptions options, TimeProvider timeProvider)
    {
        var problems = options.Validate();
        if (problems.Count > 0)
        {
            throw new ArgumentException("Storage options are not usable: " + string.Join(" ", problems), nameof(options));
        }

        var directory = Path.GetDirectoryName(Path.GetFullPath(options.DatabasePath));
        if (!string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
        }

        _busyTimeoutMs = (int)options.BusyTimeout.TotalMilliseconds;
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = options.DatabasePath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
            DefaultTimeout = Math.Max(1, (int)options.BusyTimeout.TotalSeconds),
        }.ToString();
        Time = timeProvider;
        Protector = PayloadProtector.FromOptions(options);
        Hasher = BsnHasher.FromOptions(options);
        KeyedHashes = new KeyedHashGenerations(Hasher);
    }

    internal TimeProvider Time { get; }

    /// <summary>Where committed audit events are counted; unobserved unless the composition sets the gateway's own.</summary>
    public GatewayMetrics Metrics { get; init; } = GatewayMetrics.Unobserved;

    internal PayloadProtector Protector { get; }

    internal BsnHasher Hasher { get; }

    /// <summary>The keyed-hash generations still present, so lookups match rows the rotation has not moved yet.</summary>
    internal KeyedHashGenerations KeyedHashes { get; }

    /// <summary>SQL function that carries a stored keyed hash forward to the current generation: <c>keyed_hash_current(generation, hash)</c>.</summary>
    internal const string KeyedHashCurrentFunction = "keyed_hash_current";

    private long NowMs => ToMs(Time.GetUtcNow());

    /// <inheritdoc />
    public async Task<int> MigrateAsync(CancellationToken cancellationToken = default)
    {
        await _migrationGate.WaitAsync(cancellationToken);
        try
        {
            await using var connection = await OpenRawAsync(cancellationToken);
            SqliteMigrationFunctions.Register(connection, Protector, Hasher);
            var version = SqliteMigrations.Apply(connection, NowMs);
            await KeyedHashes.CheckKeysAsync(connection, cancellationToken);
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
    public async Task<IStoreTransaction> BeginAsync(CancellationToken cancellationToken = default)
    {
        await EnsureMigratedAsync(cancellationToken);
        var gate = await EnterWriterAsync(cancellationToken);
        SqliteConnection? connection = null;
        try
        {
            connection = await OpenRawAsync(cancellationToken);
            var transaction = connection.BeginTransaction(deferred: false);
            return new SqliteStoreTransaction(this, connection, transaction, gate);
        }
        catch
        {
            if (connection is not null)
            {
                await connection.DisposeAsync();
            }

            gate.Dispose();
            throw;
        }
    }

    /// <summary>Releases pooled connections so the file can be moved, deleted or reopened.</summary>
    public void Dispose()
    {
        using var connection = new SqliteConnection(_connectionString);
        SqliteConnection.ClearPool(connection);
    }

    /// <inheritdoc />
    public ValueTask DisposeAsync()
    {
        Dispose();
        return ValueTask.CompletedTask;
    }

    /// <summary>Runs one short write transaction (<c>BEGIN IMMEDIATE</c>) and commits it.</summary>
    internal async Task<T> WriteAsync<T>(Func<SqliteConnection, SqliteTransaction, long, Task<T>> work, CancellationToken cancellationToken)
    {
        await EnsureMigratedAsync(cancellationToken);
        using var gate = await EnterWriterAsync(cancellationToken);
        await using var connection = await OpenRawAsync(cancellationToken);
        await using var transaction = connection.BeginTransaction(deferred: false);
        var result = await work(connection, transaction, NowMs);
        await transaction.CommitAsync(cancellationToken);
        CountCommittedEvents(transaction);
        return result;
    }

    /// <summary>Runs reads on their own connection (WAL: readers never wait for the writer).</summary>
    internal async Task<T> ReadAsync<T>(Func<SqliteConnection, Task<T>> work, CancellationToken cancellationToken)
    {
        await using var connection = await OpenReadAsync(cancellationToken);
        return await work(connection);
    }

    /// <summary>A connection of its own for reads the caller streams row by row (WAL: readers never wait for the writer); the caller disposes it.</summary>
    internal async Task<SqliteConnection> OpenReadAsync(CancellationToken cancellationToken)
    {
        await EnsureMigratedAsync(cancellationToken);
        return await OpenRawAsync(cancellationToken);
    }

    /// <summary>Counts the events of a transaction that has just committed.</summary>
    internal void CountCommittedEvents(SqliteTransaction transaction)
    {
        if (SqliteStoreTransaction.UncommittedEvents.TryGetValue(transaction, out var events))
        {
            SqliteStoreTransaction.UncommittedEvents.Remove(transaction);
            foreach (var (type, detail) in events)
            {
                Metrics.EventCommitted(type, detail);
            }
        }
    }

    private async Task EnsureMigratedAsync(CancellationToken cancellationToken)
    {
        if (!_migrated)
        {
            await MigrateAsync(cancellationToken);
        }
    }

    private async Task<IDisposable> EnterWriterAsync(CancellationToken cancellationToken)
    {
        await _writerGate.WaitAsync(cancellationToken);
        return new GateRelease(_writerGate);
    }

    private async Task<SqliteConnection> OpenRawAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            connection.CreateFunction<long, byte[]?, byte[]?>(KeyedHashCurrentFunction, (generation, hash) => hash is null ? null : Hasher.ToCurrent(hash, (int)generation), isDeterministic: true);
            await using var pragmas = Command(connection, null, $"PRAGMA busy_timeout = {_busyTimeoutMs}; PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON; PRAGMA secure_delete = ON; PRAGMA journal_size_limit = {JournalSizeLimitBytes};");
            await pragmas.ExecuteNonQueryAsync(cancellationToken);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    private sealed class GateRelease(SemaphoreSlim gate) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                gate.Release();
            }
        }
    }
}
