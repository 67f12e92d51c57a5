using Gateway.Routing.Delivery;
using Gateway.Routing.Freezes;
using Gateway.Routing.Pipeline;
using Gateway.Routing.Store;
using Gateway.Routing.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Gateway.Routing.Tests.Delivery;

/// <summary>Release freezes in the dispatcher, over real SQLite and the fake clock.</summary>
public sealed class DeliveryDispatcherFreezeTests
{
    private static readonly byte[] Toewijzing = RepoPaths.SampleBytes("ijw/jw301-toewijzing.xml");

    [Fact]
    public async Task DispatchDueAsync_ConfiguredWindow_HubHeldBackOfficeFlowsReleasedOldestFirstAtTheEnd()
    {
        var window = new FreezeWindow { Name = "release 3.2", Start = TestGateway.Start.AddHours(1), End = TestGateway.Start.AddHours(73) };
        var hub = new AlwaysDeliversTransport(d => d.IsHub);
        var backOffice = new AlwaysDeliversTransport(d => !d.IsHub);
        await using var gateway = await TestGateway.StartAsync(
            [hub, backOffice],
            delivery: new DeliveryOptions { MaxParallelPerDestination = 1, BatchSize = 8, LeaseOwner = "test" },
            configure: s => s.AddSingleton(Options.Create(new FreezeOptions { Windows = [window] })));
        gateway.Time.Advance(TimeSpan.FromHours(2));
        Assert.Equal(FreezeSource.Configured, gateway.Services.GetRequiredService<FreezeCalendar>().Current()?.Source);

        var first = await gateway.Outbound.SubmitAsync(new OutboundSubmission(Toewijzing, "0344", "test"));
        await gateway.ReceiveAsync("ijw/jw305-start.xml");
        for (var hour = 2; hour < 73; hour++)
        {
            var summary = await gateway.Dispatcher.DispatchDueAsync();
            Assert.Equal(0, summary.DeadLettered);
            gateway.Time.Advance(TimeSpan.FromHours(1));
        }

        Assert.Empty(hub.Sent);
        Assert.NotEmpty(backOffice.Sent);
        var held = await gateway.DeliveriesAsync(DeliveryState.Pending, DeliveryDestination.Hub);
        Assert.Equal(2, held.Count);
        Assert.All(held, d => Assert.Equal(0, d.Attempts));

        gateway.Time.Advance(TimeSpan.FromMinutes(1));
        await gateway.Dispatcher.DispatchDueAsync();

        Assert.Equal(held.Select(d => d.Id), hub.Sent.Select(c => c.Delivery.Id));
        Assert.Equal(first.MessageId, hub.Sent.First().Message.Id);
        Assert.All(await gateway.DeliveriesAsync(), d => Assert.Equal((DeliveryState.Delivered, 1), (d.State, d.Attempts)));
        Assert.All(hub.Sent, c => Assert.True(c.Delivery.HorizonStartedAt >= window.End, "the horizon starts at the end of the window"));
        Assert.Null(gateway.Services.GetRequiredService<FreezeCalendar>().Current());
    }

    [Fact]
    public async Task DispatchDueAsync_IB103_HeldWithoutAttemptProbedAtIntervalReleasedWhenProbeAccepted()
    {
        var hub = new FreezingHubTransport();
        var options = new FreezeOptions { ProbeInterval = TimeSpan.FromMinutes(10) };
        await using var gateway = await TestGateway.StartAsync(
            [hub, new AlwaysDeliversTransport(d => !d.IsHub)],
            delivery: new DeliveryOptions { MaxParallelPerDestination = 1, BatchSize = 8, LeaseOwner = "test" },
            configure: s => s.AddSingleton(Options.Create(options)));
        var calendar = gateway.Services.GetRequiredService<FreezeCalendar>();
        await gateway.Outbound.SubmitAsync(new OutboundSubmission(Toewijzing, "0344", "test"));

        var summary = await gateway.Dispatcher.DispatchDueAsync();
        Assert.Equal(1, summary.Held);
        Assert.Equal(FreezeSource.Learned, calendar.Current()?.Source);
        gateway.Time.Advance(TimeSpan.FromMinutes(5));
        await gateway.Dispatcher.DispatchDueAsync();
        Assert.Equal(1, hub.Calls);
        gateway.Time.Advance(TimeSpan.FromMinutes(5));
        await gateway.Dispatcher.DispatchDueAsync();
        Assert.Equal(2, hub.Calls);
        Assert.Equal(0, Assert.Single(await gateway.DeliveriesAsync()).Attempts);

        hub.Frozen = false;
        gateway.Time.Advance(TimeSpan.FromMinutes(10));
        await gateway.Dispatcher.DispatchDueAsync();

        Assert.Null(calendar.Current());
        var delivered = Assert.Single(await gateway.DeliveriesAsync());
        Assert.Equal((DeliveryState.Delivered, 1), (delivered.State, delivered.Attempts));
        Assert.Single((await gateway.Store.GetDeliveryAsync(delivered.Id))!.Attempts);
    }

    [Fact]
    public async Task RestoreFreezeAsync_LearnedFreezeBeforeRestart_StillHeldAfterItAndReleasedByTheNextAcceptedProbe()
    {
        var hub = new FreezingHubTransport();
        var options = new FreezeOptions { ProbeInterval = TimeSpan.FromMinutes(10) };
        var before = await TestGateway.StartAsync(
            [hub, new AlwaysDeliversTransport(d => !d.IsHub)],
            delivery: new DeliveryOptions { MaxParallelPerDestination = 1, BatchSize = 8, LeaseOwner = "test" },
            configure: s => s.AddSingleton(Options.Create(options)));
        await before.Outbound.SubmitAsync(new OutboundSubmission(Toewijzing, "0344", "test"));
        Assert.Equal(1, (await before.Dispatcher.DispatchDueAsync()).Held);
        var learnedAt = before.Time.GetUtcNow();

        await using var gateway = await before.RestartAsync();
        await gateway.Dispatcher.RestoreFreezeAsync();
        var calendar = gateway.Services.GetRequiredService<FreezeCalendar>();
        Assert.Equal((FreezeSource.Learned, learnedAt), (calendar.Current()?.Source, calendar.Current()?.Since));
        gateway.Time.Advance(TimeSpan.FromMinutes(5));
        var summary = await gateway.Dispatcher.DispatchDueAsync();
        Assert.Equal((0, 1), (summary.Claimed, hub.Calls));

        hub.Frozen = false;
        gateway.Time.Advance(TimeSpan.FromMinutes(5));
        await gateway.Dispatcher.DispatchDueAsync();
        await gateway.Dispatcher.DispatchDueAsync();

        Assert.Equal(2, hub.Calls);
        Assert.Null(calendar.Current());
        Assert.Equal(StoredFreeze.None, await gateway.Store.LoadFreezeAsync());
        var delivered = Assert.Single(await gateway.DeliveriesAsync());
        Assert.Equal((DeliveryState.Delivered, 1), (delivered.State, delivered.Attempts));
    }
}
