using System.Text;
using Gateway.Routing.Pipeline;
using Gateway.Routing.Store;
using Gateway.Routing.Tests.Support;

namespace Gateway.Routing.Tests.Pipeline.Steps;

public sealed class CheckLedgerStepTests
{
    [Fact]
    public async Task CheckLedger_Level3RuleRejectsStartProduct_RetourCarries9019AndNothingIsRouted()
    {
        var rule = new RejectsStartProductRule();
        await using var gateway = await TestGateway.StartAsync(rules: [rule]);

        var receipt = await gateway.ReceiveAsync("ijw/jw305-start.xml");

        Assert.Equal(1, rule.Checked);
        Assert.Equal(InboundDisposition.Rejected, receipt.Disposition);
        Assert.Equal(["9019"], receipt.RetourCodes);
        Assert.Equal(["306→hub"], await gateway.RoutesAsync());
        var retour = Encoding.UTF8.GetString((await gateway.Store.ReadPayloadAsync(receipt.AnswerMessageId!.Value))!);
        Assert.Contains(">9019<", retour, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CheckLedger_RuleRejectsTwoClassesWithOneCode_OneRuleRejectedEventNamingRuleAndCode()
    {
        await using var gateway = await TestGateway.StartAsync(rules: [new RejectsStartProductRule()]);
        // The sample 305 has two StartProducts; both get 9019.
        var receipt = await gateway.ReceiveAsync("ijw/jw305-start.xml");

        var timeline = await gateway.Store.GetTimelineAsync(receipt.MessageId);
        var rejected = Assert.Single(timeline, e => e.Type == MessageEventTypes.RuleRejected);
        Assert.Equal("TR019 9019", rejected.Detail);
    }

    [Fact]
    public async Task CheckLedger_NoRejection_NoRuleRejectedEvent()
    {
        await using var gateway = await TestGateway.StartAsync(rules: [new RejectsStartProductRule()]);

        var receipt = await gateway.ReceiveAsync("ijw/jw307-stop.xml");

        Assert.DoesNotContain(await gateway.Store.GetTimelineAsync(receipt.MessageId), e => e.Type == MessageEventTypes.RuleRejected);
    }

    [Fact]
    public async Task CheckLedger_Level2AlreadyFailed_RuleNotRunAnd0001Wins()
    {
        var rule = new RejectsStartProductRule();
        await using var gateway = await TestGateway.StartAsync(rules: [rule]);

        var receipt = await gateway.ReceiveAsync("invalid/CS002-bsn-voldoet-niet-aan-elfproef.xml");

        Assert.Equal(0, rule.Checked);
        Assert.Equal(["0001"], receipt.RetourCodes);
    }

    [Fact]
    public async Task CheckLedger_RuleForOtherMessage_DoesNotTouchA307()
    {
        var rule = new RejectsStartProductRule();
        await using var gateway = await TestGateway.StartAsync(rules: [rule]);

        var receipt = await gateway.ReceiveAsync("ijw/jw307-stop.xml");

        Assert.Equal(0, rule.Checked);
        Assert.Equal(InboundDisposition.Accepted, receipt.Disposition);
    }
}
