using System.Text;
using Gateway.Routing.Pipeline;
using Gateway.Routing.Store;
using Gateway.Routing.Tests.Support;

namespace Gateway.Routing.Tests.Pipeline;

public sealed class OutboundSubmitterTests
{
    [Theory]
    [InlineData("ijw/jw301-toewijzing.xml", "301")]
    [InlineData("ijw/jw319-antwoord-in-onderzoek.xml", "319")]
    public async Task SubmitAsync_ValidMessage_StoredQueuedWithOneDeliveryToHub(string sample, string code)
    {
        await using var gateway = await TestGateway.StartAsync();

        var receipt = await gateway.Outbound.SubmitAsync(new OutboundSubmission(RepoPaths.SampleBytes(sample), "0344", "test"));

        Assert.True(receipt.Queued);
        var stored = await gateway.Store.GetMessageAsync(receipt.MessageId);
        Assert.Equal(MessageState.Queued, stored!.State);
        Assert.NotNull(stored.Envelope);
        Assert.Equal([$"{code}→hub"], await gateway.RoutesAsync());
    }

    [Fact]
    public async Task SubmitAsync_Level1Invalid_RefusedWithIssuesAndNeverQueued()
    {
        await using var gateway = await TestGateway.StartAsync();
        var broken = Encoding.UTF8.GetString(RepoPaths.SampleBytes("ijw/jw301-toewijzing.xml")).Replace("<jw301:BerichtCode>436</jw301:BerichtCode>", "<jw301:BerichtCode>X</jw301:BerichtCode>", StringComparison.Ordinal);

        var receipt = await gateway.Outbound.SubmitAsync(new OutboundSubmission(Encoding.UTF8.GetBytes(broken), "0344", "test"));

        Assert.False(receipt.Queued);
        Assert.NotEmpty(receipt.Issues);
        Assert.Equal(MessageState.Rejected, (await gateway.Store.GetMessageAsync(receipt.MessageId))!.State);
        Assert.Empty(await gateway.DeliveriesAsync());
    }

    [Fact]
    public async Task SubmitAsync_Level2Invalid_RefusedWithTheRuleCode()
    {
        await using var gateway = await TestGateway.StartAsync();
        var receipt = await gateway.Outbound.SubmitAsync(new OutboundSubmission(RepoPaths.SampleBytes("invalid/CD075-budget-zonder-einddatum.xml"), "0344", "test"));

        Assert.False(receipt.Queued);
        Assert.Contains(receipt.Issues, i => i.Code == "CD075");
        Assert.Empty(await gateway.DeliveriesAsync());
    }

    [Fact]
    public async Task SubmitAsync_ForAnotherGemeente_Refused()
    {
        await using var gateway = await TestGateway.StartAsync();

        var receipt = await gateway.Outbound.SubmitAsync(new OutboundSubmission(RepoPaths.SampleBytes("ijw/jw301-toewijzing.xml"), "0363", "test"));

        Assert.False(receipt.Queued);
        Assert.Contains("may not send a message on behalf of gemeente 0344", receipt.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SubmitAsync_ProviderMessage_Refused()
    {
        await using var gateway = await TestGateway.StartAsync();

        var receipt = await gateway.Outbound.SubmitAsync(new OutboundSubmission(RepoPaths.SampleBytes("ijw/jw305-start.xml"), "0344", "test"));

        Assert.False(receipt.Queued);
        Assert.Contains("from a back office", receipt.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SubmitAsync_SameMessageTwice_SentOnce()
    {
        await using var gateway = await TestGateway.StartAsync();
        var submission = new OutboundSubmission(RepoPaths.SampleBytes("ijw/jw301-toewijzing.xml"), "0344", "test");

        var first = await gateway.Outbound.SubmitAsync(submission);
        var second = await gateway.Outbound.SubmitAsync(submission);

        Assert.True(second.Duplicate);
        Assert.Equal(first.MessageId, second.MessageId);
        Assert.Equal(["301→hub"], await gateway.RoutesAsync());
    }
}
