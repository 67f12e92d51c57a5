using Gateway.Routing.Pipeline;
using Gateway.Routing.Store;
using Gateway.Routing.Tests.Support;

namespace Gateway.Routing.Tests.Pipeline.Steps;

/// <summary>The payload half of "who may send as whom", through the inbound pipeline with a real SQLite store.</summary>
public sealed class CheckSenderStepTests
{
    [Fact]
    public async Task HeenBericht_AfzenderInTheSendersScope_ProcessedAsBefore()
    {
        await using var gateway = await TestGateway.StartAsync();

        var receipt = await ReceiveAsync(gateway, "ijw/jw305-start.xml", Scope(agb: ["41101234"]));

        Assert.Equal(InboundDisposition.Accepted, receipt.Disposition);
        Assert.Contains("305→backoffice:0344", await gateway.RoutesAsync());
    }

    [Fact]
    public async Task HeenBericht_AfzenderOutsideTheSendersScope_RefusedWithFo01_AuditedAsSenderRefused_NotRouted()
    {
        await using var gateway = await TestGateway.StartAsync();

        var receipt = await ReceiveAsync(gateway, "ijw/jw305-start.xml", Scope(agb: ["12345678"]));

        Assert.Equal(InboundDisposition.Refused, receipt.Disposition);
        Assert.StartsWith("Envelope zender 12345678 may not send for AGB 41101234 (the payload's Afzender)", receipt.Refusal!.Omschrijving, StringComparison.Ordinal);
        Assert.Equal(["TransportError→hub"], await gateway.RoutesAsync());
        var timeline = await gateway.Store.GetTimelineAsync(receipt.MessageId);
        Assert.Contains(timeline, e => e.Type == MessageEventTypes.SenderRefused && e.Detail == receipt.Refusal.Omschrijving);
        Assert.Contains(timeline, e => e.Type == MessageEventTypes.MessageRejected);
        Assert.Equal(MessageState.Rejected, (await gateway.Store.GetMessageAsync(receipt.MessageId))!.State);
        var fo01 = TransportRefusal.FromBytes(await gateway.Store.ReadPayloadAsync(receipt.AnswerMessageId!.Value));
        Assert.Contains("may not send for AGB 41101234", fo01.Omschrijving, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Retour_TheAnsweringProviderInTheScope_Routed()
    {
        await using var gateway = await TestGateway.StartAsync();

        var receipt = await ReceiveAsync(gateway, "ijw/jw302-toewijzing-retour.xml", Scope(agb: ["41101234"]));

        Assert.Equal(InboundDisposition.AnswerReceived, receipt.Disposition);
        Assert.Contains("302→backoffice:0344", await gateway.RoutesAsync());
    }

    [Fact]
    public async Task Retour_OnlyTheCopiedAfzenderInTheScope_RefusedBecauseTheProviderAnswers()
    {
        await using var gateway = await TestGateway.StartAsync();

        var receipt = await ReceiveAsync(gateway, "ijw/jw302-toewijzing-retour.xml", Scope(gemeentecodes: ["0344"]));

        Assert.Equal(InboundDisposition.Refused, receipt.Disposition);
        Assert.Contains("may not send for AGB 41101234 (the payload's answering party", receipt.Refusal!.Omschrijving, StringComparison.Ordinal);
        Assert.Equal(["TransportError→hub"], await gateway.RoutesAsync());
    }

    private static SenderScope Scope(string[]? agb = null, string[]? gemeentecodes = null) =>
        new("12345678", (agb ?? []).ToHashSet(StringComparer.Ordinal), (gemeentecodes ?? []).ToHashSet(StringComparer.Ordinal));

    private static Task<InboundReceipt> ReceiveAsync(TestGateway gateway, string sample, SenderScope scope) =>
        gateway.Inbound.ProcessAsync(new InboundMessage(RepoPaths.SampleBytes(sample), new EnvelopeReference(scope.Zender, Guid.NewGuid().ToString())) { Sender = scope });
}
