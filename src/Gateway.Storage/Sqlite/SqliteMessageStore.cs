using System.Data.Common;
using Gateway.Storage.Relational;
using Microsoft.Data.Sqlite;
using static Gateway.Storage.Relational.RelationalRows;

namespace Gateway.Storage.Sqlite;

/// <summary>
/// The message store on one SQLite file: WAL, every write durable before it returns (<see cref="SyncCommitted"/>), foreign
/// keys on, every write <c>BEGIN IMMEDIATE</c>,
/// writers serialised in-process (and across processes by the busy timeout), <c>secure_delete</c> on so deleted text is
/// overwritten. One serving process only (<see cref="SqliteInstanceLock"/>); short-lived readers such as the operator
/// verbs may open it beside that one.
/// </summary>
public sealed class SqliteMessageStore : RelationalMessageStore
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
    private readonly string _walPath;
    private long _walSyncs;
    private readonly SemaphoreSlim _writerGate = new(1, 1);

    // Writers take turns, so one connection is nearly always enough; a second covers a unit opening while another closes.
    private const int IdleWriters = 2;
    private readonly Stack<(SqliteConnection Connection, PreparedCommands Commands)> _idleWriters = new();
    private readonly SqliteCheckpointer _checkpointer;
    private bool _disposed;

    /// <summary>Creates the store; the schema is migrated on first use or by <see cref="RelationalMessageStore.MigrateAsync"/>.</summary>
    public SqliteMessageStore(StorageOptions options, TimeProvider timeProvider)
        : base(options, timeProvider, SqliteDialect.Instance, groupCommitByDefault: true)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(options.DatabasePath));
        if (!string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
        }

        _busyTimeoutMs = (int)options.BusyTimeout.TotalMilliseconds;
        _walPath = Path.GetFullPath(options.DatabasePath) + "-wal";
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = options.DatabasePath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
            DefaultTimeout = Math.Max(1, (int)options.BusyTimeout.TotalSeconds),
        }.ToString();
        _checkpointer = new SqliteCheckpointer(_connectionString, _busyTimeoutMs);
    }

    /// <summary>The checkpointer that keeps the WAL short outside the writers' turn.</summary>
    internal SqliteCheckpointer Checkpointer => _checkpointer;

    internal override int LatestVersion => SqliteMigrations.LatestVersion;

    /// <summary>Releases pooled connections so the file can be moved, deleted or reopened.</summary>
    public override void Dispose()
    {
        lock (_idleWriters)
        {
            _disposed = true;
            while (_idleWriters.TryPop(out var idle))
            {
                idle.Commands.Dispose();
                idle.Connection.Dispose();
            }
        }

        _checkpointer.Dispose();
        using var connection = new SqliteConnection(_connectionString);
        SqliteConnection.ClearPool(connection);
    }

    internal override async Task<DbConnection> OpenConnectionAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            Statements.Watch(connection);
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

    /// <summary>
    /// What a writer connection sets besides the session's pragmas, all inside the writers' turn's favour: every unit of
    /// work runs in a savepoint, so the statements journal the pages they change for a rollback to it — in memory, not
    /// in a temporary file (SQLite spills such a journal to a file past 64 KiB: hundreds of small writes per message);
    /// a 32 MiB page cache (default 2 MiB) and reads through a 256 MiB memory map, so the indexes a unit walks are not read
    /// again with a system call each. Durability is untouched: the journal of a savepoint is not the WAL, and every write
    /// still goes through the WAL. A unit's journal is bounded by what it changes; the one large writer, the retention
    /// sweep, works in parts (<see cref="RelationalMessageStore.SweepRetentionAsync"/>).
    /// And <c>synchronous=NORMAL</c>: a writer's commit appends its frames to the WAL without the fsync, which
    /// <see cref="SyncCommitted"/> does after the writers' turn and before the write returns.
    /// </summary>
    internal const string WriterPragmas = "PRAGMA temp_store = MEMORY; PRAGMA cache_size = -32768; PRAGMA mmap_size = 268435456; PRAGMA synchronous = NORMAL;";

    /// <summary>fsyncs of the WAL by <see cref="SyncCommitted"/> so far (tests).</summary>
    internal long WalSyncs => Interlocked.Read(ref _walSyncs);

    /// <summary>Runs at the start of every <see cref="SyncCommitted"/> (tests: to hold a sync and see what waits for it).</summary>
    internal Action? OnWalSync { get; set; }

    /// <summary>
    /// Makes every commit so far durable: one fsync of the WAL file, whose frames SQLite appends in commit order, so the
    /// fsync covers this write's commit and every earlier one. The writers commit with <c>synchronous=NORMAL</c> (no fsync
    /// inside the commit), so with group commit the fsync runs after the batch's turn has passed on, while the next batch
    /// works, and the batch's units are acknowledged only when it returned. A checkpoint that copies frames into the
    /// database file fsyncs the WAL first and the database file after (also under <c>NORMAL</c>), so frames a later writer
    /// overwrites after a checkpoint are already durable in the database file. No WAL file at all means the last
    /// connection closed and checkpointed it into the database file, which is durable then too.
    /// </summary>
    internal override void SyncCommitted()
    {
        OnWalSync?.Invoke();
        try
        {
            using var wal = new FileStream(_walPath, FileMode.Open, FileAccess.ReadWrite, FileShare.ReadWrite | FileShare.Delete, bufferSize: 0);
            wal.Flush(flushToDisk: true);
        }
        catch (FileNotFoundException)
        {
            // Checkpointed into the database file and removed by the last connection to close (see above).
        }

        Interlocked.Increment(ref _walSyncs);
    }

    /// <summary>
    /// A writer connection kept open between units of work with its prepared commands (<see cref="PreparedCommands"/>):
    /// a unit neither reopens the file, nor sets the session's pragmas again, nor prepares its statements again. Its
    /// automatic checkpoint is off: <see cref="SqliteCheckpointer"/> checkpoints outside the writers' turn.
    /// </summary>
    internal override async Task<DbConnection> OpenWriterAsync(CancellationToken cancellationToken)
    {
        lock (_idleWriters)
        {
            if (_idleWriters.TryPop(out var idle))
            {
                return idle.Connection;
            }
        }

        var connection = (SqliteConnection)await OpenConnectionAsync(cancellationToken);
        await using (var pragmas = Command(connection, null, WriterPragmas))
        {
            await pragmas.ExecuteNonQueryAsync(cancellationToken);
        }

        SqliteCheckpointer.TurnOffAutomatic(connection);
        PreparedCommands.Attach(connection);
        return connection;
    }

    internal override ValueTask ReleaseWriterAsync(DbConnection connection, bool reusable)
    {
        var sqlite = (SqliteConnection)connection;
        _checkpointer.Written(sqlite);
        var commands = PreparedCommands.Of(sqlite);
        lock (_idleWriters)
        {
            if (reusable && !_disposed && commands is not null && _idleWriters.Count < IdleWriters)
            {
                _idleWriters.Push((sqlite, commands));
                return ValueTask.CompletedTask;
            }
        }

        // Back to the pool, where any caller may take it: with SQLite's own checkpoint and a reader's settings again.
        commands?.Dispose();
        SqliteCheckpointer.TurnOnAutomatic(sqlite);
        ResetWriterPragmas(sqlite);
        return connection.DisposeAsync();
    }

    private static void ResetWriterPragmas(SqliteConnection connection)
    {
        try
        {
            using var reset = connection.CreateCommand();
            reset.CommandText = "PRAGMA temp_store = DEFAULT; PRAGMA cache_size = -2000; PRAGMA mmap_size = 0; PRAGMA synchronous = FULL;";
            reset.ExecuteNonQuery();
        }
        catch (SqliteException)
        {
            // A connection whose commit or rollback failed: the pool's next user sets its own session anyway
            // (OpenConnectionAsync sets synchronous = FULL again on every open), and the other settings only size caches.
        }
    }

    internal override Task<DbTransaction> BeginWriteAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        StatementCount.Sent(connection, statements: 1, commands: 1);
        return Task.FromResult<DbTransaction>(((SqliteConnection)connection).BeginTransaction(deferred: false));
    }

    internal override Task<DbTransaction> BeginSnapshotAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        StatementCount.Sent(connection, statements: 1, commands: 1);
        return Task.FromResult<DbTransaction>(((SqliteConnection)connection).BeginTransaction(deferred: true));
    }

    private protected override Task<int> ApplyMigrationsAsync(DbConnection connection, long nowMs, CancellationToken cancellationToken)
    {
        var sqlite = (SqliteConnection)connection;
        SqliteMigrationFunctions.Register(sqlite, Protector, Hasher);
        return Task.FromResult(SqliteMigrations.Apply(sqlite, nowMs));
    }

    private protected override async Task CheckPhysicalAsync(DbConnection connection, List<string> problems, CancellationToken cancellationToken)
    {
        await using (var integrity = Command(connection, null, "PRAGMA integrity_check"))
        {
            problems.AddRange((await ReadAllAsync(integrity, r => r.GetString(0), cancellationToken)).Where(line => line != "ok"));
        }

        await using var foreignKeys = Command(connection, null, "PRAGMA foreign_key_check");
        problems.AddRange(await ReadAllAsync(
            foreignKeys,
            r => $"foreign key: {r.GetString(0)} row {(r.IsDBNull(1) ? "?" : Number(r.GetInt64(1)))} references a missing {r.GetString(2)}",
            cancellationToken));
    }

    private protected override async Task<IDisposable> EnterWriterAsync(CancellationToken cancellationToken)
    {
        await _writerGate.WaitAsync(cancellationToken);
        return new GateRelease(_writerGate);
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
