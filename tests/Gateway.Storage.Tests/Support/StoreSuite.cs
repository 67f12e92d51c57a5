using Gateway.Storage.Relational;

namespace Gateway.Storage.Tests.Support;

/// <summary>
/// A contract suite over a real store, written once: each test gets an empty database of the subclass's kind, a store on
/// it (migrated) and a fake clock starting at <paramref name="start"/>.
/// </summary>
public abstract class StoreSuite(DateTimeOffset start) : IAsyncLifetime
{
    private protected FakeTimeProvider Time { get; } = new(start);

    private protected TestDatabase Database { get; private set; } = null!;

    private protected RelationalMessageStore Store { get; private set; } = null!;

    /// <summary>An empty database for one test.</summary>
    private protected abstract Task<TestDatabase> CreateDatabaseAsync();

    /// <summary>Builds what the suite tests over <see cref="Store"/>, before it is migrated.</summary>
    private protected virtual void Opened()
    {
    }

    public async Task InitializeAsync()
    {
        Database = await CreateDatabaseAsync();
        Store = Database.Open(Time);
        Opened();
        await Store.MigrateAsync();
    }

    public async Task DisposeAsync()
    {
        Store.Dispose();
        await Database.DisposeAsync();
    }
}
