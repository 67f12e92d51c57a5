using Gateway.Routing.Store;
using Gateway.Storage.Tests.Support;

namespace Gateway.Storage.Tests.Store;

/// <summary>The hub's later refusal of a delivery already counted delivered.</summary>
public abstract partial class MessageStoreContractTests
{
    [Fact]
    public async Task RefuseDelivered_DeliveredToTheHub_MovedWithTheMaskedReasonOthersLeftAlone()
    {
        var (messageId, hub) = await InsertWithDeliveryAsync(DeliveryDestination.Hub);
        var backOffice = await EnqueueAsync(messageId, DeliveryDestination.BackOffice("0363"));
        foreach (var claimed in await Store.ClaimDueAsync("w", 10, TimeSpan.FromMinutes(1)))
        {
            Assert.True(await Store.MarkDeliveredAsync(claimed.Lease));
        }

        int moved;
        await using (var tx = await Store.BeginAsync())
        {
            moved = await tx.RefuseDeliveredAsync(messageId, DeliveryDestination.Hub, $"Fo01 IB005 about {Some.CanaryBsn}");
            await tx.CommitAsync();
        }

        Assert.Equal(1, moved);
        var refused = (await Store.GetDeliveryAsync(hub))!.Delivery;
        Assert.Equal(DeliveryState.RefusedByHub, refused.State);
        Assert.Contains("IB005", refused.LastError, StringComparison.Ordinal);
        Assert.DoesNotContain(Some.CanaryBsn, refused.LastError, StringComparison.Ordinal);
        Assert.Equal(DeliveryState.Delivered, (await Store.GetDeliveryAsync(backOffice))!.Delivery.State);
        var events = await Store.GetTimelineAsync(messageId);
        Assert.Single(events, e => e.Type == MessageEventTypes.DeliveryRefused);
        Assert.DoesNotContain(events, e => e.Detail?.Contains(Some.CanaryBsn, StringComparison.Ordinal) == true);
    }

    [Fact]
    public async Task RefuseDelivered_DeliveryStillPending_NothingMoved()
    {
        var (messageId, hub) = await InsertWithDeliveryAsync(DeliveryDestination.Hub);

        await using var tx = await Store.BeginAsync();
        Assert.Equal(0, await tx.RefuseDeliveredAsync(messageId, DeliveryDestination.Hub, "Fo01 IB005"));
        await tx.CommitAsync();

        Assert.Equal(DeliveryState.Pending, (await Store.GetDeliveryAsync(hub))!.Delivery.State);
    }

    private async Task<long> EnqueueAsync(long messageId, DeliveryDestination destination)
    {
        await using var tx = await Store.BeginAsync();
        var id = await tx.EnqueueDeliveryAsync(messageId, destination);
        await tx.CommitAsync();
        return id;
    }
}
