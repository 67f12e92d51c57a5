using System.Data.Common;
using Gateway.Routing.Store;
using Gateway.Storage.Relational;
using Gateway.Storage.Tests.Support;

namespace Gateway.Storage.Tests.Relational;

/// <summary>
/// Group commit on a real store, run on every database: units of work that arrive together share one commit, each
/// returns only once it is durable, a unit that rolls back takes only its own work with it, and a failed commit fails
/// every unit in the batch. Sized by counts: the units queue behind one held unit until the store counts them waiting.
/// </summary>
public abstract class GroupCommitContractTests() : StoreSuite(new DateTimeOffset(2026, 11, 2, 9, 0, 0, TimeSpan.Zero))
{
    private static readonly TimeSpan HangGuard = TimeSpan.FromMinutes(2);

    [Fact]
    public async Task ManyUnitsArrivingTogether_OneCommit_EachDurableWhenItsCommitReturns()
    {
        const int Queued = 39;
        await using var store = OpenGrouped();
        var holder = await HoldTurnAsync(store);
        var before = store.Commits;

        var units = Enumerable.Range(0, Queued).Select(_ => Task.Run(async () =>
        {
            long id;
            await using (var tx = await store.BeginAsync())
            {
                id = await tx.InsertMessageAsync(Some.Heen());
                await tx.CommitAsync();
            }

            // Durable once the commit returned: another connection reads it.
            return (id, Seen: await Store.GetMessageAsync(id) is not null);
        })).ToList();
        await WaitForQueueAsync(store, Queued);
        var held = await holder.InsertMessageAsync(Some.Heen());
        await holder.CommitAsync();
        await holder.DisposeAsync();
        var results = await Task.WhenAll(units).WaitAsync(HangGuard);

        Assert.All(results, r => Assert.True(r.Seen, $"message {r.id} was not readable after its commit returned"));
        Assert.NotNull(await Store.GetMessageAsync(held));
        Assert.Equal(1, store.Commits - before);
    }

    [Fact]
    public async Task UnitsAtTheCap_CommitInBatchesOfTheCap()
    {
        await using var store = OpenGrouped(maxUnits: 4);
        var holder = await HoldTurnAsync(store);
        var before = store.Commits;
        var units = Enumerable.Range(0, 9).Select(_ => Task.Run(async () =>
        {
            await using var tx = await store.BeginAsync();
            await tx.InsertMessageAsync(Some.Heen());
            await tx.CommitAsync();
        })).ToList();
        await WaitForQueueAsync(store, 9);
        await holder.InsertMessageAsync(Some.Heen());
        await holder.CommitAsync();
        await holder.DisposeAsync();
        await Task.WhenAll(units).WaitAsync(HangGuard);

        Assert.Equal(3, store.Commits - before); // 4 + 4 + 2
        Assert.Equal(10, (await Store.GetCountersAsync()).MessagesByState.Values.Sum());
    }

    [Fact]
    public async Task OneUnitRollsBackAndOneMeetsADuplicate_TheOthersInTheBatchCommit()
    {
        await using var store = OpenGrouped();
        var holder = await HoldTurnAsync(store);
        var first = Some.Heen();
        var rolledBack = Some.Heen();
        var copy = Some.Heen() with { DedupKey = first.DedupKey };
        var last = Some.Heen();

        async Task<long?> RunAsync(NewMessage message, bool commit)
        {
            await using var tx = await store.BeginAsync();
            var id = await tx.InsertMessageAsync(message);
            await tx.AddEventAsync(id, "TestEvent");
            if (commit)
            {
                await tx.CommitAsync();
            }

            return commit ? id : null;
        }

        // One after another into the queue, so the batch holds them in this order.
        var units = new List<Task<long?>>();
        foreach (var (message, commit) in new[] { (first, true), (rolledBack, false), (copy, true), (last, true) })
        {
            units.Add(Task.Run(() => RunAsync(message, commit)));
            await WaitForQueueAsync(store, units.Count);
        }

        await holder.CommitAsync();
        await holder.DisposeAsync();
        await Assert.ThrowsAsync<DuplicateMessageException>(() => units[2]).WaitAsync(HangGuard);
        var firstId = await units[0];
        Assert.Null(await units[1]);
        var lastId = await units[3];

        await using var read = await Store.BeginAsync();
        Assert.Equal(firstId, (await read.FindByDedupKeyAsync(first.DedupKey!))?.Id);
        Assert.Null(await read.FindByDedupKeyAsync(rolledBack.DedupKey!));
        Assert.Equal(lastId, (await read.FindByDedupKeyAsync(last.DedupKey!))?.Id);
    }

    [Fact]
    public async Task BatchCommitFails_EveryUnitInItFails_NothingStored_TheNextBatchWorks()
    {
        // A deferred foreign key is checked at COMMIT on both databases: one unit's bad row fails the whole batch there.
        await using (var connection = await Database.ConnectAsync())
        {
            await ExecuteAsync(connection, "CREATE TABLE test_deferred (message_ref BIGINT REFERENCES message(id) DEFERRABLE INITIALLY DEFERRED)");
        }

        await using var store = OpenGrouped();
        var holder = await HoldTurnAsync(store);
        var messages = Enumerable.Range(0, 3).Select(_ => Some.Heen()).ToList();
        var units = new List<Task>();
        foreach (var (message, i) in messages.Select((m, i) => (m, i)))
        {
            units.Add(Task.Run(async () =>
            {
                await using var tx = await store.BeginAsync();
                await tx.InsertMessageAsync(message);
                if (i == 1)
                {
                    var unit = RelationalStoreTransaction.Of(tx, "test");
                    await using var bad = unit.Connection.CreateCommand();
                    bad.Transaction = unit.Transaction;
                    bad.CommandText = "INSERT INTO test_deferred (message_ref) VALUES (987654321)";
                    await bad.ExecuteNonQueryAsync();
                }

                await tx.CommitAsync();
            }));
            await WaitForQueueAsync(store, units.Count);
        }

        await holder.InsertMessageAsync(Some.Heen());
        await Assert.ThrowsAnyAsync<DbException>(() => holder.CommitAsync()).WaitAsync(HangGuard);
        await holder.DisposeAsync();
        foreach (var unit in units)
        {
            await Assert.ThrowsAnyAsync<DbException>(() => unit).WaitAsync(HangGuard);
        }

        await using (var read = await Store.BeginAsync())
        {
            foreach (var message in messages)
            {
                Assert.Null(await read.FindByDedupKeyAsync(message.DedupKey!));
            }
        }

        await using var next = await store.BeginAsync();
        var id = await next.InsertMessageAsync(Some.Heen());
        await next.CommitAsync();
        Assert.NotNull(await Store.GetMessageAsync(id));
    }

    [Fact]
    public async Task LoneUnit_CommitsAtOnce()
    {
        await using var store = OpenGrouped();
        var before = store.Commits;
        await using var tx = await store.BeginAsync();
        var id = await tx.InsertMessageAsync(Some.Heen());
        await tx.CommitAsync();

        Assert.Equal(1, store.Commits - before);
        Assert.NotNull(await Store.GetMessageAsync(id));
    }

    [Fact]
    public async Task StoreWriteWhileTheSameFlowHoldsATransaction_FailsFastNamingTheMistake_WorksOnceItEnded()
    {
        await using var store = OpenGrouped();
        var tx = await store.BeginAsync();
        var id = await tx.InsertMessageAsync(Some.Heen());

        var write = await Assert.ThrowsAsync<InvalidOperationException>(() => store.ReleaseExpiredLeasesAsync()).WaitAsync(HangGuard);
        var nested = await Assert.ThrowsAsync<InvalidOperationException>(() => store.BeginAsync()).WaitAsync(HangGuard);
        var started = await Assert.ThrowsAsync<InvalidOperationException>(() => Task.Run(() => store.ReleaseExpiredLeasesAsync())).WaitAsync(HangGuard);

        Assert.All([write, nested, started], e => Assert.Contains("holds an open store transaction (IStoreTransaction)", e.Message, StringComparison.Ordinal));
        await tx.CommitAsync();
        Assert.Equal(0, await store.ReleaseExpiredLeasesAsync().WaitAsync(HangGuard));
        await tx.DisposeAsync();
        await using (var next = await store.BeginAsync())
        {
            await next.AddEventAsync(id, "TestEvent");
        }

        Assert.Equal(0, await store.ReleaseExpiredLeasesAsync().WaitAsync(HangGuard));
        Assert.NotNull(await Store.GetMessageAsync(id));
    }

    [Fact]
    public async Task StoreWriteInAnotherFlow_WaitsForTheHeldTransaction_NotRefused()
    {
        await using var store = OpenGrouped();
        var holder = await HoldTurnAsync(store);
        var release = store.ReleaseExpiredLeasesAsync();
        await WaitForQueueAsync(store, 1);
        await holder.CommitAsync();
        await holder.DisposeAsync();

        Assert.Equal(0, await release.WaitAsync(HangGuard));
    }

    /// <summary>
    /// A unit that holds the batch's turn, begun in a flow of its own: a flow this test starts from one that holds a
    /// transaction inherits the mark and is refused (in one flow such a unit would wait for ever).
    /// </summary>
    private static Task<IStoreTransaction> HoldTurnAsync(RelationalMessageStore store) => Task.Run(() => store.BeginAsync());

    private RelationalMessageStore OpenGrouped(int maxUnits = StorageOptions.DefaultGroupCommitMaxUnits) =>
        Database.Open(Time, Database.Options with { GroupCommit = true, GroupCommitMaxUnits = maxUnits });

    /// <summary>Until <paramref name="count"/> units wait for their turn (a count, not a clock; the guard only stops a hang).</summary>
    private static async Task WaitForQueueAsync(RelationalMessageStore store, int count)
    {
        using var guard = new CancellationTokenSource(HangGuard);
        while (store.UnitsWaiting < count)
        {
            await Task.Delay(1, guard.Token);
        }
    }

    private static async Task ExecuteAsync(DbConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }
}
