using Gateway.Host.Tests.Support;
using Gateway.Routing.Freezes;
using Gateway.Routing.Store;

namespace Gateway.Host.Tests.EndToEnd;

/// <summary>
/// Release freezes over the real pipeline, dispatcher, GGk client and SQLite, against the hub simulator's freeze window
/// (IB103), with one fake clock for both.
/// </summary>
public sealed class FreezeTests
{
    private static readonly TimeSpan Sweep = TimeSpan.FromMinutes(5);

    [Fact]
    public async Task HubFrozen72Hours_TrafficHeldThenReleasedOldestFirst_NoDeadLettersNoAttemptsSpent()
    {
        var freezeEnd = FrozenHubGateway.Start + TimeSpan.FromHours(72);
        await using var gateway = await FrozenHubGateway.StartAsync(new FreezeOptions());
        gateway.Hub.Behaviour.FreezeUntil = freezeEnd;
        var submitted = new List<long>();
        for (var n = 1; n <= 3; n++)
        {
            submitted.Add(await gateway.SubmitToewijzingAsync(n));
        }

        var next = 4;
        var inbound = false;
        while (gateway.Time.GetUtcNow() < freezeEnd)
        {
            var summary = await gateway.Dispatcher.DispatchDueAsync();
            Assert.Equal(0, summary.DeadLettered);
            Assert.Equal(0, summary.Retrying);
            var hub = await gateway.DeliveriesAsync(DeliveryDestination.Hub);
            Assert.All(hub, d => Assert.Equal((DeliveryState.Pending, 0), (d.State, d.Attempts)));
            Assert.Equal(FreezeSource.Learned, gateway.Freezes.Current()?.Source);

            gateway.Time.Advance(Sweep);
            var hours = (gateway.Time.GetUtcNow() - FrozenHubGateway.Start).TotalHours;
            if (hours >= next * 12 && next <= 7)
            {
                submitted.Add(await gateway.SubmitToewijzingAsync(next++));
            }

            if (!inbound && hours >= 24)
            {
                // Back-office deliveries are not frozen: the 305 reaches the back office during the freeze; its 306 is held.
                await gateway.ReceiveStartAsync();
                inbound = true;
                await gateway.Dispatcher.DispatchDueAsync();
                Assert.NotEmpty(gateway.BackOffice.Delivered);
            }
        }

        Assert.Empty(gateway.Hub.Traffic.Accepted("JW301"));
        Assert.All(gateway.Hub.Traffic.Received, r => Assert.Equal("Fo01 IB103", r.Answer));
        Assert.InRange(gateway.Hub.Traffic.Received.Count, 72 * 4 - 2, 72 * 4 + 2);

        for (var round = 0; round < 10 && gateway.Freezes.Current() is not null; round++)
        {
            gateway.Time.Advance(Sweep);
            await gateway.Dispatcher.DispatchDueAsync();
        }

        Assert.Null(gateway.Freezes.Current());
        await gateway.Dispatcher.DispatchDueAsync();
        await gateway.Dispatcher.DispatchDueAsync();

        var identificaties = gateway.Hub.Traffic.Accepted("JW301").Select(r => Identificatie(r.PayloadText)).ToList();
        Assert.Equal(Enumerable.Range(1, submitted.Count).Select(FrozenHubGateway.Identificatie), identificaties);
        var deliveries = await gateway.DeliveriesAsync();
        Assert.All(deliveries, d => Assert.Equal(DeliveryState.Delivered, d.State));
        Assert.All(deliveries, d => Assert.Equal(1, d.Attempts));
        Assert.Single(gateway.Hub.Traffic.Accepted("JW306"));
        foreach (var delivery in deliveries.Where(d => d.Destination.IsHub))
        {
            Assert.Single((await gateway.Store.GetDeliveryAsync(delivery.Id))!.Attempts);
        }

        // The horizon did not run while frozen: released deliveries start it at the freeze's end (the probe's was delivered before).
        foreach (var delivery in deliveries.Where(d => d.Destination.IsHub && d.MessageId != submitted[0]))
        {
            Assert.True(delivery.HorizonStartedAt >= freezeEnd - TimeSpan.FromHours(1), $"horizon of delivery {delivery.Id} starts {delivery.HorizonStartedAt:O}");
        }

        var first = await gateway.Store.GetTimelineAsync(submitted[0]);
        Assert.Contains(first, e => e.Type == MessageEventTypes.DeliveryHeld);
    }

    private static string Identificatie(string payload)
    {
        const string Open = "<ijw:Identificatie>";
        var start = payload.IndexOf(Open, StringComparison.Ordinal) + Open.Length;
        return payload[start..payload.IndexOf('<', start)];
    }
}
