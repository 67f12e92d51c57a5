using Gateway.Routing.Pipeline;
using Gateway.Routing.Store;
using Gateway.Routing.Tests.Support;

namespace Gateway.Routing.Tests.Pipeline;

public sealed class InboundProcessorDuplicateTests
{
    [Fact]
    public async Task ProcessAsync_SameMessageTenTimesSequentially_OneEffectOneAnswerCopiesRequeueTheStoredAnswer()
    {
        await using var gateway = await TestGateway.StartAsync();

        var receipts = new List<InboundReceipt>();
        for (var i = 0; i < 10; i++)
        {
            receipts.Add(await gateway.ReceiveAsync("ijw/jw305-start.xml"));
        }

        await AssertOneEffectAsync(gateway, receipts);
    }

    [Fact]
    public async Task ProcessAsync_SameMessageTenTimesConcurrently_OneEffectOneAnswer()
    {
        await using var gateway = await TestGateway.StartAsync();

        var receipts = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => Task.Run(() => gateway.ReceiveAsync("ijw/jw305-start.xml"))));

        await AssertOneEffectAsync(gateway, receipts);
    }

    [Fact]
    public async Task ProcessAsync_SameEnvelopeOfALevel1Rejection_StoredFo01RequeuedNotASecondRow()
    {
        await using var gateway = await TestGateway.StartAsync();
        var garbage = "<not-a-message/>"u8.ToArray();

        var first = await gateway.ReceiveAsync(garbage, "ref-7");
        var second = await gateway.ReceiveAsync(garbage, "ref-7");

        Assert.Equal(InboundDisposition.Duplicate, second.Disposition);
        Assert.Equal(first.MessageId, second.MessageId);
        Assert.Equal(["TransportError→hub", "TransportError→hub"], await gateway.RoutesAsync());
    }

    [Fact]
    public async Task ProcessAsync_ReusedEnvelopeOtherContent_RefusedIB216NothingStoredOrAnswered()
    {
        await using var gateway = await TestGateway.StartAsync();
        var first = await gateway.ReceiveAsync("ijw/jw305-start.xml", "ref-9");
        var routesBefore = await gateway.RoutesAsync();

        var other = await gateway.ReceiveAsync(RepoPaths.SampleBytes("ijw/jw315-verzoek-om-toewijzing.xml"), "ref-9");

        Assert.Equal(InboundDisposition.EnvelopeReused, other.Disposition);
        Assert.Equal(first.MessageId, other.MessageId);
        Assert.Null(other.AnswerMessageId);
        Assert.Equal(routesBefore, await gateway.RoutesAsync());
        var reused = Assert.Single(await gateway.Store.GetTimelineAsync(first.MessageId), e => e.Type == MessageEventTypes.EnvelopeReused);
        Assert.Contains("IB216", reused.Detail, StringComparison.Ordinal);

        // Not acknowledged, so the sender still has it: in a fresh envelope it is processed as any message.
        var resent = await gateway.ReceiveAsync(RepoPaths.SampleBytes("ijw/jw315-verzoek-om-toewijzing.xml"), "ref-10");
        Assert.Equal(InboundDisposition.Accepted, resent.Disposition);
        Assert.NotEqual(first.MessageId, resent.MessageId);
    }

    [Fact]
    public async Task ProcessAsync_ReusedEnvelopeSameIdentificatieOtherBytes_RefusedNotADuplicate()
    {
        await using var gateway = await TestGateway.StartAsync();
        var sample = RepoPaths.SampleBytes("ijw/jw305-start.xml");
        var first = await gateway.ReceiveAsync(sample, "ref-11");

        var changed = await gateway.ReceiveAsync([.. sample, .. "<!-- corrected -->"u8.ToArray()], "ref-11");

        Assert.Equal(InboundDisposition.EnvelopeReused, changed.Disposition);
        Assert.Equal(first.MessageId, changed.MessageId);
    }

    [Fact]
    public async Task ProcessAsync_SameEnvelopeSameContent_DuplicateGetsTheStoredAnswer()
    {
        await using var gateway = await TestGateway.StartAsync();
        var first = await gateway.ReceiveAsync("ijw/jw305-start.xml", "ref-12");

        var copy = await gateway.ReceiveAsync("ijw/jw305-start.xml", "ref-12");

        Assert.Equal(InboundDisposition.Duplicate, copy.Disposition);
        Assert.Equal(first.MessageId, copy.MessageId);
        var toHub = (await gateway.DeliveriesAsync()).Where(d => d.Destination.IsHub).ToList();
        Assert.Equal(2, toHub.Count);
        Assert.All(toHub, d => Assert.Equal(first.AnswerMessageId, d.MessageId));
    }

    [Fact]
    public async Task ProcessAsync_PayloadPurgedByRetention_ContentHashStillDecides()
    {
        await using var gateway = await TestGateway.StartAsync();
        var first = await gateway.ReceiveAsync("ijw/jw305-start.xml", "ref-13");
        await gateway.Dispatcher.DispatchDueAsync();
        gateway.Time.Advance(TimeSpan.FromDays(100));
        await gateway.Store.SweepRetentionAsync(new RetentionPolicy(TimeSpan.FromDays(90), TimeSpan.FromDays(400)));
        Assert.Null(await gateway.Store.ReadPayloadAsync(first.MessageId));

        var copy = await gateway.ReceiveAsync("ijw/jw305-start.xml", "ref-13");
        var other = await gateway.ReceiveAsync(RepoPaths.SampleBytes("ijw/jw315-verzoek-om-toewijzing.xml"), "ref-13");

        Assert.Equal(InboundDisposition.Duplicate, copy.Disposition);
        Assert.Equal(InboundDisposition.EnvelopeReused, other.Disposition);
    }

    private static async Task AssertOneEffectAsync(TestGateway gateway, IReadOnlyList<InboundReceipt> receipts)
    {
        var originals = receipts.Where(r => r.Disposition == InboundDisposition.Accepted).ToList();
        var original = Assert.Single(originals);
        Assert.Equal(9, receipts.Count(r => r.Disposition == InboundDisposition.Duplicate && r.MessageId == original.MessageId));

        var deliveries = await gateway.DeliveriesAsync();
        var toHub = deliveries.Where(d => d.Destination.IsHub).ToList();
        Assert.Equal(10, toHub.Count);
        Assert.All(toHub, d => Assert.Equal(original.AnswerMessageId, d.MessageId));
        Assert.Equal(2, deliveries.Count(d => !d.Destination.IsHub));
        var timeline = await gateway.Store.GetTimelineAsync(original.MessageId);
        Assert.Equal(9, timeline.Count(e => e.Type == MessageEventTypes.DuplicateReceived));
    }
}
