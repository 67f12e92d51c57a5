using Gateway.Storage.Sqlite;
using Gateway.Routing.Store;
using Gateway.Storage.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Gateway.Storage.Tests;

public sealed class StorageOptionsTests
{
    [Fact]
    public void Validate_GoodOptions_NoProblems() =>
        Assert.Empty(Some.Options("/tmp/x.db").Validate());

    [Fact]
    public void Validate_ShortOrBrokenKeys_TellTheOperatorWhatToFix()
    {
        var problems = new StorageOptions
        {
            DatabasePath = "",
            EncryptionKey = Convert.ToBase64String(new byte[16]),
            BsnHashKey = "not base64!",
        }.Validate();

        Assert.Contains(problems, p => p.StartsWith("Gateway:Storage:DatabasePath is empty", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("Storage:EncryptionKey is 16 bytes; it must be exactly 32 bytes", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("Storage:BsnHashKey is not valid base64", StringComparison.Ordinal));
        Assert.All(problems.Where(p => p.Contains("Key", StringComparison.Ordinal)), p => Assert.Contains("openssl rand -base64 32", p, StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_Postgres_NeedsAConnectionStringWithHostAndDatabaseNotAFile()
    {
        Assert.Empty(Some.PostgresOptions("Host=db;Database=gateway;Username=gateway").Validate());

        var missing = Some.PostgresOptions("").Validate();
        var partial = Some.PostgresOptions("Port=5432;Username=gateway").Validate();
        var garbled = Some.PostgresOptions("Host=db;Port=five;Password=hunter2-secret").Validate();

        Assert.StartsWith("Gateway:Storage:ConnectionString is empty", Assert.Single(missing), StringComparison.Ordinal);
        Assert.Equal(2, partial.Count(p => p.StartsWith("Gateway:Storage:ConnectionString names no ", StringComparison.Ordinal)));
        Assert.StartsWith("Gateway:Storage:ConnectionString is not a PostgreSQL connection string", Assert.Single(garbled), StringComparison.Ordinal);
        Assert.DoesNotContain(garbled, p => p.Contains("hunter2-secret", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_PostgresWithEarlierBsnHashKeys_RefusedNamingTheList()
    {
        var options = Some.PostgresOptions("Host=db;Database=gateway");
        options.PreviousBsnHashKeys = [Some.Key()];

        Assert.Contains(options.Validate(), p => p.StartsWith("Gateway:Storage:PreviousBsnHashKeys is not supported with Provider=Postgres", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_UnknownProvider_NamesBothChoices()
    {
        var options = Some.Options("x.db");
        options.Provider = "Oracle";

        var problem = Assert.Single(options.Validate());
        Assert.Contains("Gateway:Storage:Provider is \"Oracle\"", problem, StringComparison.Ordinal);
        Assert.Contains("Sqlite", problem, StringComparison.Ordinal);
        Assert.Contains("Postgres", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_BadPreviousBsnHashKeys_EveryProblemWithItsFullKey()
    {
        var options = Some.Options("x.db");
        options.PreviousBsnHashKeys = ["not base64!", options.BsnHashKey, Convert.ToBase64String(new byte[8]), options.EncryptionKey, Some.Key()];

        var problems = options.Validate();

        Assert.Contains(problems, p => p.StartsWith("Gateway:Storage:PreviousBsnHashKeys:0 is not valid base64", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("Gateway:Storage:PreviousBsnHashKeys:1 repeats another BSN hash key", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("Gateway:Storage:PreviousBsnHashKeys:2 is 8 bytes", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("Gateway:Storage:PreviousBsnHashKeys:3 equals Gateway:Storage:EncryptionKey", StringComparison.Ordinal));
        Assert.DoesNotContain(problems, p => p.Contains("PreviousBsnHashKeys:4", StringComparison.Ordinal));
        Assert.Equal(4, problems.Count);
    }

    [Fact]
    public void Validate_SameKeyForPayloadAndBsn_IsRefused()
    {
        var key = Some.Key();

        var problems = new StorageOptions { DatabasePath = "x.db", EncryptionKey = key, BsnHashKey = key }.Validate();

        Assert.Contains(problems, p => p.Contains("use two independent random keys", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AddGatewayStorage_ResolvesTheStoreAndRejectsBadOptions()
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory("gateway-di-").FullName, "g.db");
        var good = Some.Options(path);
        await using var provider = new ServiceCollection()
            .AddSingleton(TimeProvider.System)
            .AddGatewayStorage(o =>
            {
                o.DatabasePath = good.DatabasePath;
                o.EncryptionKey = good.EncryptionKey;
                o.BsnHashKey = good.BsnHashKey;
            })
            .BuildServiceProvider();
        Assert.Equal(SqliteMigrations.LatestVersion, await provider.GetRequiredService<IMessageStore>().MigrateAsync());

        await using var bad = new ServiceCollection().AddGatewayStorage().BuildServiceProvider();
        var error = Assert.Throws<OptionsValidationException>(() => bad.GetRequiredService<IOptions<StorageOptions>>().Value);
        Assert.Contains("Gateway:Storage:EncryptionKey is missing", error.Message, StringComparison.Ordinal);
    }
}
