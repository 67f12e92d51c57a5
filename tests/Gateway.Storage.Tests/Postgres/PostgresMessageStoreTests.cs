using Gateway.Routing.Store;
using Gateway.Storage.Postgres;
using Gateway.Storage.Tests.Store;
using Gateway.Storage.Tests.Support;
using Npgsql;

namespace Gateway.Storage.Tests.Postgres;

/// <summary>The store contract on a fresh database of the test run's PostgreSQL server, plus what only PostgreSQL has.</summary>
public sealed class PostgresMessageStoreTests : MessageStoreContractTests
{
    private TestDatabase? _database;

    private protected override async Task<IMessageStore> CreateStoreAsync(TimeProvider time)
    {
        _database = await TestDatabase.PostgresAsync();
        var store = _database.Open(time);
        await store.MigrateAsync();
        return store;
    }

    private protected override async Task<IMessageStore> ReopenStoreAsync(IMessageStore store, TimeProvider time)
    {
        await ((PostgresMessageStore)store).DisposeAsync();
        return _database!.Open(time);
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }

    [Fact]
    public async Task Open_EverySessionCommitsSynchronously()
    {
        await Store.GetQueueDepthAsync();
        await using var connection = await ((PostgresMessageStore)Store).OpenConnectionAsync(default);
        await using var command = new NpgsqlCommand("SHOW synchronous_commit", (NpgsqlConnection)connection);

        Assert.Equal("on", await command.ExecuteScalarAsync());
    }

    [Fact]
    public async Task Open_NoMaxAutoPrepareConfigured_StatementsAreAutoPrepared()
    {
        await using var connection = (NpgsqlConnection)await ((PostgresMessageStore)Store).OpenConnectionAsync(default);

        Assert.Equal(PostgresMessageStore.AutoPreparedStatements, new NpgsqlConnectionStringBuilder(connection.ConnectionString).MaxAutoPrepare);
    }

    [Fact]
    public async Task Open_MaxAutoPrepareZeroConfigured_StatementsAreNotAutoPrepared()
    {
        await using var fresh = await TestDatabase.PostgresAsync();
        using var store = (PostgresMessageStore)fresh.Open(Time, fresh.Options with { ConnectionString = fresh.Options.ConnectionString + ";Max Auto Prepare=0" });
        await using var connection = (NpgsqlConnection)await store.OpenConnectionAsync(default);

        Assert.Equal(0, new NpgsqlConnectionStringBuilder(connection.ConnectionString).MaxAutoPrepare);
    }

    [Fact]
    public async Task Migrate_ManyInstancesAtOnce_EachMigrationAppliedOnce()
    {
        await using var fresh = await TestDatabase.PostgresAsync();
        var stores = Enumerable.Range(0, 4).Select(_ => fresh.Open(Time)).ToList();
        try
        {
            var versions = await Task.WhenAll(stores.Select(s => s.MigrateAsync()));
            Assert.All(versions, v => Assert.Equal(PostgresMigrations.LatestVersion, v));
        }
        finally
        {
            stores.ForEach(s => s.Dispose());
        }

        await using var connection = new NpgsqlConnection(fresh.Options.ConnectionString);
        await connection.OpenAsync();
        await using var count = new NpgsqlCommand("SELECT COUNT(*), COUNT(DISTINCT version) FROM schema_version", connection);
        await using var reader = await count.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync());
        Assert.Equal(PostgresMigrations.LatestVersion, reader.GetInt64(0));
        Assert.Equal(reader.GetInt64(0), reader.GetInt64(1));
    }

    [Fact]
    public async Task Gauges_KeptByTriggers_MatchTheRowsThroughUpdatesAndCascadedDeletes()
    {
        for (var i = 0; i < 6; i++)
        {
            await using var tx = await Store.BeginAsync();
            var id = await tx.InsertMessageAsync(Some.Heen() with { RetourCodes = ["0200"] });
            await tx.EnqueueDeliveryAsync(id, i % 2 == 0 ? DeliveryDestination.Hub : DeliveryDestination.BackOffice("0363"));
            await tx.CommitAsync();
        }

        var claimed = await Store.ClaimDueAsync("worker-a", 3, TimeSpan.FromMinutes(1));
        Assert.True(await Store.MarkDeliveredAsync(claimed[0].Lease));
        await using (var connection = await _database!.ConnectAsync())
        await using (var delete = connection.CreateCommand())
        {
            delete.CommandText = "DELETE FROM message WHERE id IN (SELECT MAX(id) FROM message)";
            await delete.ExecuteNonQueryAsync();
        }

        var gauges = await ((PostgresMessageStore)Store).ReadGaugesAsync();
        var depth = await Store.GetQueueDepthAsync();

        Assert.Equal(
            depth.Select(d => (d.State.ToString(), d.Destination.Value, (long)d.Count)).Order(),
            gauges.Deliveries.Where(d => d.Count > 0).Select(d => (d.State, d.Destination, d.Count)).Order());
        Assert.Equal(5, gauges.MessagesByState.Values.Sum());
        Assert.Equal(5, gauges.MessagesByRetourCode["0200"]);
        Assert.NotNull(gauges.OldestOpenAge);
    }

    [Fact]
    public async Task Gauges_WritersWithOpenTransactionsOnOneLabelSet_NoneWaitsForAnother_SumsRightThroughACompaction()
    {
        // Every writer adds a message, its retourcode and a delivery to the hub (the same tally label sets), then waits
        // until all have. With one tally row per label set the second writer waited on the first's row lock and no
        // writer ever reached this point; with delta rows they all do, and a compaction beside them counts each row once.
        const int Writers = 6;
        var store = (PostgresMessageStore)Store;
        var before = await store.ReadGaugesAsync();
        var inserted = 0;
        var allInserted = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var mayCommit = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var writers = Enumerable.Range(0, Writers).Select(_ => Task.Run(async () =>
        {
            await using var tx = await store.BeginAsync();
            var id = await tx.InsertMessageAsync(Some.Heen() with { RetourCodes = ["0200"] });
            await tx.EnqueueDeliveryAsync(id, DeliveryDestination.Hub);
            if (Interlocked.Increment(ref inserted) == Writers)
            {
                allInserted.SetResult();
            }

            await mayCommit.Task;
            await tx.CommitAsync();
        })).ToList();

        await allInserted.Task.WaitAsync(TimeSpan.FromMinutes(2));
        await store.CompactTallyAsync();
        mayCommit.SetResult();
        await Task.WhenAll(writers).WaitAsync(TimeSpan.FromMinutes(2));
        var after = await store.ReadGaugesAsync();
        await store.CompactTallyAsync();
        var compacted = await store.ReadGaugesAsync();

        Assert.Equal(before.MessagesByState.Values.Sum() + Writers, after.MessagesByState.Values.Sum());
        Assert.Equal(before.MessagesByRetourCode.GetValueOrDefault("0200") + Writers, after.MessagesByRetourCode["0200"]);
        Assert.Equal(Writers, after.Deliveries.Where(d => d.Destination == DeliveryDestination.Hub.Value).Sum(d => d.Count) - before.Deliveries.Where(d => d.Destination == DeliveryDestination.Hub.Value).Sum(d => d.Count));
        Assert.Equal(after.Deliveries.Select(d => (d.State, d.Destination, d.Count)).Order(), compacted.Deliveries.Select(d => (d.State, d.Destination, d.Count)).Order());
        Assert.Equal(after.MessagesByState.OrderBy(p => p.Key, StringComparer.Ordinal), compacted.MessagesByState.OrderBy(p => p.Key, StringComparer.Ordinal));
        Assert.Equal(after.MessagesByRetourCode.OrderBy(p => p.Key, StringComparer.Ordinal), compacted.MessagesByRetourCode.OrderBy(p => p.Key, StringComparer.Ordinal));
        await using var connection = await _database!.ConnectAsync();
        await using var rows = connection.CreateCommand();
        rows.CommandText = "SELECT COUNT(*) = COUNT(DISTINCT (kind, k1, k2)) FROM store_tally_delta";
        Assert.True((bool)(await rows.ExecuteScalarAsync())!, "the compaction left more than one row per label set");
    }

    [Fact]
    public async Task ClaimDue_ThreeInstancesAtOnce_EveryDeliveryClaimedExactlyOnce()
    {
        const int Deliveries = 40;
        for (var i = 0; i < Deliveries; i++)
        {
            await InsertWithDeliveryAsync();
        }

        var instances = Enumerable.Range(0, 3).Select(_ => _database!.Open(Time)).ToList();
        try
        {
            var claims = await Task.WhenAll(instances.Select((store, n) => Task.Run(async () =>
            {
                var mine = new List<long>();
                while (await store.ClaimDueAsync($"instance-{n}", 3, TimeSpan.FromMinutes(5)) is { Count: > 0 } batch)
                {
                    mine.AddRange(batch.Select(c => c.Lease.DeliveryId));
                }

                return mine;
            })));

            var all = claims.SelectMany(c => c).ToList();
            Assert.Equal(Deliveries, all.Count);
            Assert.Equal(Deliveries, all.Distinct().Count());
        }
        finally
        {
            instances.ForEach(s => s.Dispose());
        }
    }

    [Fact]
    public async Task DedupKey_SameMessageAtTwoInstancesAtOnce_ExactlyOneStoresItTheOtherSeesADuplicate()
    {
        // The hub may resend to another instance while the first still works on the message: the unique key decides.
        var heen = Some.Heen();
        var instances = Enumerable.Range(0, 2).Select(_ => _database!.Open(Time)).ToList();
        try
        {
            var transactions = new List<IStoreTransaction>();
            foreach (var instance in instances)
            {
                var tx = await instance.BeginAsync();
                transactions.Add(tx);
                Assert.Null(await tx.FindByDedupKeyAsync(heen.DedupKey!));
            }

            var first = await transactions[0].InsertMessageAsync(heen);
            var second = Task.Run(() => transactions[1].InsertMessageAsync(heen with { Envelope = new EnvelopeReference("GGK", Guid.NewGuid().ToString()) }));
            await transactions[0].CommitAsync();

            await Assert.ThrowsAsync<DuplicateMessageException>(() => second);
            foreach (var tx in transactions)
            {
                await tx.DisposeAsync();
            }

            await using var check = await Store.BeginAsync();
            Assert.Equal(first, (await check.FindByDedupKeyAsync(heen.DedupKey!))!.Id);
        }
        finally
        {
            instances.ForEach(s => s.Dispose());
        }
    }

    [Fact]
    public async Task Ledger_TwoInstancesOnOneClient_SecondWaitsUntilTheFirstCommits()
    {
        var ledger = new Gateway.Storage.Ledger.RelationalLedger();
        var parties = new Gateway.Routing.Ledger.LedgerParties(Gateway.Messages.Standards.Standard.Iwmo, "0344", "41101234");
        await using var other = _database!.Open(Time);
        await using var first = await Store.BeginAsync();
        var client = ledger.ClientIdOf(first, Some.CanaryBsn);
        await ledger.StartStopAsync(first, parties, client);

        await using var second = await other.BeginAsync();
        var waiting = ledger.StartStopAsync(second, parties, client);
        await using var watch = await _database.ConnectAsync();
        await using var waiters = watch.CreateCommand();
        waiters.CommandText = "SELECT COUNT(*) FROM pg_locks WHERE locktype = 'advisory' AND NOT granted";
        for (var polls = 0; Convert.ToInt64(await waiters.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture) == 0; polls++)
        {
            Assert.True(polls < 600, "the second instance never waited for the client's lock");
            Assert.False(waiting.IsCompleted, "the second instance read the client's ledger while the first still worked on it");
            await Task.Delay(50);
        }

        Assert.False(waiting.IsCompleted);
        await first.CommitAsync();
        await waiting;
    }

    [Fact]
    public async Task Deadlock_OneUnitOfWorkRolledBack_WithATransientError()
    {
        // The pipeline runs a unit of work again when the database rolls it back with a transient error (PipelineRunner).
        await using var a = (NpgsqlConnection)await _database!.ConnectAsync();
        await using var b = (NpgsqlConnection)await _database.ConnectAsync();
        await using var txA = await a.BeginTransactionAsync();
        await using var txB = await b.BeginTransactionAsync();
        await LockAsync(a, 1);
        await LockAsync(b, 2);

        var results = await Task.WhenAll(Attempt(LockAsync(a, 2)), Attempt(LockAsync(b, 1)));

        var failure = Assert.Single(results, r => r is not null);
        Assert.True(failure!.IsTransient, failure.Message);

        static async Task<System.Data.Common.DbException?> Attempt(Task work)
        {
            try
            {
                await work;
                return null;
            }
            catch (System.Data.Common.DbException e)
            {
                return e;
            }
        }

        static async Task LockAsync(NpgsqlConnection connection, int key)
        {
            await using var command = new NpgsqlCommand("SELECT pg_advisory_xact_lock(4711, @key)", connection);
            command.Parameters.AddWithValue("key", key);
            await command.ExecuteNonQueryAsync();
        }
    }
}
