using System.Security.Cryptography;
using Gateway.Routing.Store;
using Gateway.Storage.Sqlite;
using Gateway.Storage.Tests.Support;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Time.Testing;

namespace Gateway.Storage.Tests.Sqlite;

/// <summary>The WAL checkpointed beside the writers, not in their commit: bounded, and nothing committed lost.</summary>
public sealed class SqliteCheckpointerTests : IDisposable
{
    // About 1,300 pages of 4 KiB once encrypted: more than one checkpoint's worth in a single commit.
    private const int LargePayloadBytes = 5_000_000;

    private readonly StoreDirectory _files = new("gateway-checkpoint-");
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 3, 1, 9, 0, 0, TimeSpan.Zero));

    public void Dispose() => _files.Delete();

    [Fact]
    public async Task WriterConnection_AutomaticCheckpointOff()
    {
        using var store = new SqliteMessageStore(Some.Options(_files.DatabasePath), _time);
        await store.MigrateAsync();

        var writer = await store.OpenWriterAsync(CancellationToken.None);
        long setting;
        await using (var command = writer.CreateCommand())
        {
            command.CommandText = "PRAGMA wal_autocheckpoint";
            setting = (long)(await command.ExecuteScalarAsync())!;
        }

        await store.ReleaseWriterAsync(writer, reusable: true);
        Assert.Equal(0, setting);
    }

    [Fact]
    public async Task WriterConnection_JournalInMemoryLargeCache_DefaultsAgainInThePool()
    {
        using var store = new SqliteMessageStore(Some.Options(_files.DatabasePath), _time);
        await store.MigrateAsync();

        var writer = await store.OpenWriterAsync(CancellationToken.None);
        var kept = await SettingsAsync(writer);
        await store.ReleaseWriterAsync(writer, reusable: false); // not kept: back to the pool, where readers take it
        var pooled = new SqliteConnection(writer.ConnectionString);
        await pooled.OpenAsync();
        var reader = await SettingsAsync(pooled);
        await pooled.DisposeAsync();

        Assert.Equal((2L, -32768L, 268435456L), kept); // temp_store MEMORY, 32 MiB cache, 256 MiB map
        Assert.Equal((0L, -2000L, 0L), reader);

        static async Task<(long TempStore, long CacheSize, long MmapSize)> SettingsAsync(System.Data.Common.DbConnection connection)
        {
            var values = new List<long>();
            foreach (var pragma in new[] { "temp_store", "cache_size", "mmap_size" })
            {
                await using var command = connection.CreateCommand();
                command.CommandText = "PRAGMA " + pragma;
                values.Add((long)(await command.ExecuteScalarAsync())!);
            }

            return (values[0], values[1], values[2]);
        }
    }

    [Fact]
    public async Task Commits_PastThePassiveThreshold_CheckpointedBesideTheWriters()
    {
        using var store = new SqliteMessageStore(Some.Options(_files.DatabasePath), _time);
        await store.MigrateAsync();

        await InsertAsync(store, Some.Heen() with { Payload = RandomNumberGenerator.GetBytes(LargePayloadBytes) });
        await store.Checkpointer.Idle;

        Assert.Equal(1, store.Checkpointer.Passive);
        Assert.Equal(0, store.Checkpointer.Failures);
        var (log, checkpointed) = await CheckpointStateAsync();
        Assert.Equal(log, checkpointed); // every frame already copied into the database file: nothing left for this one
    }

    [Fact]
    public async Task StreamOfCommits_WalStaysBounded()
    {
        using var store = new SqliteMessageStore(Some.Options(_files.DatabasePath), _time);
        await store.MigrateAsync();
        var walPath = _files.DatabasePath + "-wal";
        long largest = 0;

        // 40 commits of about 250 pages each (10,000 pages, about 40 MB): without checkpoints the WAL would hold them all.
        for (var i = 0; i < 40; i++)
        {
            await InsertAsync(store, Some.Heen() with { Payload = RandomNumberGenerator.GetBytes(1_000_000) });
            await store.Checkpointer.Idle;
            largest = Math.Max(largest, new FileInfo(walPath).Length);
        }

        Assert.True(store.Checkpointer.Passive >= 8, $"{store.Checkpointer.Passive} checkpoints");
        // A checkpoint after about every 1,000 pages lets the next commit restart the WAL: it never holds more than two rounds.
        Assert.True(largest < 3 * SqliteCheckpointer.DefaultPassivePages * 4096L, $"the WAL reached {largest} bytes");
    }

    [Fact]
    public async Task ReaderPinsTheWal_TruncatedOnceReleased()
    {
        var options = Some.Options(_files.DatabasePath);
        using (var setup = new SqliteMessageStore(options, _time))
        {
            await setup.MigrateAsync();
        }

        var connectionString = $"Data Source={_files.DatabasePath};Pooling=False";
        using var checkpointer = new SqliteCheckpointer(connectionString, busyTimeoutMs: 50, passivePages: 20, truncateFrames: 100);
        await using var writer = new SqliteConnection(connectionString);
        await writer.OpenAsync();
        SqliteCheckpointer.TurnOffAutomatic(writer);
        await ExecuteAsync(writer, "CREATE TABLE filler (bytes BLOB NOT NULL)");

        // A reader holding an old snapshot keeps every frame after it in the WAL: checkpoints cannot copy past it.
        await using var reader = new SqliteConnection(connectionString);
        await reader.OpenAsync();
        await using var snapshot = reader.BeginTransaction(deferred: true);
        await ExecuteAsync(reader, "SELECT COUNT(*) FROM filler", snapshot);
        for (var i = 0; i < 10; i++)
        {
            await ExecuteAsync(writer, "INSERT INTO filler (bytes) VALUES (randomblob(100000))");
            checkpointer.Written(writer);
            await checkpointer.Idle;
        }

        var walPath = _files.DatabasePath + "-wal";
        Assert.True(new FileInfo(walPath).Length > 100 * 4096L, "the pinned WAL grew past the truncate threshold");
        Assert.True(checkpointer.Failures > 0, "the TRUNCATE waited for the reader and gave up");

        await snapshot.DisposeAsync();
        await ExecuteAsync(writer, "INSERT INTO filler (bytes) VALUES (randomblob(100000))");
        checkpointer.Written(writer);
        await checkpointer.Idle;

        Assert.True(checkpointer.Truncates >= 1);
        Assert.Equal(0, new FileInfo(walPath).Length);
        Assert.Equal(11L, await ScalarAsync(writer, "SELECT COUNT(*) FROM filler"));
    }

    [Fact]
    public async Task KilledBetweenCommitAndCheckpoint_NothingCommittedLost()
    {
        var options = Some.Options(_files.DatabasePath);
        using var store = new SqliteMessageStore(options, _time);
        await store.MigrateAsync();
        await store.Checkpointer.Idle;
        var passiveBefore = store.Checkpointer.Passive;

        // Small commits, far below a checkpoint's worth: the committed rows are in the WAL only.
        var ids = new List<long>();
        for (var i = 0; i < 20; i++)
        {
            ids.Add(await InsertAsync(store, Some.Heen()));
        }

        Assert.Equal(passiveBefore, store.Checkpointer.Passive);

        // What a SIGKILL leaves: the files as they are now (the page cache is the kernel's and survives the process), the
        // shared-memory index dropped. A new store on a copy recovers the committed rows from the WAL.
        var crashed = new StoreDirectory("gateway-checkpoint-crash-");
        try
        {
            File.Copy(_files.DatabasePath, crashed.DatabasePath);
            File.Copy(_files.DatabasePath + "-wal", crashed.DatabasePath + "-wal");
            using var reopened = new SqliteMessageStore(options with { DatabasePath = crashed.DatabasePath }, _time);
            foreach (var id in ids)
            {
                Assert.NotNull(await reopened.GetMessageAsync(id));
            }
        }
        finally
        {
            crashed.Delete();
        }
    }

    private static async Task<long> InsertAsync(SqliteMessageStore store, NewMessage message)
    {
        await using var tx = await store.BeginAsync();
        var id = await tx.InsertMessageAsync(message);
        await tx.CommitAsync();
        return id;
    }

    private async Task<(long Log, long Checkpointed)> CheckpointStateAsync()
    {
        await using var connection = new SqliteConnection($"Data Source={_files.DatabasePath};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA wal_checkpoint(PASSIVE)";
        await using var reader = await command.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync());
        return (reader.GetInt64(1), reader.GetInt64(2));
    }

    private static async Task ExecuteAsync(SqliteConnection connection, string sql, System.Data.Common.DbTransaction? transaction = null)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = (SqliteTransaction?)transaction;
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<long> ScalarAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
