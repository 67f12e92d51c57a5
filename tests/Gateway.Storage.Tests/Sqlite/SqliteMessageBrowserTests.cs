using Gateway.Routing.Store;
using Gateway.Storage.Sqlite;
using Gateway.Storage.Tests.Store;
using Gateway.Storage.Tests.Support;
using Microsoft.Data.Sqlite;

namespace Gateway.Storage.Tests.Sqlite;

/// <summary>The browser contract on a real SQLite file, plus what only SQLite shows: the chain numbers are not in the file.</summary>
public sealed class SqliteMessageBrowserTests : MessageBrowserContractTests
{
    private readonly StoreDirectory _files = new("gateway-browser-");

    private string DatabasePath => _files.DatabasePath;

    private protected override async Task<(IMessageStore Store, IMessageBrowser Browser)> CreateAsync(TimeProvider time)
    {
        var store = new SqliteMessageStore(Some.Options(DatabasePath), time);
        await store.MigrateAsync();
        return (store, store);
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        _files.Delete();
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

        await using var connection = new SqliteConnection($"Data Source={DatabasePath}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT kind, length(key_hash) FROM message_chain_hash";
        await using var reader = await command.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync());
        Assert.Equal(("referentie", 32L), (reader.GetString(0), reader.GetInt64(1)));
        await reader.DisposeAsync();
        await connection.CloseAsync();
        SqliteConnection.ClearAllPools();
        var bytes = System.Text.Encoding.UTF8.GetString(await File.ReadAllBytesAsync(DatabasePath)) + System.Text.Encoding.UTF8.GetString(File.Exists(DatabasePath + "-wal") ? await File.ReadAllBytesAsync(DatabasePath + "-wal") : []);
        Assert.DoesNotContain(Referentie, bytes, StringComparison.Ordinal);
    }
}
