using Gateway.Routing.Store;
using Gateway.Storage.Postgres;
using Gateway.Testing.Postgres;
using Microsoft.Extensions.DependencyInjection;

namespace Gateway.Host.Tests.EndToEnd;

/// <summary>The round trips of <see cref="RoundTripTests"/> with `gateway run` on a fresh database of the test run's PostgreSQL server.</summary>
public sealed class PostgresRoundTripTests : RoundTripTests
{
    [Fact]
    public void Gateway_StoresInPostgres() => Assert.IsType<PostgresMessageStore>(Gateway.Services.GetRequiredService<IMessageStore>());

    private protected override async Task<Dictionary<string, string?>?> StoreSettingsAsync()
    {
        var server = await PostgresServer.SharedAsync();
        return new()
        {
            ["Gateway:Storage:Provider"] = "Postgres",
            ["Gateway:Storage:ConnectionString"] = await server.CreateDatabaseAsync("roundtrip"),
        };
    }
}
