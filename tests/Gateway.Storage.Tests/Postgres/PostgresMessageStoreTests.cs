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
}
