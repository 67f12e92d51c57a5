using Gateway.Routing.Delivery;
using Gateway.Routing.Pipeline;
using Gateway.Routing.Store;
using Gateway.Routing.Tests.Support;

namespace Gateway.Routing.Tests.Delivery;

public sealed class DeliveryDispatcherTests
{
    private static readonly OutboundSubmission Toewijzing = new(RepoPaths.SampleBytes("ijw/jw301-toewijzing.xml"), "0344", "test");

    [Fact]
    public async Task DispatchDueAsync_TransientFailures_RetriedWithGrowingDelaysUntilDeliveredOnce()
    {
        var hub = new FailsTransientlyTransport(3);
        await using var gateway = await TestGateway.StartAsync([hub], jitter: () => 0.99);
        var submitted = await gateway.Outbound.SubmitAsync(Toewijzing);

        var delays = new List<TimeSpan>();
        for (var round = 0; round < 10 && hub.Sent.IsEmpty; round++)
        {
            await gateway.Dispatcher.DispatchDueAsync();
            var delivery = Assert.Single(await gateway.DeliveriesAsync());
            if (delivery.State == DeliveryState.Pending)
            {
                delays.Add(delivery.NextAttemptAt - gateway.Time.GetUtcNow());
                gateway.Time.SetUtcNow(delivery.NextAttemptAt);
            }
        }

        Assert.Single(hub.Sent);
        Assert.Equal(3, delays.Count);
        Assert.True(delays[0] < delays[1] && delays[1] < delays[2], string.Join(", ", delays));
        var done = Assert.Single(await gateway.DeliveriesAsync());
        Assert.Equal(DeliveryState.Delivered, done.State);
        Assert.Equal(4, done.Attempts);
        Assert.Equal(MessageState.Sent, (await gateway.Store.GetMessageAsync(submitted.MessageId))!.State);
        Assert.Equal(0, (await gateway.Dispatcher.DispatchDueAsync()).Claimed);
    }

    [Fact]
    public async Task DispatchDueAsync_FailingPastTheHorizon_DeadLetteredWithHistory()
    {
        var hub = new FailsTransientlyTransport(int.MaxValue);
        await using var gateway = await TestGateway.StartAsync([hub], jitter: () => 0.99);
        await gateway.Outbound.SubmitAsync(Toewijzing);

        for (var round = 0; round < 100; round++)
        {
            await gateway.Dispatcher.DispatchDueAsync();
            var delivery = Assert.Single(await gateway.DeliveriesAsync());
            if (delivery.State != DeliveryState.Pending)
            {
                break;
            }

            Assert.True(delivery.NextAttemptAt <= TestGateway.Start + TestGateway.FastRetry.Horizon, "no attempt is planned past the horizon");
            gateway.Time.SetUtcNow(delivery.NextAttemptAt);
        }

        var parked = Assert.Single(await gateway.DeliveriesAsync());
        Assert.Equal(DeliveryState.DeadLettered, parked.State);
        Assert.True(parked.Attempts > 5, $"retried {parked.Attempts} times before the horizon");
        Assert.True(gateway.Time.GetUtcNow() >= TestGateway.Start + TestGateway.FastRetry.Horizon, "not dead-lettered early");
        Assert.Contains("horizon", parked.LastError, StringComparison.Ordinal);
        var details = await gateway.Store.GetDeliveryAsync(parked.Id);
        Assert.Equal(parked.Attempts, details!.Attempts.Count);
        Assert.NotNull(await gateway.Store.ReadPayloadAsync(parked.MessageId));
    }

    [Fact]
    public async Task DispatchDueAsync_PermanentFailure_DeadLetteredAtOnceZeroRetriesThenReplayedDeliveredOnce()
    {
        var hub = new RefusesPermanentlyTransport();
        await using var gateway = await TestGateway.StartAsync([hub]);
        await gateway.Outbound.SubmitAsync(Toewijzing);

        await gateway.Dispatcher.DispatchDueAsync();
        gateway.Time.Advance(TimeSpan.FromDays(1));
        await gateway.Dispatcher.DispatchDueAsync();

        var parked = Assert.Single(await gateway.DeliveriesAsync());
        Assert.Equal(DeliveryState.DeadLettered, parked.State);
        Assert.Equal(1, parked.Attempts);
        Assert.Equal(1, hub.Calls);
        Assert.Equal(DeliveryFailureKind.Permanent, parked.LastFailureKind);

        hub.Accepts = true;
        Assert.True(await gateway.Store.ReplayAsync(parked.Id, "operator"));
        await gateway.Dispatcher.DispatchDueAsync();
        await gateway.Dispatcher.DispatchDueAsync();

        Assert.Single(hub.Sent);
        Assert.Equal(DeliveryState.Delivered, Assert.Single(await gateway.DeliveriesAsync()).State);
    }

    [Fact]
    public async Task DispatchDueAsync_BackOfficeHangs_HubDeliveryIsNotHeldBack()
    {
        var hub = new AlwaysDeliversTransport(d => d.IsHub);
        var backOffice = new HangsTransport(d => !d.IsHub);
        var options = new DeliveryOptions { AttemptTimeout = TimeSpan.FromSeconds(20), LeaseDuration = TimeSpan.FromMinutes(5), LeaseOwner = "test" };
        await using var gateway = await TestGateway.StartAsync([hub, backOffice], delivery: options);
        await gateway.ReceiveAsync("ijw/jw305-start.xml");

        var sweep = gateway.Dispatcher.DispatchDueAsync();
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (hub.Sent.IsEmpty && DateTime.UtcNow < deadline)
        {
            await Task.Delay(20);
        }

        Assert.Single(hub.Sent);
        Assert.False(sweep.IsCompleted);
        backOffice.Release();
        var summary = await sweep;
        Assert.Equal(3, summary.Delivered);
    }

    [Fact]
    public async Task DispatchDueAsync_LeaseNearlyOverWhenItsTurnComes_GivenBackUnsentThenSentByTheNextSweep()
    {
        // One send per destination at a time: a destination's second delivery waits in the bulkhead for the first.
        var transport = new HangsTransport(_ => true);
        var options = new DeliveryOptions { BatchSize = 8, MaxParallelPerDestination = 1, AttemptTimeout = TimeSpan.FromSeconds(20), LeaseDuration = TimeSpan.FromMinutes(5), LeaseOwner = "test" };
        await using var gateway = await TestGateway.StartAsync([transport], delivery: options);
        await gateway.ReceiveAsync("ijw/jw305-start.xml");
        await gateway.ReceiveAsync("ijw/jw307-stop.xml");
        var due = await gateway.DeliveriesAsync();
        var destinations = due.Select(d => d.Destination).Distinct().Count();
        Assert.True(due.Count > destinations, "no destination has a second delivery to wait in its bulkhead");

        var sweep = gateway.Dispatcher.DispatchDueAsync();
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (transport.Calls < destinations && DateTime.UtcNow < deadline)
        {
            await Task.Delay(20);
        }

        // The first sends hang until 15 s of the 5 min leases are left: less than the 20 s an attempt may take.
        Assert.Equal(destinations, transport.Calls);
        gateway.Time.Advance(options.LeaseDuration - TimeSpan.FromSeconds(15));
        transport.Release();
        var summary = await sweep;

        Assert.Equal((due.Count, destinations, due.Count - destinations), (summary.Claimed, summary.Delivered, summary.GivenBack));
        Assert.Equal(destinations, transport.Calls);
        var waiting = (await gateway.DeliveriesAsync()).Where(d => d.State == DeliveryState.Pending).ToList();
        Assert.Equal(due.Count - destinations, waiting.Count);
        foreach (var delivery in waiting)
        {
            Assert.Equal((0, null), (delivery.Attempts, delivery.LeaseOwner));
            var givenBack = Assert.Single(await gateway.Store.GetTimelineAsync(delivery.MessageId), e => e.Type == MessageEventTypes.DeliveryGivenBack && e.Detail!.StartsWith($"delivery {delivery.Id} ", StringComparison.Ordinal));
            Assert.Contains("lease had 15 s left", givenBack.Detail, StringComparison.Ordinal);
        }

        Assert.Equal(due.Count - destinations, (await gateway.Dispatcher.DispatchDueAsync()).Delivered);
        Assert.Equal(due.Count, transport.Calls);
        Assert.All(await gateway.DeliveriesAsync(), d => Assert.Equal((DeliveryState.Delivered, 1), (d.State, d.Attempts)));
    }

    [Fact]
    public async Task DispatchDueAsync_RunConcurrently_EachDeliverySentOnce()
    {
        var transport = new AlwaysDeliversTransport();
        await using var gateway = await TestGateway.StartAsync([transport]);
        foreach (var sample in new[] { "ijw/jw305-start.xml", "ijw/jw307-stop.xml", "ijw/jw315-verzoek-om-toewijzing.xml" })
        {
            await gateway.ReceiveAsync(sample);
        }

        await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() => gateway.Dispatcher.DispatchDueAsync())));
        await gateway.Dispatcher.ReleaseExpiredLeasesAsync();
        await gateway.Dispatcher.ReleaseExpiredLeasesAsync();

        Assert.Equal(9, transport.Sent.Count);
        Assert.Equal(9, transport.Sent.Select(s => s.Delivery.Id).Distinct().Count());
    }

    [Fact]
    public async Task SweepRetention_RefusedMessagePastItsShortTerm_KeepsOnlyTheFirstKb()
    {
        await using var gateway = await TestGateway.StartAsync();
        var garbage = System.Text.Encoding.ASCII.GetBytes("<not-a-message>" + new string('x', 3000) + "</not-a-message>");
        var refused = await gateway.ReceiveAsync(garbage);
        Assert.Equal(InboundDisposition.Refused, refused.Disposition);

        gateway.Time.Advance(TimeSpan.FromDays(6));
        Assert.Equal(0, (await gateway.Dispatcher.SweepRetentionAsync()).PayloadsTrimmed);
        gateway.Time.Advance(TimeSpan.FromDays(2));
        Assert.Equal(1, (await gateway.Dispatcher.SweepRetentionAsync()).PayloadsTrimmed);

        Assert.Equal(garbage.AsSpan(0, RetentionPolicy.RefusedPayloadPrefix).ToArray(), await gateway.Store.ReadPayloadAsync(refused.MessageId));
        var message = (await gateway.Store.GetMessageAsync(refused.MessageId))!;
        Assert.Equal(((long?)garbage.Length, ContentHash.Of(garbage), true), (message.PayloadSize, message.ContentHash, message.PayloadTrimmed));
    }

}
