using System.Security.Cryptography;
using Gateway.Host.Jobs;
using Gateway.Routing.Cluster;
using Gateway.Routing.Delivery;
using Gateway.Storage;
using Gateway.Storage.Cluster;
using Gateway.Storage.Postgres;
using Gateway.Testing.Postgres;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Gateway.Host.Tests.Jobs;

/// <summary>A leased sweep on a real PostgreSQL store with a fake clock: skipped while another instance holds it, stopped when its lease is lost.</summary>
public sealed class ClusterSweepTests : IAsyncLifetime
{
    private static readonly TimeSpan Lease = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan HangGuard = TimeSpan.FromMinutes(2);

    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 12, 3, 9, 0, 0, TimeSpan.Zero));
    private string _connectionString = null!;
    private PostgresMessageStore _store = null!;
    private RelationalClusterLeases _leases = null!;
    private ClusterSweep _sweep = null!;

    public async Task InitializeAsync()
    {
        var server = await PostgresServer.SharedAsync();
        _connectionString = await server.CreateDatabaseAsync("clustersweep");
        _store = new PostgresMessageStore(
            new StorageOptions
            {
                Provider = StorageOptions.PostgresProvider,
                ConnectionString = _connectionString,
                EncryptionKey = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)),
                BsnHashKey = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)),
            },
            _time);
        await _store.MigrateAsync();
        _leases = new RelationalClusterLeases(_store);
        _sweep = new ClusterSweep(_leases, new DeliveryOptions { LeaseOwner = "instance-a" }, Options.Create(new JobsOptions { SweepLease = Lease }), _time, NullLogger<ClusterSweep>.Instance);
    }

    public Task DisposeAsync()
    {
        _store.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Run_LeaseHeldByAnotherInstance_SkippedWithoutARun_ThenTakenOverAfterItsExpiry()
    {
        Assert.True(await _leases.TryHoldAsync("retention", "instance-b", Lease));
        var ran = 0;

        Assert.False(await _sweep.RunAsync("retention", _ => Task.FromResult(ran++), default));
        _time.Advance(Lease);
        Assert.True(await _sweep.RunAsync("retention", _ => Task.FromResult(ran++), default));

        Assert.Equal(1, ran);
        var run = Assert.Single(await _leases.ListRunsAsync("retention"));
        Assert.Equal(("instance-a", SweepRunOutcomes.Done), (run.Owner, run.Outcome));
    }

    [Fact]
    public async Task Run_LongSweep_LeaseRenewedWhileItRuns_NoOtherInstanceCanTakeIt()
    {
        var release = new TaskCompletionSource();
        var running = _sweep.RunAsync("key-rotation", _ => release.Task, default);
        var run = await SingleRunAsync("key-rotation");

        var heldUntil = run.HeldUntil;
        for (var renewal = 1; renewal <= 4; renewal++)
        {
            var before = heldUntil;
            Assert.True(await AdvanceUntilAsync(async () => (heldUntil = (await _leases.ListRunsAsync("key-rotation"))[0].HeldUntil) > before), $"renewal {renewal} was not made");
            Assert.False(await _leases.TryHoldAsync("key-rotation", "instance-b", Lease));
        }

        // Four renewals, each a third of the lease apart: the sweep has run longer than one lease and still holds it.
        Assert.True(heldUntil - run.StartedAt > Lease * 4 / 3);

        release.SetResult();
        Assert.True(await running);
        Assert.Equal(SweepRunOutcomes.Done, (await _leases.ListRunsAsync("key-rotation"))[0].Outcome);
        Assert.Equal(run.Id, (await _leases.ListRunsAsync("key-rotation"))[0].Id);
    }

    [Fact]
    public async Task Run_RenewalRefused_SweepStoppedAndRecordedAsLeaseLost()
    {
        var stopped = new TaskCompletionSource();
        var running = _sweep.RunAsync("deadlines", async token =>
        {
            // Noted where the sweep sees its token cancelled: a token.Register callback may be unregistered before it
            // runs, when the cancelled delay's continuation runs inline and disposes the registration first.
            try
            {
                await Task.Delay(Timeout.Infinite, token);
            }
            catch (OperationCanceledException)
            {
                stopped.TrySetResult();
                throw;
            }
        }, default);
        await SingleRunAsync("deadlines");

        // Another instance holds the lease now (as after an expiry this instance missed): the next renewal is refused.
        await using (var connection = new NpgsqlConnection(_connectionString))
        {
            await connection.OpenAsync();
            await using var steal = new NpgsqlCommand("UPDATE cluster_lease SET owner = 'instance-b' WHERE name = 'deadlines'", connection);
            Assert.Equal(1, await steal.ExecuteNonQueryAsync());
        }

        Assert.True(await AdvanceUntilAsync(() => Task.FromResult(running.IsCompleted)), "the sweep was not stopped");
        Assert.True(await running);
        Assert.True(stopped.Task.IsCompleted);
        Assert.Equal(SweepRunOutcomes.LeaseLost, (await _leases.ListRunsAsync("deadlines"))[0].Outcome);
    }

    private async Task<SweepRun> SingleRunAsync(string name)
    {
        Assert.True(await EventuallyAsync(async () => (await _leases.ListRunsAsync(name)).Count == 1), "the run was not recorded");
        return (await _leases.ListRunsAsync(name))[0];
    }

    /// <summary>
    /// Moves the clock a second at a time (the renewal's timer may be set a moment after the last renewal) until
    /// <paramref name="condition"/> holds, but never past half a lease since the last renewal (the sweep's own deadline).
    /// </summary>
    private async Task<bool> AdvanceUntilAsync(Func<Task<bool>> condition)
    {
        var advanced = TimeSpan.Zero;
        return await EventuallyAsync(async () =>
        {
            if (await condition())
            {
                return true;
            }

            if (advanced < Lease / 2)
            {
                _time.Advance(TimeSpan.FromSeconds(1));
                advanced += TimeSpan.FromSeconds(1);
            }

            return false;
        });
    }

    private static async Task<bool> EventuallyAsync(Func<Task<bool>> condition)
    {
        var started = TimeProvider.System.GetTimestamp();
        while (!await condition())
        {
            if (TimeProvider.System.GetElapsedTime(started) > HangGuard)
            {
                return false;
            }

            await Task.Delay(20);
        }

        return true;
    }
}
