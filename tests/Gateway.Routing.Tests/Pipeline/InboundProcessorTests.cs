using System.Text;
using Gateway.Routing.Pipeline;
using Gateway.Routing.Store;
using Gateway.Routing.Tests.Support;

namespace Gateway.Routing.Tests.Pipeline;

public sealed class InboundProcessorTests
{
    [Theory]
    [InlineData("ijw/jw305-start.xml", "306", "0344")]
    [InlineData("ijw/jw307-stop.xml", "308", "0344")]
    [InlineData("ijw/jw315-verzoek-om-toewijzing.xml", "316", "0344")]
    [InlineData("ijw/jw317-verzoek-om-wijziging.xml", "318", "0344")]
    [InlineData("ijw/jw323-declaratie.xml", "325", "0344")]
    [InlineData("iwmo/wmo305-start.xml", "306", "0363")]
    [InlineData("iwmo/wmo323-declaratie.xml", "325", "0363")]
    public async Task ProcessAsync_AcceptedHeenBericht_AnswerQueuedToHubAndBothRoutedToBackOffice(string sample, string answer, string gemeente)
    {
        await using var gateway = await TestGateway.StartAsync();

        var receipt = await gateway.ReceiveAsync(sample);

        Assert.Equal(InboundDisposition.Accepted, receipt.Disposition);
        var heen = await gateway.Store.GetMessageAsync(receipt.MessageId);
        var built = await gateway.Store.GetMessageAsync(receipt.AnswerMessageId!.Value);
        Assert.Equal(MessageState.Accepted, heen!.State);
        Assert.Equal(answer, ((int)built!.Code!.Value).ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(receipt.MessageId, built.CorrelatesTo);
        var heenCode = sample[(sample.IndexOf('/') + 1)..].Split('-')[0][^3..];
        Assert.Equal(
            new[] { $"{answer}→hub", $"{heenCode}→backoffice:{gemeente}", $"{answer}→backoffice:{gemeente}" }.Order(),
            (await gateway.RoutesAsync()).Order());
    }

    [Fact]
    public async Task ProcessAsync_Level1Rejection_StoredRejectedWithFo01StUF055AndNoRetour()
    {
        await using var gateway = await TestGateway.StartAsync();
        var broken = Encoding.UTF8.GetString(RepoPaths.SampleBytes("ijw/jw305-start.xml")).Replace("<jw305:BerichtCode>438</jw305:BerichtCode>", "<jw305:BerichtCode>ABC</jw305:BerichtCode>", StringComparison.Ordinal);

        var receipt = await gateway.ReceiveAsync(Encoding.UTF8.GetBytes(broken), "ref-1");

        Assert.Equal(InboundDisposition.Refused, receipt.Disposition);
        Assert.Equal(TransportRefusal.StUF055, receipt.Refusal!.Code);
        Assert.Equal("ref-1", receipt.Refusal.CrossRefnummer);
        Assert.Equal(MessageState.Rejected, (await gateway.Store.GetMessageAsync(receipt.MessageId))!.State);
        Assert.Equal(["TransportError→hub"], await gateway.RoutesAsync());
        var fo01 = TransportRefusal.FromBytes(await gateway.Store.ReadPayloadAsync(receipt.AnswerMessageId!.Value));
        Assert.Equal("StUF055", fo01.Code);
        Assert.Equal("ref-1", fo01.CrossRefnummer);
    }

    [Fact]
    public async Task ProcessAsync_NotXmlAtAll_RefusedWithFo01()
    {
        await using var gateway = await TestGateway.StartAsync();

        var receipt = await gateway.ReceiveAsync(Encoding.UTF8.GetBytes("this is not a message"));

        Assert.Equal(InboundDisposition.Refused, receipt.Disposition);
        Assert.Equal(["TransportError→hub"], await gateway.RoutesAsync());
    }

    [Fact]
    public async Task ProcessAsync_Level2Rejection_RetourWith0001ToHubAndNothingToBackOffice()
    {
        await using var gateway = await TestGateway.StartAsync();

        var receipt = await gateway.ReceiveAsync("invalid/CS002-bsn-voldoet-niet-aan-elfproef.xml");

        Assert.Equal(InboundDisposition.Rejected, receipt.Disposition);
        Assert.Equal(["0001"], receipt.RetourCodes);
        Assert.Equal(["306→hub"], await gateway.RoutesAsync());
        var retour = Encoding.UTF8.GetString((await gateway.Store.ReadPayloadAsync(receipt.AnswerMessageId!.Value))!);
        Assert.Contains(">0001<", retour, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ProcessAsync_UnknownGemeentecode_RefusedWithAClearReason()
    {
        await using var gateway = await TestGateway.StartAsync();
        var elsewhere = Encoding.UTF8.GetString(RepoPaths.SampleBytes("ijw/jw305-start.xml")).Replace("<jw305:Ontvanger>0344</jw305:Ontvanger>", "<jw305:Ontvanger>0599</jw305:Ontvanger>", StringComparison.Ordinal);

        var receipt = await gateway.ReceiveAsync(Encoding.UTF8.GetBytes(elsewhere));

        Assert.Equal(InboundDisposition.Refused, receipt.Disposition);
        Assert.Contains("0599 is not a gemeente of this region", receipt.Refusal!.Omschrijving, StringComparison.Ordinal);
        Assert.Equal(["TransportError→hub"], await gateway.RoutesAsync());
    }

    [Fact]
    public async Task ProcessAsync_UnknownAgbWhenProvidersConfigured_Refused()
    {
        await using var gateway = await TestGateway.StartAsync(knownProviders: ["12345678"]);

        var receipt = await gateway.ReceiveAsync("ijw/jw305-start.xml");

        Assert.Equal(InboundDisposition.Refused, receipt.Disposition);
        Assert.Contains("AGB code 41101234 is not a known provider", receipt.Refusal!.Omschrijving, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ProcessAsync_GemeenteMessageFromTheHub_Refused()
    {
        await using var gateway = await TestGateway.StartAsync();

        var receipt = await gateway.ReceiveAsync("ijw/jw301-toewijzing.xml");

        Assert.Equal(InboundDisposition.Refused, receipt.Disposition);
        Assert.Contains("does not accept it from the hub", receipt.Refusal!.Omschrijving, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ijw/jw301-toewijzing.xml", "ijw/jw302-toewijzing-retour.xml")]
    [InlineData("ijw/jw319-antwoord-woonplaatsbeginsel.xml", "ijw/jw320-antwoord-retour.xml")]
    public async Task ProcessAsync_RetourOfOurHeenBericht_CorrelatedAnsweredAndRoutedToBackOffice(string heen, string retour)
    {
        await using var gateway = await TestGateway.StartAsync();
        var submitted = await gateway.Outbound.SubmitAsync(new OutboundSubmission(RepoPaths.SampleBytes(heen), "0344", "test"));

        var receipt = await gateway.ReceiveAsync(retour);

        Assert.Equal(InboundDisposition.AnswerReceived, receipt.Disposition);
        Assert.Equal(submitted.MessageId, receipt.CorrelatedToMessageId);
        Assert.Equal(MessageState.Answered, (await gateway.Store.GetMessageAsync(submitted.MessageId))!.State);
        var retourCode = retour.Split('/')[1][2..5];
        Assert.Contains($"{retourCode}→backoffice:0344", await gateway.RoutesAsync());
        Assert.Null(receipt.AnswerMessageId);
    }

    [Fact]
    public async Task ProcessAsync_RetourWithoutHeenBericht_RecordedFlaggedAndStillRouted()
    {
        await using var gateway = await TestGateway.StartAsync();

        var receipt = await gateway.ReceiveAsync("ijw/jw302-toewijzing-retour.xml");

        Assert.Equal(InboundDisposition.AnswerReceived, receipt.Disposition);
        Assert.Null(receipt.CorrelatedToMessageId);
        var timeline = await gateway.Store.GetTimelineAsync(receipt.MessageId);
        Assert.Contains(timeline, e => e.Type == "AnswerUncorrelated");
        Assert.Equal(["302→backoffice:0344"], await gateway.RoutesAsync());
    }
}
