using Gateway.Routing.Store;
using Gateway.Storage.Tests.Store;
using Gateway.Storage.Tests.Support;

namespace Gateway.Storage.Tests.Postgres;

/// <summary>The browser contract on a database of the test run's PostgreSQL server; the chain numbers are not in it as text.</summary>
public sealed class PostgresMessageBrowserTests : MessageBrowserContractTests
{
    private TestDatabase? _database;

    private protected override async Task<(IMessageStore Store, IMessageBrowser Browser)> CreateAsync(TimeProvider time)
    {
        _database = await TestDatabase.PostgresAsync();
        var store = _database.Open(time);
        await store.MigrateAsync();
        return (store, store);
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
    public async Task ChainNumbers_AreKeptOnlyAsKeyedHashes()
    {
        const string Referentie = "REF-PLAIN-4f1c";
        await using (var tx = await Store.BeginAsync())
        {
            await tx.InsertMessageAsync(Some.Heen() with { ChainReferences = [new ChainReference(ChainKind.Referentie, Referentie)] });
            await tx.CommitAsync();
        }

        Assert.False(await _database!.HoldsPlainTextAsync(Referentie));
    }
}
