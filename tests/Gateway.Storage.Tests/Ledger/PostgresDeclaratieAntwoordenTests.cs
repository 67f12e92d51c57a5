using Gateway.Routing.Store;
using Gateway.Storage.Ledger;
using Gateway.Storage.Tests.Support;

namespace Gateway.Storage.Tests.Ledger;

/// <summary>Ceiling usage and held 325s on a database of the test run's PostgreSQL server.</summary>
public sealed class PostgresDeclaratieAntwoordenTests : DeclaratieAntwoordenContractTests
{
    // Only a hang guard: the test waits for a counted condition (a session waiting on the lock), not for a time.
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(2);

    private protected override Task<TestDatabase> CreateDatabaseAsync() => TestDatabase.PostgresAsync();

    [Fact]
    public async Task Usage_ReadBesideAnUncommittedGrant_WaitsAndSeesIt()
    {
        // Two 323s on one ceiling in two instances: the second may judge the ceiling only after the first's grant counts.
        var answers = new RelationalDeclaratieAntwoorden(Store);
        await using var first = await Store.BeginAsync();
        Assert.Equal(0, await answers.CeilingUsageAsync(first, "PL-1", 2026));
        await answers.AddCeilingUsageAsync(first, "PL-1", 2026, 40_000);

        var second = await SecondUnitAsync(tx => answers.CeilingUsageAsync(tx, "PL-1", 2026));

        Assert.False(second.IsCompleted, "the second unit read the usage beside an uncommitted grant");
        await first.CommitAsync();
        Assert.Equal(40_000, await second);
    }

    [Fact]
    public async Task Grant_BesideAnUncommittedGrant_WaitsAndCountsBoth()
    {
        // Two grants on one ceiling in two instances, neither judged first: the second's usage comes back with the first's.
        var answers = new RelationalDeclaratieAntwoorden(Store);
        await using var first = await Store.BeginAsync();
        Assert.Equal(40_000, await answers.AddCeilingUsageAsync(first, "PL-1", 2026, 40_000));

        var second = await SecondUnitAsync(tx => answers.AddCeilingUsageAsync(tx, "PL-1", 2026, 1_000));

        Assert.False(second.IsCompleted, "the second unit granted beside an uncommitted grant without waiting for its lock");
        await first.CommitAsync();
        Assert.Equal(41_000, await second);
    }

    [Fact]
    public async Task Usage_ReadBesideAnUncommittedGrantThatJudgedNothing_WaitsAndSeesIt()
    {
        // A 323 on a ceiling that only warns grants without reading first; a 323 judging that ceiling must still wait for it.
        var answers = new RelationalDeclaratieAntwoorden(Store);
        await using var first = await Store.BeginAsync();
        await answers.AddCeilingUsageAsync(first, "PL-1", 2026, 40_000);

        var second = await SecondUnitAsync(tx => answers.CeilingUsageAsync(tx, "PL-1", 2026));

        Assert.False(second.IsCompleted, "the second unit read the usage beside an uncommitted grant");
        await first.CommitAsync();
        Assert.Equal(40_000, await second);
    }

    /// <summary>Runs <paramref name="work"/> in a unit of its own, committed, and returns once that unit waits on an
    /// advisory lock or has ended.</summary>
    private async Task<Task<long>> SecondUnitAsync(Func<IStoreTransaction, Task<long>> work)
    {
        var second = Task.Run(async () =>
        {
            await using var tx = await Store.BeginAsync();
            var used = await work(tx);
            await tx.CommitAsync();
            return used;
        });

        var started = TimeProvider.System.GetTimestamp();
        while (!second.IsCompleted && await WaitingOnAdvisoryLocksAsync() == 0)
        {
            Assert.True(TimeProvider.System.GetElapsedTime(started) < Patience, "the second unit neither waited nor finished");
            await Task.Delay(20);
        }

        return second;
    }

    private async Task<long> WaitingOnAdvisoryLocksAsync()
    {
        await using var connection = await Database.ConnectAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock' AND wait_event = 'advisory'";
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
