using System.Text;
using Gateway.Messages.Envelopes.Ggk;
using Gateway.Routing.Delivery;
using Gateway.Routing.Pipeline;
using Gateway.Routing.Store;
using Gateway.Routing.Tests.Support;

namespace Gateway.Routing.Tests.Delivery;

/// <summary>A final Fo01 from the hub on a message we sent, over the real dispatcher, SQLite store and fake clock.</summary>
public sealed class HubRefusalsTests
{
    private static readonly OutboundSubmission Toewijzing = new(RepoPaths.SampleBytes("ijw/jw301-toewijzing.xml"), "0344", "test");

    [Fact]
    public void FromFo01_HubTextEchoingABsn_MaskedInTheReasonAndTheNotice()
    {
        // 123456782 passes the 11-proef: a hub that echoes part of what it got must not put it in an event or a notice.
        var refusal = HubRefusal.FromFo01("IB002", "organisatie niet geautoriseerd voor bsn 123456782");

        Assert.DoesNotContain("123456782", refusal.Reason, StringComparison.Ordinal);
        Assert.Contains("IB002", refusal.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DispatchDueAsync_HubRefusesWithFo01_RefusedByHubNotRetriedBackOfficeTold()
    {
        var hub = new RefusesLikeTheHubTransport();
        var backOffice = new AlwaysDeliversTransport(d => !d.IsHub);
        await using var gateway = await TestGateway.StartAsync([hub, backOffice]);
        var submitted = await gateway.Outbound.SubmitAsync(Toewijzing);

        var first = await gateway.Dispatcher.DispatchDueAsync();
        await gateway.Dispatcher.DispatchDueAsync();
        gateway.Time.Advance(TimeSpan.FromDays(3));
        await gateway.Dispatcher.DispatchDueAsync();

        Assert.Equal(1, first.RefusedByHub);
        Assert.Equal(0, first.DeadLettered);
        Assert.Equal(1, hub.Calls);
        var parked = Assert.Single(await gateway.DeliveriesAsync(destination: DeliveryDestination.Hub));
        Assert.Equal(DeliveryState.RefusedByHub, parked.State);
        Assert.Equal(1, parked.Attempts);
        Assert.Empty(await gateway.DeliveriesAsync(DeliveryState.DeadLettered));
        var message = await gateway.Store.GetMessageAsync(submitted.MessageId);
        Assert.Equal(MessageState.RefusedByHub, message!.State);
        var timeline = await gateway.Store.GetTimelineAsync(submitted.MessageId);
        var refused = Assert.Single(timeline, e => e.Type == MessageEventTypes.HubRefused);
        Assert.Contains($"IB002 ({GgkFoutcodes.Describe("IB002")})", refused.Detail, StringComparison.Ordinal);
        Assert.Contains("back office 0344 told", refused.Detail, StringComparison.Ordinal);
        Assert.Contains(timeline, e => e.Type == MessageEventTypes.DeliveryRefused);

        var told = Assert.Single(backOffice.Sent);
        Assert.Equal(DeliveryDestination.BackOffice("0344"), told.Delivery.Destination);
        Assert.Equal(MessageKind.TransportError, told.Message.Kind);
        Assert.Equal(submitted.MessageId, told.Message.CorrelatesTo);
        var notice = Encoding.UTF8.GetString(told.Payload);
        Assert.Contains("code=\"IB002\"", notice, StringComparison.Ordinal);
        Assert.Contains($"messageId=\"{submitted.MessageId}\"", notice, StringComparison.Ordinal);
        Assert.Contains($"meaning=\"{GgkFoutcodes.Describe("IB002")}\"", notice, StringComparison.Ordinal);
        Assert.Equal(MessageState.Routed, (await gateway.Store.GetMessageAsync(told.Message.Id))!.State);
    }

    [Fact]
    public async Task ReplayAsync_RefusedByHubAfterTheCauseIsFixed_SentOnce()
    {
        var hub = new RefusesLikeTheHubTransport();
        await using var gateway = await TestGateway.StartAsync([hub, new AlwaysDeliversTransport(d => !d.IsHub)]);
        var submitted = await gateway.Outbound.SubmitAsync(Toewijzing);
        await gateway.Dispatcher.DispatchDueAsync();
        var parked = Assert.Single(await gateway.DeliveriesAsync(DeliveryState.RefusedByHub));

        hub.Accepts = true;
        Assert.True(await gateway.Store.ReplayAsync(parked.Id, "beheerder"));
        Assert.Equal(MessageState.Queued, (await gateway.Store.GetMessageAsync(submitted.MessageId))!.State);
        await gateway.Dispatcher.DispatchDueAsync();

        Assert.Single(hub.Sent);
        Assert.Equal(DeliveryState.Delivered, (await gateway.Store.GetDeliveryAsync(parked.Id))!.Delivery.State);
        Assert.Equal(MessageState.Sent, (await gateway.Store.GetMessageAsync(submitted.MessageId))!.State);
    }

    [Fact]
    public async Task RecordAsync_OurOwnFo01Refused_NoBackOfficeTold()
    {
        await using var gateway = await TestGateway.StartAsync();
        long id;
        await using (var tx = await gateway.Store.BeginAsync())
        {
            id = await tx.InsertMessageAsync(new NewMessage
            {
                Direction = MessageDirection.Outbound,
                Kind = MessageKind.TransportError,
                State = MessageState.Queued,
                Payload = new TransportRefusal(TransportRefusal.StUF055, "Niet conform de XSD.", null).ToBytes(),
                Gemeentecode = "0344",
            });
            var stored = await tx.GetMessageAsync(id);

            Assert.Null(await HubRefusals.RecordAsync(tx, stored!, HubRefusal.FromFo01("IB001", "Envelop niet XSD-valide.")));
            await tx.CommitAsync();
        }

        Assert.Equal(MessageState.RefusedByHub, (await gateway.Store.GetMessageAsync(id))!.State);
        Assert.Empty(await gateway.DeliveriesAsync());
    }

    [Fact]
    public async Task RecordAsync_LaterFo01OnADeliveryCountedDelivered_DeliveryRefusedByHubToo()
    {
        var hub = new AlwaysDeliversTransport(d => d.IsHub);
        await using var gateway = await TestGateway.StartAsync([hub, new AlwaysDeliversTransport(d => !d.IsHub)]);
        var submitted = await gateway.Outbound.SubmitAsync(Toewijzing);
        await gateway.Dispatcher.DispatchDueAsync();
        var delivered = Assert.Single(await gateway.DeliveriesAsync(DeliveryState.Delivered, DeliveryDestination.Hub));

        await using (var tx = await gateway.Store.BeginAsync())
        {
            var stored = await tx.GetMessageAsync(submitted.MessageId);
            await HubRefusals.RecordAsync(tx, stored!, HubRefusal.FromFo01("IB005", "Bericht niet XSD-valide."));
            await tx.CommitAsync();
        }

        var details = await gateway.Store.GetDeliveryAsync(delivered.Id);
        Assert.Equal(DeliveryState.RefusedByHub, details!.Delivery.State);
        Assert.Contains("IB005", details.Delivery.LastError, StringComparison.Ordinal);
        Assert.Equal(MessageState.RefusedByHub, (await gateway.Store.GetMessageAsync(submitted.MessageId))!.State);
        var refused = Assert.Single(await gateway.Store.GetTimelineAsync(submitted.MessageId), e => e.Type == MessageEventTypes.DeliveryRefused);
        Assert.Contains("counted delivered, refused later by the hub", refused.Detail, StringComparison.Ordinal);
        Assert.Empty(await gateway.DeliveriesAsync(DeliveryState.Delivered, DeliveryDestination.Hub));
    }
}
