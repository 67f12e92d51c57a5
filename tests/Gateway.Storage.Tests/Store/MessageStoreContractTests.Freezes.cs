using Gateway.Routing.Freezes;
using Gateway.Routing.Store;
using Gateway.Storage.Tests.Support;

namespace Gateway.Storage.Tests.Store;

/// <summary>The store's part of release freezes: claims that pass held destinations by, probes, attempts given back, release, and the saved freeze.</summary>
public abstract partial class MessageStoreContractTests
{
    private static readonly TimeSpan FreezeLease = TimeSpan.FromMinutes(1);

    [Fact]
    public async Task ClaimDue_HubHeld_ClaimsOnlyTheBackOfficesDeliveries()
    {
        await InsertWithDeliveryAsync(DeliveryDestination.Hub);
        var (_, backOffice) = await InsertWithDeliveryAsync(DeliveryDestination.BackOffice("0363"));

        var claimed = await Store.ClaimDueAsync("w", 10, FreezeLease, [DeliveryDestination.Hub]);

        Assert.Equal(backOffice, Assert.Single(claimed).Delivery.Id);
        Assert.Equal(2, (await Store.ClaimDueAsync("w", 10, FreezeLease, [])).Count + claimed.Count);
    }

    [Fact]
    public async Task ClaimOldest_DeliveriesNotDueYet_ClaimsTheOldestOfThatDestinationOnly()
    {
        var (_, oldest) = await InsertWithDeliveryAsync(DeliveryDestination.Hub);
        await InsertWithDeliveryAsync(DeliveryDestination.Hub);
        await InsertWithDeliveryAsync(DeliveryDestination.BackOffice("0363"));
        foreach (var claimed in await Store.ClaimDueAsync("w", 10, FreezeLease))
        {
            await Store.ScheduleRetryAsync(claimed.Lease, DeliveryFailureKind.Transient, "later", Time.GetUtcNow().AddHours(3));
        }

        var probe = await Store.ClaimOldestAsync(DeliveryDestination.Hub, "prober", FreezeLease);

        Assert.NotNull(probe);
        Assert.Equal((oldest, 2, DeliveryState.Sending), (probe.Delivery.Id, probe.Lease.Attempt, probe.Delivery.State));
        Assert.Null(await Store.ClaimOldestAsync(DeliveryDestination.BackOffice("0344"), "prober", FreezeLease));
    }

    [Fact]
    public async Task Hold_LeasedAttempt_GivenBackPendingDueNowWithTheReasonInAnEvent()
    {
        var (messageId, deliveryId) = await InsertWithDeliveryAsync(DeliveryDestination.Hub);
        var lease = Assert.Single(await Store.ClaimDueAsync("w", 10, FreezeLease)).Lease;
        Time.Advance(TimeSpan.FromSeconds(5));

        Assert.True(await Store.HoldAsync(lease, $"IB103 frozen for {Some.CanaryBsn}"));

        var details = await Store.GetDeliveryAsync(deliveryId);
        Assert.Equal((DeliveryState.Pending, 0, Time.GetUtcNow()), (details!.Delivery.State, details.Delivery.Attempts, details.Delivery.NextAttemptAt));
        Assert.Empty(details.Attempts);
        var held = Assert.Single(await Store.GetTimelineAsync(messageId), e => e.Type == MessageEventTypes.DeliveryHeld);
        Assert.Contains("IB103", held.Detail, StringComparison.Ordinal);
        Assert.DoesNotContain(Some.CanaryBsn, held.Detail, StringComparison.Ordinal);
        Assert.False(await Store.HoldAsync(lease, "again"));
        Assert.Equal(1, Assert.Single(await Store.ClaimDueAsync("w", 10, FreezeLease)).Lease.Attempt);
    }

    [Fact]
    public async Task ReleaseHeld_AfterAFreeze_DueNowHorizonMovedOnByTheFrozenTimeOtherDestinationsUntouched()
    {
        var (_, before) = await InsertWithDeliveryAsync(DeliveryDestination.Hub);
        var queuedAt = Time.GetUtcNow();
        var freezeStart = queuedAt.AddMinutes(10);
        Time.Advance(TimeSpan.FromMinutes(30));
        var (_, during) = await InsertWithDeliveryAsync(DeliveryDestination.Hub);
        var (_, backOffice) = await InsertWithDeliveryAsync(DeliveryDestination.BackOffice("0363"));
        Time.Advance(TimeSpan.FromHours(72));
        var now = Time.GetUtcNow();

        Assert.Equal(2, await Store.ReleaseHeldAsync(DeliveryDestination.Hub, freezeStart));

        var first = (await Store.GetDeliveryAsync(before))!.Delivery;
        var second = (await Store.GetDeliveryAsync(during))!.Delivery;
        Assert.Equal((now, queuedAt + (now - freezeStart)), (first.NextAttemptAt, first.HorizonStartedAt));
        Assert.Equal((now, now), (second.NextAttemptAt, second.HorizonStartedAt));
        Assert.Equal(now.AddHours(-72), (await Store.GetDeliveryAsync(backOffice))!.Delivery.HorizonStartedAt);
    }

    [Fact]
    public async Task LoadFreeze_NothingSaved_None()
    {
        Assert.Equal(StoredFreeze.None, await Store.LoadFreezeAsync());
    }

    [Fact]
    public async Task SaveFreeze_LearnedFreeze_ReadBackAfterARestartWithTheHubsTextMasked()
    {
        var since = Time.GetUtcNow();
        var learned = new HubFreeze(FreezeSource.Learned, since, since.AddDays(7), since.AddMinutes(15), $"IB103 blocked, bsn {Some.CanaryBsn}");
        await Store.SaveFreezeAsync(new StoredFreeze(learned, since));

        Store = await ReopenStoreAsync(Store, Time);
        var stored = await Store.LoadFreezeAsync();

        Assert.Equal(learned with { Name = stored.Learned!.Name }, stored.Learned);
        Assert.Equal(since, stored.HeldSince);
        Assert.StartsWith("IB103 blocked", stored.Learned.Name, StringComparison.Ordinal);
        Assert.DoesNotContain(Some.CanaryBsn, stored.Learned.Name, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SaveFreeze_LearnedFreezeOverButDeliveriesHeld_OnlyHeldSinceKeptThenNoneClears()
    {
        var since = Time.GetUtcNow();
        await Store.SaveFreezeAsync(new StoredFreeze(new HubFreeze(FreezeSource.Learned, since, since.AddDays(7), null, "IB103"), since));

        await Store.SaveFreezeAsync(new StoredFreeze(null, since));
        Assert.Equal(new StoredFreeze(null, since), await Store.LoadFreezeAsync());

        await Store.SaveFreezeAsync(StoredFreeze.None);
        Assert.Equal(StoredFreeze.None, await Store.LoadFreezeAsync());
    }

    [Fact]
    public async Task SaveFreeze_ConfiguredWindow_Refused()
    {
        var since = Time.GetUtcNow();
        var window = new HubFreeze(FreezeSource.Configured, since, since.AddDays(1), null, "release 3.2");

        await Assert.ThrowsAsync<ArgumentException>(() => Store.SaveFreezeAsync(new StoredFreeze(window, since)));
    }
}
