using Microsoft.Data.Sqlite;

namespace Gateway.Storage.Sqlite;

/// <summary>
/// Checkpoints the WAL on a connection of its own, beside the writers. SQLite's automatic checkpoint runs in the connection
/// that commits, after its commit, and copies the WAL into the database file and fsyncs it there: with group commit that
/// is inside the writers' turn, so every unit waits for it. The writers' automatic checkpoint is off
/// (<see cref="TurnOffAutomatic"/>); each commit tells the pages it wrote (<see cref="Written"/>), and once as many as
/// SQLite's own threshold have gathered a PASSIVE checkpoint runs on the thread pool while the next batch goes on.
/// Durability is unchanged: a commit is on disk when its WAL frames are (fsynced before the write returns); a checkpoint only
/// moves committed pages into the database file, and a crash before or during one loses nothing.
/// <para>
/// The WAL stays bounded when the checkpointer falls behind. A WAL restarts from its start only when a writer begins while
/// every frame is copied, which under steady load, with a checkpoint running beside the writers, may not happen for a
/// while; and a checkpoint that had to wait for the writers' lock would seldom get it between two batches. So when a
/// PASSIVE checkpoint leaves the WAL longer than <see cref="TruncateFrames"/> (<c>journal_size_limit</c>), the next writer
/// to end a transaction runs a TRUNCATE checkpoint on its own connection before it hands on its turn: no writer of this
/// process is in its way, it copies what the PASSIVE ones left and empties the file. A reader that holds an old snapshot
/// longer than <see cref="TruncateWaitMs"/> keeps the WAL as it is until the next round. Between checkpoints a writer
/// that restarts the WAL truncates it to <c>journal_size_limit</c>, as before.
/// </para>
/// </summary>
internal sealed class SqliteCheckpointer : IDisposable
{
    /// <summary>Pages written between checkpoints: SQLite's default <c>wal_autocheckpoint</c> (about 4 MB of 4 KiB pages).</summary>
    public const int DefaultPassivePages = 1000;

    /// <summary>WAL frames after a PASSIVE checkpoint beyond which the next writer truncates it: <c>journal_size_limit</c> in 4 KiB pages.</summary>
    public const int DefaultTruncateFrames = (int)(SqliteMessageStore.JournalSizeLimitBytes / 4096);

    /// <summary>How long a writer's TRUNCATE checkpoint waits for readers still on the WAL before it leaves it for the next round.</summary>
    public const int TruncateWaitMs = 100;

    // SQLITE_DBSTATUS_CACHE_WRITE: pages a connection has written out (in WAL mode: frames appended to the WAL).
    private const int CacheWrite = 9;

    // sqlite3_wal_checkpoint_v2 mode: copy everything, wait for readers, empty the WAL file.
    private const int CheckpointTruncate = 3;

    private readonly string _connectionString;
    private readonly int _busyTimeoutMs;
    private readonly int _passivePages;
    private readonly int _truncateFrames;
    private readonly object _gate = new();
    private SqliteConnection? _connection;
    private long _pending;
    private Task _running = Task.CompletedTask;
    private bool _disposed;
    private volatile bool _truncateDue;
    private long _passive;
    private long _truncates;
    private long _failures;

    public SqliteCheckpointer(string connectionString, int busyTimeoutMs, int passivePages = DefaultPassivePages, int truncateFrames = DefaultTruncateFrames)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(passivePages, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(truncateFrames, passivePages);
        _connectionString = connectionString;
        _busyTimeoutMs = busyTimeoutMs;
        _passivePages = passivePages;
        _truncateFrames = truncateFrames;
    }

    /// <summary>PASSIVE checkpoints run so far.</summary>
    public long Passive => Interlocked.Read(ref _passive);

    /// <summary>TRUNCATE checkpoints, run by a writer, that emptied the WAL (it had grown past <see cref="TruncateFrames"/>).</summary>
    public long Truncates => Interlocked.Read(ref _truncates);

    /// <summary>Checkpoints that failed or could not finish (a reader in the way past the busy timeout); tried again after the next pages, and a failed checkpoint loses nothing.</summary>
    public long Failures => Interlocked.Read(ref _failures);

    /// <summary>WAL frames after a PASSIVE checkpoint beyond which the next writer runs a TRUNCATE checkpoint.</summary>
    public int TruncateFrames => _truncateFrames;

    /// <summary>Completes when no checkpoint is running (the one running now has ended).</summary>
    public Task Idle
    {
        get
        {
            lock (_gate)
            {
                return _running;
            }
        }
    }

    /// <summary>Turns off SQLite's automatic checkpoint on a writer connection (no statement: nothing to count).</summary>
    public static void TurnOffAutomatic(SqliteConnection writer)
    {
        var rc = SQLitePCL.raw.sqlite3_wal_autocheckpoint(writer.Handle, 0);
        if (rc != SQLitePCL.raw.SQLITE_OK)
        {
            throw new InvalidOperationException($"SQLite refused to turn off the automatic checkpoint (code {rc}).");
        }
    }

    /// <summary>Gives a writer connection SQLite's automatic checkpoint back before it goes to the pool, where readers take connections too.</summary>
    public static void TurnOnAutomatic(SqliteConnection writer)
    {
        if (writer.State == System.Data.ConnectionState.Open)
        {
            SQLitePCL.raw.sqlite3_wal_autocheckpoint(writer.Handle, DefaultPassivePages);
        }
    }

    /// <summary>
    /// Called by a writer whose transaction has ended, before it hands on its turn: runs the TRUNCATE checkpoint when one is
    /// due (rare: the WAL outgrew <see cref="TruncateFrames"/>), then counts the pages <paramref name="writer"/> has written
    /// since the last call and starts a PASSIVE checkpoint beside the writers when enough have gathered and none is
    /// running. Never throws.
    /// </summary>
    public void Written(SqliteConnection writer)
    {
        if (_truncateDue)
        {
            TruncateOn(writer);
        }

        if (SQLitePCL.raw.sqlite3_db_status(writer.Handle, CacheWrite, out var pages, out _, 1) != SQLitePCL.raw.SQLITE_OK || pages <= 0)
        {
            return;
        }

        lock (_gate)
        {
            _pending += pages;
            if (_disposed || _pending < _passivePages || !_running.IsCompleted)
            {
                return;
            }

            _pending = 0;
            _running = Task.Run(CheckpointAsync);
        }
    }

    /// <summary>Waits for a running checkpoint and closes the checkpointer's connection.</summary>
    public void Dispose()
    {
        Task running;
        lock (_gate)
        {
            _disposed = true;
            running = _running;
        }

        running.Wait();
        _connection?.Dispose();
        _connection = null;
    }

    private async Task CheckpointAsync()
    {
        try
        {
            _connection ??= await OpenAsync();
            var frames = await PassiveAsync(_connection);
            Interlocked.Increment(ref _passive);
            _truncateDue = frames > _truncateFrames;
        }
        catch (SqliteException)
        {
            // An I/O error the writers will meet and report themselves: the next pages try again.
            Interlocked.Increment(ref _failures);
        }
    }

    private async Task<SqliteConnection> OpenAsync()
    {
        // Not one of the store's counted connections: a checkpoint is no statement of any unit of work.
        var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync();
        await using var pragmas = connection.CreateCommand();
        pragmas.CommandText = $"PRAGMA busy_timeout = {_busyTimeoutMs}; PRAGMA synchronous = FULL;";
        await pragmas.ExecuteNonQueryAsync();
        return connection;
    }

    /// <summary>Runs one PASSIVE checkpoint (it never waits); returns the frames the WAL holds.</summary>
    private static async Task<long> PassiveAsync(SqliteConnection connection)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA wal_checkpoint(PASSIVE);";
        await using var reader = await command.ExecuteReaderAsync();
        return await reader.ReadAsync() ? reader.GetInt64(1) : 0;
    }

    /// <summary>The TRUNCATE checkpoint on a writer's idle connection, through the C API (no statement of a unit of work).</summary>
    private void TruncateOn(SqliteConnection writer)
    {
        _truncateDue = false;
        if (writer.State != System.Data.ConnectionState.Open)
        {
            return;
        }

        SQLitePCL.raw.sqlite3_busy_timeout(writer.Handle, TruncateWaitMs);
        try
        {
            var rc = SQLitePCL.raw.sqlite3_wal_checkpoint_v2(writer.Handle, "main", CheckpointTruncate, out _, out _);
            Interlocked.Increment(ref rc == SQLitePCL.raw.SQLITE_OK ? ref _truncates : ref _failures);
        }
        finally
        {
            SQLitePCL.raw.sqlite3_busy_timeout(writer.Handle, _busyTimeoutMs);
        }
    }
}
