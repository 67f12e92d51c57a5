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
