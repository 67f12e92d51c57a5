using Gateway.Routing.Cluster;
using Gateway.Storage.Cluster;
using Gateway.Storage.Relational;
using Gateway.Storage.Tests.Support;

namespace Gateway.Storage.Tests.Cluster;

/// <summary>
/// The cluster leases on a real store (migration 12), run on every database: each "instance" is a store of its own on
/// the same database, as two gateway processes would open it.
/// </summary>
public abstract class ClusterLeasesContractTests() : StoreSuite(new DateTimeOffset(2026, 12, 3, 9, 0, 0, TimeSpan.Zero))
{
    private static readonly TimeSpan Lease = TimeSpan.FromSeconds(30);

    private RelationalClusterLeases _leases = null!;

    private protected override void Opened() => _leases = new RelationalClusterLeases(Store);

    [Fact]
    public async Task TryHold_FreeLease_HeldByTheFirstOwnerUntilItExpires()
    {
        await using var other = Database.Open(Time);
        var second = new RelationalClusterLeases(other);

        Assert.True(await _leases.TryHoldAsync("retention", "instance-a", Lease));
        Assert.False(await second.TryHoldAsync("retention", "instance-b", Lease));
        Assert.True(await second.TryHoldAsync("deadlines", "instance-b", Lease));

        Time.Advance(Lease - TimeSpan.FromMilliseconds(1));
        Assert.False(await second.TryHoldAsync("retention", "instance-b", Lease));
        Time.Advance(TimeSpan.FromMilliseconds(1));
        Assert.True(await second.TryHoldAsync("retention", "instance-b", Lease));

        // The first holder's renewal comes too late: it must stop, the lease is another's now.
        Assert.False(await _leases.TryHoldAsync("retention", "instance-a", Lease));
    }

    [Fact]
    public async Task ReleaseAll_EveryLeaseOfTheStoppingOwner_TakenAtOnceByAnother_OthersKeepTheirs()
    {
        await using var other = Database.Open(Time);
        var second = new RelationalClusterLeases(other);
        Assert.True(await _leases.TryHoldAsync("retention", "instance-a", Lease));
        Assert.True(await _leases.TryHoldAsync("deadlines", "instance-a", Lease));
        Assert.True(await _leases.TryHoldAsync("outbox-pickup", "instance-b", Lease));

        Assert.Equal(2, await _leases.ReleaseAllAsync("instance-a"));
        Assert.Equal(0, await _leases.ReleaseAllAsync("instance-a"));

        // No time passes: the released leases are taken at once, the other owner's is not.
        Assert.True(await second.TryHoldAsync("retention", "instance-c", Lease));
        Assert.True(await second.TryHoldAsync("deadlines", "instance-c", Lease));
        Assert.False(await second.TryHoldAsync("outbox-pickup", "instance-c", Lease));
    }

    [Fact]
    public async Task TryHold_RenewedByItsHolder_NeverTakenOver()
    {
        Assert.True(await _leases.TryHoldAsync("outbox-pickup", "instance-a", Lease));
        for (var renewal = 0; renewal < 5; renewal++)
        {
            Time.Advance(Lease / 3);
            Assert.True(await _leases.TryHoldAsync("outbox-pickup", "instance-a", Lease));
            Assert.False(await _leases.TryHoldAsync("outbox-pickup", "instance-b", Lease));
        }
    }

    [Fact]
    public async Task TryHold_ManyInstancesRacingForAFreeOrExpiredLease_ExactlyOneHoldsIt()
    {
        var instances = Enumerable.Range(0, 4).Select(_ => Database.Open(Time)).ToList();
        try
        {
            foreach (var round in new[] { "free", "expired" })
            {
                var held = await Task.WhenAll(instances.Select((store, n) => Task.Run(() => new RelationalClusterLeases(store).TryHoldAsync("key-rotation", $"{round}-{n}", Lease))));

                Assert.Single(held, h => h);
                Time.Advance(Lease);
            }
        }
        finally
        {
            instances.ForEach(s => s.Dispose());
        }
    }

    [Fact]
    public async Task Release_ByItsHolder_AnotherTakesItAtOnce_ByAnyoneElse_Nothing()
    {
        Assert.True(await _leases.TryHoldAsync("lease-release", "instance-a", Lease));

        await _leases.ReleaseAsync("lease-release", "instance-b");
        Assert.False(await _leases.TryHoldAsync("lease-release", "instance-b", Lease));
        await _leases.ReleaseAsync("lease-release", "instance-a");
        Assert.True(await _leases.TryHoldAsync("lease-release", "instance-b", Lease));
    }

    [Fact]
    public async Task Runs_StartedExtendedFinished_ListedWithOwnerAndOutcome_OldOnesPruned()
    {
        var start = Time.GetUtcNow();
        var first = await _leases.StartRunAsync("retention", "instance-a", start + Lease);
        Time.Advance(TimeSpan.FromSeconds(10));
        await _leases.ExtendRunAsync(first, Time.GetUtcNow() + Lease);
        await _leases.FinishRunAsync(first, SweepRunOutcomes.Done, TimeSpan.FromDays(7));
        var dead = await _leases.StartRunAsync("retention", "instance-b", Time.GetUtcNow() + Lease);
        await _leases.StartRunAsync("deadlines", "instance-b", Time.GetUtcNow() + Lease);

        var runs = await _leases.ListRunsAsync("retention");
        Assert.Equal(2, runs.Count);
        Assert.Equal(("instance-a", start, start + TimeSpan.FromSeconds(10), SweepRunOutcomes.Done), (runs[0].Owner, runs[0].StartedAt, runs[0].FinishedAt, runs[0].Outcome));
        Assert.Equal(start + TimeSpan.FromSeconds(10) + Lease, runs[0].HeldUntil);
        Assert.Equal((dead, (DateTimeOffset?)null, (string?)null), (runs[1].Id, runs[1].FinishedAt, runs[1].Outcome));
        Assert.Equal(runs[1].HeldUntil, runs[1].EndedBy);
        Assert.Equal(3, (await _leases.ListRunsAsync()).Count);

        Time.Advance(TimeSpan.FromDays(8));
        var late = await _leases.StartRunAsync("retention", "instance-a", Time.GetUtcNow() + Lease);
        await _leases.FinishRunAsync(late, SweepRunOutcomes.Failed, TimeSpan.FromDays(7));
        Assert.Equal([late], (await _leases.ListRunsAsync("retention")).Select(r => r.Id));
        Assert.Single(await _leases.ListRunsAsync("deadlines"));
    }
}
