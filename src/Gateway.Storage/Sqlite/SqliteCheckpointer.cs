using Microsoft.Data.Sqlite;

namespace Gateway.Storage.Sqlite;

/// <summary>
/// Checkpoints the WAL on a connection of its own, beside the writers. SQLite's automatic checkpoint runs in the connection
/// that commits, after its commit, and copies the WAL into the database file and fsyncs it there: with group commit that
/// is inside the writers' turn, so every unit waits for it. The writers' automatic checkpoint is off
/// (<see cref="TurnOffAutomatic"/>); each commit tells the pages it wrote (<see cref="Written"/>), and once as many as
/// SQLite's own threshold have gathered a PASSIVE checkpoint runs on the thread pool while the next batch goes on.
/// Durability is unchanged: a commit is on disk when its WAL frames are (<c>synchronous=FULL</c>); a checkpoint only
/// moves committed pages into the database file, and a crash before or during one loses nothing.
/// <para>
/// The WAL stays bounded when the checkpointer falls behind: when a PASSIVE checkpoint leaves the WAL longer than
/// <see cref="TruncateFrames"/>, a TRUNCATE checkpoint follows, which makes new writers wait (busy timeout) until it has
/// copied everything and emptied the file. Between checkpoints the writers truncate a WAL they restart to
/// <c>journal_size_limit</c>, as before.
/// </para>
/// </summary>
internal sealed class SqliteCheckpointer : IDisposable
{
    /// <summary>Pages written between checkpoints: SQLite's default <c>wal_autocheckpoint</c> (about 4 MB of 4 KiB pages).</summary>
    public const int DefaultPassivePages = 1000;

    /// <summary>WAL frames after a PASSIVE checkpoint beyond which a TRUNCATE follows: <c>journal_size_limit</c> in 4 KiB pages.</summary>
    public const int DefaultTruncateFrames = (int)(SqliteMessageStore.JournalSizeLimitBytes / 4096);

    // SQLITE_DBSTATUS_CACHE_WRITE: pages a connection has written out (in WAL mode: frames appended to the WAL).
    private const int CacheWrite = 9;

    private readonly string _connectionString;
    private readonly int _busyTimeoutMs;
    private readonly int _passivePages;
    private readonly int _truncateFrames;
    private readonly object _gate = new();
    private SqliteConnection? _connection;
    private long _pending;
    private Task _running = Task.CompletedTask;
    private bool _disposed;
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

    /// <summary>TRUNCATE checkpoints that emptied the WAL (it had grown past <see cref="TruncateFrames"/>).</summary>
    public long Truncates => Interlocked.Read(ref _truncates);

    /// <summary>Checkpoints that failed or could not finish (a reader in the way past the busy timeout); tried again after the next pages, and a failed checkpoint loses nothing.</summary>
    public long Failures => Interlocked.Read(ref _failures);

    /// <summary>WAL frames after a PASSIVE checkpoint beyond which a TRUNCATE checkpoint follows.</summary>
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
    /// Counts the pages <paramref name="writer"/> has written since the last call (after its transaction ended) and starts a
    /// checkpoint when enough have gathered and none is running. Cheap, never throws, never waits.
    /// </summary>
    public void Written(SqliteConnection writer)
    {
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
            var (_, frames) = await RunAsync(_connection, "PASSIVE");
            Interlocked.Increment(ref _passive);
            if (frames > _truncateFrames)
            {
                var (busy, _) = await RunAsync(_connection, "TRUNCATE");
                Interlocked.Increment(ref busy ? ref _failures : ref _truncates);
            }
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

    /// <summary>Runs one checkpoint; returns whether it stopped short (a reader or writer in the way past the busy timeout) and the frames the WAL holds after it.</summary>
    private static async Task<(bool Busy, long Frames)> RunAsync(SqliteConnection connection, string mode)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = $"PRAGMA wal_checkpoint({mode});";
        await using var reader = await command.ExecuteReaderAsync();
        return await reader.ReadAsync() ? (reader.GetInt64(0) != 0, reader.GetInt64(1)) : (true, -1);
    }
}
