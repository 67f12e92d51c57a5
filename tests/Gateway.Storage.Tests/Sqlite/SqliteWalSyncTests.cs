using Gateway.Storage.Sqlite;
using Gateway.Storage.Tests.Support;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Time.Testing;

namespace Gateway.Storage.Tests.Sqlite;

/// <summary>
/// The writers commit without SQLite's own fsync and the store fsyncs the WAL itself: after the writers' turn has passed
/// on, and before the write returns. Sized by counts; the guard only stops a hang.
/// </summary>
public sealed class SqliteWalSyncTests : IDisposable
{
    private static readonly TimeSpan HangGuard = TimeSpan.FromMinutes(2);

    private readonly StoreDirectory _files = new("gateway-walsync-");
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 3, 1, 9, 0, 0, TimeSpan.Zero));

    public void Dispose() => _files.Delete();

    [Fact]
    public async Task GroupedBatch_ItsUnitsReturnOnlyAfterItsWalSync_TheNextBatchWorksMeanwhile()
    {
        using var store = new SqliteMessageStore(Some.Options(_files.DatabasePath) with { GroupCommit = true }, _time);
        await store.MigrateAsync();
        using var syncing = new SemaphoreSlim(0);
        using var release = new ManualResetEventSlim();
        var held = 0;
        store.OnWalSync = () =>
        {
            // The first batch's sync waits until the test lets it go; later syncs run at once.
            if (Interlocked.Exchange(ref held, 1) == 0)
            {
                syncing.Release();
                release.Wait(HangGuard);
            }
        };
        var syncsBefore = store.WalSyncs;

        // A batch of two: the first unit holds the turn until the second waits for it, so it leaves the batch open and
        // the second commits it and runs its sync.
        var holder = await Task.Run(() => store.BeginAsync());
        var second = Task.Run(() => InsertAsync(store));
        await WaitForQueueAsync(store, 1);
        var firstId = await holder.InsertMessageAsync(Some.Heen());
        var first = Task.Run(async () =>
        {
            await holder.CommitAsync();
            await holder.DisposeAsync();
        });
        Assert.True(await syncing.WaitAsync(HangGuard), "the batch's commit never reached its WAL sync");

        // Committed, not yet durable: neither unit of the batch has returned, yet the turn has passed on.
        var third = await InsertAsync(store).WaitAsync(HangGuard);
        Assert.False(first.IsCompleted, "a unit returned before its batch's WAL sync");
        Assert.False(second.IsCompleted, "the unit that committed the batch returned before its WAL sync");

        release.Set();
        await first.WaitAsync(HangGuard);
        var secondId = await second.WaitAsync(HangGuard);
        Assert.Equal(2, store.WalSyncs - syncsBefore);
        foreach (var id in new[] { firstId, secondId, third })
        {
            Assert.NotNull(await store.GetMessageAsync(id));
        }
    }

    [Fact]
    public async Task SoloWrite_SyncsTheWalBeforeItReturns()
    {
        using var store = new SqliteMessageStore(Some.Options(_files.DatabasePath) with { GroupCommit = false }, _time);
        await store.MigrateAsync();
        var syncsBefore = store.WalSyncs;
        var returned = false;
        store.OnWalSync = () => Assert.False(returned);

        await using (var tx = await store.BeginAsync())
        {
            await tx.InsertMessageAsync(Some.Heen());
            await tx.CommitAsync();
            returned = true;
        }

        Assert.Equal(1, store.WalSyncs - syncsBefore);
    }

    [Fact]
    public async Task WriterConnection_CommitsWithoutItsOwnFsync_FullAgainInThePool()
    {
        using var store = new SqliteMessageStore(Some.Options(_files.DatabasePath), _time);
        await store.MigrateAsync();

        var writer = await store.OpenWriterAsync(CancellationToken.None);
        var kept = await SynchronousAsync(writer);
        await store.ReleaseWriterAsync(writer, reusable: false); // not kept: back to the pool, where readers take it
        var pooled = new SqliteConnection(writer.ConnectionString);
        await pooled.OpenAsync();
        var reader = await SynchronousAsync(pooled);
        await pooled.DisposeAsync();

        Assert.Equal((1L, 2L), (kept, reader)); // NORMAL for the writers, FULL anywhere else

        static async Task<long> SynchronousAsync(System.Data.Common.DbConnection connection)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA synchronous";
            return (long)(await command.ExecuteScalarAsync())!;
        }
    }

    private static async Task<long> InsertAsync(SqliteMessageStore store)
    {
        await using var tx = await store.BeginAsync();
        var id = await tx.InsertMessageAsync(Some.Heen());
        await tx.CommitAsync();
        return id;
    }

    /// <summary>Until <paramref name="count"/> units wait for their turn (a count, not a clock; the guard only stops a hang).</summary>
    private static async Task WaitForQueueAsync(SqliteMessageStore store, int count)
    {
        using var guard = new CancellationTokenSource(HangGuard);
        while (store.UnitsWaiting < count)
        {
            await Task.Delay(1, guard.Token);
        }
    }
}
