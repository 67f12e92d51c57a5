using System.Net;
using System.Text.Json;
using Gateway.Host.Tests.Support;
using Gateway.Messages.Standards;
using Gateway.Routing.Store;

namespace Gateway.Host.Tests.EndToEnd;

/// <summary>A hub outage is ridden out; a permanent refusal is parked at once and replayed by an operator.</summary>
public sealed class FailureTests : IAsyncLifetime
{
    // Waits end as soon as their condition holds; this only guards against a hang on a loaded machine.
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(3);
    private RunningGateway _gateway = null!;

    public async Task InitializeAsync() => _gateway = await RunningGateway.StartAsync();

    public async Task DisposeAsync() => await _gateway.DisposeAsync();

    [Fact]
    public async Task HubAnswers503ForAWhile_NothingLostNothingDeadLettered_BacklogDrained()
    {
        // The hub is out until the gateway has felt it (a failed delivery, counted), not for a number of seconds that a
        // loaded machine might spend on sending alone.
        _gateway.Simulator.Behaviour.OutageUntil = DateTimeOffset.MaxValue;
        var sent = new List<string>();
        for (var i = 0; i < 20; i++)
        {
            var reply = await _gateway.Simulator.Provider.SendBerichtAsync(await Allocations.CoherentAsync(_gateway, i % 2 == 0 ? MessageCode.Start : MessageCode.Stop, i % 3 == 0 ? "0518" : "0363"));
            Assert.Equal("Bv03", reply.Reply);
            sent.Add(reply.Referentienummer);
        }

        var started = TimeProvider.System.GetTimestamp();
        while ((await _gateway.Store.GetCountersAsync()).EventsByType.GetValueOrDefault(MessageEventTypes.DeliveryFailed) == 0)
        {
            Assert.True(TimeProvider.System.GetElapsedTime(started) < Patience, "the outage was not felt");
            await Task.Delay(100);
        }

        var duringOutage = await _gateway.Store.GetQueueDepthAsync();
        Assert.DoesNotContain(duringOutage, d => d.State == DeliveryState.DeadLettered);
        _gateway.Simulator.Behaviour.OutageUntil = null;

        Assert.True(await _gateway.Simulator.Traffic.WaitForAsync(r => sent.All(s => r.Any(m => m.Accepted && m.CrossRefnummer == s)), Patience), "not every answer reached the hub after the outage");
        Assert.True(await _gateway.WaitForEmptyQueueAsync(Patience));
        var depth = await _gateway.Store.GetQueueDepthAsync();
        Assert.DoesNotContain(depth, d => d.State == DeliveryState.DeadLettered);
        var counters = await _gateway.Store.GetCountersAsync();
        Assert.True(counters.EventsByType.GetValueOrDefault(MessageEventTypes.DeliveryFailed) > 0, "no retries were recorded");
    }

    [Fact]
    public async Task BackOfficeRefuses400_ZeroRetriesDeadLettered_OperatorReplay_DeliveredOnce()
    {
        _gateway.Sink.Answer = r => r.Gemeentecode == "0599" ? 400 : 200;
        var bericht = await Allocations.CoherentAsync(_gateway, MessageCode.Start, "0599");
        Assert.Equal("Bv03", (await _gateway.Simulator.Provider.SendBerichtAsync(bericht)).Reply);

        // 0599's back office gets three messages and refuses each for good: the provider's 302 to the allocating 301,
        // the 305 and the gateway's 306 to it. The 302 comes when the simulated provider sends it, which on a loaded
        // machine can be after the 305, so all three are waited for before checking that nothing more is sent.
        IReadOnlyList<Delivery> dead = [];
        Assert.True(await RunningGateway.EventuallyAsync(() =>
        {
            dead = _gateway.Store.ListDeliveriesAsync(new DeliveryQuery(DeliveryState.DeadLettered, DeliveryDestination.BackOffice("0599"))).GetAwaiter().GetResult();
            return dead.Count == 3;
        }, Patience), $"not every refused delivery was dead-lettered ({dead.Count} of 3)");
        Delivery? parked = null;
        foreach (var delivery in dead)
        {
            parked = (await _gateway.Store.GetMessageAsync(delivery.MessageId))!.Code == MessageCode.Start ? delivery : parked;
        }

        Assert.NotNull(parked);
        Assert.Equal(1, parked!.Attempts);
        Assert.Equal(DeliveryFailureKind.Permanent, parked.LastFailureKind);
        Assert.True(await _gateway.WaitForEmptyQueueAsync(Patience));
        var postsBefore = _gateway.Sink.Posts;
        await Task.Delay(1500);
        Assert.Equal(postsBefore, _gateway.Sink.Posts);

        using var listed = await _gateway.OperatorAsync(HttpMethod.Get, "queue?state=DeadLettered");
        Assert.Contains(JsonDocument.Parse(await listed.Content.ReadAsStringAsync()).RootElement.GetProperty("items").EnumerateArray(), d => d.GetProperty("id").GetInt64() == parked.Id);
        using var forbidden = await _gateway.OperatorAsync(HttpMethod.Post, $"queue/{parked.Id}/replay", RunningGateway.AmsterdamOperatorKey);
        Assert.Equal(HttpStatusCode.NotFound, forbidden.StatusCode);

        _gateway.Sink.Answer = _ => 200;
        using var replay = await _gateway.OperatorAsync(HttpMethod.Post, $"queue/{parked.Id}/replay");
        Assert.Equal(HttpStatusCode.OK, replay.StatusCode);

        Assert.True(await RunningGateway.EventuallyAsync(() => _gateway.Sink.Received.Any(r => r.MessageId == parked.MessageId), Patience), "the replayed delivery did not arrive");
        Assert.True(await _gateway.WaitForEmptyQueueAsync(Patience));
        await Task.Delay(1000);
        Assert.Single(_gateway.Sink.Received, r => r.MessageId == parked.MessageId);
        var details = await _gateway.Store.GetDeliveryAsync(parked.Id);
        Assert.Equal(DeliveryState.Delivered, details!.Delivery.State);
        var timeline = await _gateway.Store.GetTimelineAsync(parked.MessageId);
        Assert.Contains(timeline, e => e.Type == MessageEventTypes.MessageReplayed && e.Actor == "regio-beheer");

        using var show = await _gateway.OperatorAsync(HttpMethod.Get, $"queue/{parked.Id}");
        var attempts = JsonDocument.Parse(await show.Content.ReadAsStringAsync()).RootElement.GetProperty("attempts");
        Assert.Equal(2, attempts.GetArrayLength());
        using var purgeDelivered = await _gateway.OperatorAsync(HttpMethod.Post, $"queue/{parked.Id}/purge");
        Assert.Equal(HttpStatusCode.Conflict, purgeDelivered.StatusCode);
        using var purgeByAgeScoped = await _gateway.OperatorAsync(HttpMethod.Post, "queue/purge?deadOlderThan=0s", RunningGateway.AmsterdamOperatorKey);
        Assert.Equal(HttpStatusCode.Forbidden, purgeByAgeScoped.StatusCode);
        using var purgeByAge = await _gateway.OperatorAsync(HttpMethod.Post, "queue/purge?deadOlderThan=0s");
        Assert.Equal(HttpStatusCode.OK, purgeByAge.StatusCode);
        var remaining = await _gateway.Store.ListDeliveriesAsync(new DeliveryQuery(DeliveryState.DeadLettered));
        Assert.Empty(remaining);
    }
}
