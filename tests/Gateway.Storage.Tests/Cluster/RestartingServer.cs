using Gateway.Storage.Cluster;
using Gateway.Storage.Postgres;
using Gateway.Storage.Tests.Support;
using Gateway.Testing.Postgres;

namespace Gateway.Storage.Tests.Cluster;

/// <summary>A PostgreSQL server of the test's own (to restart) with one database and two stores on it, as two instances would open it.</summary>
internal sealed class RestartingServer : IAsyncDisposable
{
    private readonly PostgresMessageStore _first;
    private readonly PostgresMessageStore _second;

    private RestartingServer(PostgresServer server, PostgresMessageStore first, PostgresMessageStore second)
    {
        Server = server;
        _first = first;
        _second = second;
        First = new RelationalClusterLeases(first);
        Second = new RelationalClusterLeases(second);
    }

    public PostgresServer Server { get; }

    /// <summary>The leases of the first instance's store.</summary>
    public RelationalClusterLeases First { get; }

    /// <summary>The leases of the second instance's store.</summary>
    public RelationalClusterLeases Second { get; }

    public static async Task<RestartingServer> StartAsync(TimeProvider time)
    {
        var server = await PostgresServer.StartOwnAsync();
        var options = Some.PostgresOptions(await server.CreateDatabaseAsync("namelock"));
        return new RestartingServer(server, new PostgresMessageStore(options, time), new PostgresMessageStore(options, time));
    }

    public async ValueTask DisposeAsync()
    {
        await _first.DisposeAsync();
        await _second.DisposeAsync();
        await Server.DisposeAsync();
    }
}
