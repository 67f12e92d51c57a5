using System.Text;
using Gateway.Routing.Pipeline;
using Gateway.Routing.Store;
using Gateway.Routing.Tests.Support;

namespace Gateway.Routing.Tests.Pipeline.Steps;

/// <summary>Only the party a heen-bericht was sent to may answer it, through the real pipelines with a real SQLite store.</summary>
public sealed class CorrelateAnswerStepTests
{
    private const string OtherProvider = "12345678";

    [Theory]
    [InlineData("ijw/jw301-toewijzing.xml", "ijw/jw302-toewijzing-retour.xml")]
    [InlineData("ijw/jw319-antwoord-woonplaatsbeginsel.xml", "ijw/jw320-antwoord-retour.xml")]
    public async Task Retour_FromAProviderTheHeenWasNotSentTo_RefusedWithFo01_HeenNotAnswered_NothingRouted(string heen, string retour)
    {
        await using var gateway = await TestGateway.StartAsync();
        var submitted = await gateway.Outbound.SubmitAsync(new OutboundSubmission(RepoPaths.SampleBytes(heen), "0344", "test"));
        var stateBefore = (await gateway.Store.GetMessageAsync(submitted.MessageId))!.State;
        var forged = WithOntvanger(RepoPaths.SampleBytes(retour), "41101234", OtherProvider);

        var receipt = await ReceiveAsync(gateway, forged, Scope(OtherProvider));

        Assert.Equal(InboundDisposition.Refused, receipt.Disposition);
        Assert.Null(receipt.CorrelatedToMessageId);
        Assert.Contains($"from AGB {OtherProvider} answers a JW{heen[6..9]} that was not sent to it", receipt.Refusal!.Omschrijving, StringComparison.Ordinal);
        Assert.DoesNotContain("41101234", receipt.Refusal.Omschrijving, StringComparison.Ordinal);
        Assert.Equal(stateBefore, (await gateway.Store.GetMessageAsync(submitted.MessageId))!.State);
        Assert.DoesNotContain(await gateway.Store.GetTimelineAsync(submitted.MessageId), e => e.Type == MessageEventTypes.MessageAnswered);
        var refused = await gateway.Store.GetMessageAsync(receipt.MessageId);
        Assert.Equal(MessageState.Rejected, refused!.State);
        Assert.Null(refused.CorrelatesTo);
        Assert.Contains(await gateway.Store.GetTimelineAsync(receipt.MessageId), e => e.Type == MessageEventTypes.SenderRefused && e.Detail == receipt.Refusal.Omschrijving);
        Assert.Equal([$"{heen[6..9]}→hub", "TransportError→hub"], await gateway.RoutesAsync());
        var fo01 = TransportRefusal.FromBytes(await gateway.Store.ReadPayloadAsync(receipt.AnswerMessageId!.Value));
        Assert.Equal(TransportRefusal.StUF055, fo01.Code);
        Assert.Contains("that was not sent to it", fo01.Omschrijving, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ijw/jw301-toewijzing.xml", "ijw/jw302-toewijzing-retour.xml")]
    [InlineData("ijw/jw319-antwoord-woonplaatsbeginsel.xml", "ijw/jw320-antwoord-retour.xml")]
    public async Task Retour_FromTheProviderTheHeenWasSentTo_CorrelatedAnsweredAndRouted(string heen, string retour)
    {
        await using var gateway = await TestGateway.StartAsync();
        var submitted = await gateway.Outbound.SubmitAsync(new OutboundSubmission(RepoPaths.SampleBytes(heen), "0344", "test"));

        var receipt = await ReceiveAsync(gateway, RepoPaths.SampleBytes(retour), Scope("41101234"));

        Assert.Equal(InboundDisposition.AnswerReceived, receipt.Disposition);
        Assert.Equal(submitted.MessageId, receipt.CorrelatedToMessageId);
        Assert.Equal(MessageState.Answered, (await gateway.Store.GetMessageAsync(submitted.MessageId))!.State);
        Assert.Contains($"{retour[6..9]}→backoffice:0344", await gateway.RoutesAsync());
    }

    [Fact]
    public async Task Retour_RefusedForgeryFirst_TheGenuineRetourStillAnswersTheHeen()
    {
        await using var gateway = await TestGateway.StartAsync();
        var submitted = await gateway.Outbound.SubmitAsync(new OutboundSubmission(RepoPaths.SampleBytes("ijw/jw301-toewijzing.xml"), "0344", "test"));
        var retour = RepoPaths.SampleBytes("ijw/jw302-toewijzing-retour.xml");
        await ReceiveAsync(gateway, WithOntvanger(retour, "41101234", OtherProvider), Scope(OtherProvider));

        var genuine = await ReceiveAsync(gateway, retour, Scope("41101234"));

        Assert.Equal(InboundDisposition.AnswerReceived, genuine.Disposition);
        Assert.Equal(submitted.MessageId, genuine.CorrelatedToMessageId);
        Assert.Equal(MessageState.Answered, (await gateway.Store.GetMessageAsync(submitted.MessageId))!.State);
    }

    [Fact]
    public async Task Retour_WithoutAStoredHeen_FromAnyProvider_RecordedAndRoutedAsBefore()
    {
        await using var gateway = await TestGateway.StartAsync();
        var retour = WithOntvanger(RepoPaths.SampleBytes("ijw/jw302-toewijzing-retour.xml"), "41101234", OtherProvider);

        var receipt = await ReceiveAsync(gateway, retour, Scope(OtherProvider));

        Assert.Equal(InboundDisposition.AnswerReceived, receipt.Disposition);
        Assert.Null(receipt.CorrelatedToMessageId);
        Assert.Equal(["302→backoffice:0344"], await gateway.RoutesAsync());
    }

    [Fact]
    public async Task Retour_FromABackOfficeTheHeenWasNotSentTo_RefusedAndNotQueued()
    {
        await using var gateway = await TestGateway.StartAsync();
        await ReceiveAsync(gateway, RepoPaths.SampleBytes("ijw/jw305-start.xml"), Scope("41101234"));
        var routesBefore = await gateway.RoutesAsync();
        var forged = WithOntvanger(RepoPaths.SampleBytes("ijw/jw306-start-retour.xml"), "0344", "0363");

        var receipt = await gateway.Outbound.SubmitAsync(new OutboundSubmission(forged, "0363", "test"));

        Assert.False(receipt.Queued);
        Assert.Contains("A JW306 from gemeente 0363 answers a JW305 that was not sent to it", receipt.Reason, StringComparison.Ordinal);
        Assert.Equal(routesBefore, await gateway.RoutesAsync());
    }

    /// <summary>The payload with the header's Ontvanger changed, e.g. a retour answering as another provider.</summary>
    private static byte[] WithOntvanger(byte[] payload, string from, string to)
    {
        var text = Encoding.UTF8.GetString(payload);
        var replaced = text.Replace($"Ontvanger>{from}</", $"Ontvanger>{to}</", StringComparison.Ordinal);
        Assert.NotEqual(text, replaced);
        return Encoding.UTF8.GetBytes(replaced);
    }

    /// <summary>A hub identity (its own AGB code as zender) that may act for that one provider.</summary>
    private static SenderScope Scope(string agb) =>
        new(agb, new HashSet<string>([agb], StringComparer.Ordinal), new HashSet<string>(StringComparer.Ordinal));

    private static Task<InboundReceipt> ReceiveAsync(TestGateway gateway, byte[] payload, SenderScope scope) =>
        gateway.Inbound.ProcessAsync(new InboundMessage(payload, new EnvelopeReference(scope.Zender, Guid.NewGuid().ToString())) { Sender = scope });
}
