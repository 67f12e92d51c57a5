using Gateway.Messages.Standards;
using Gateway.Routing.Contracts;
using Gateway.Routing.Declaraties;
using Gateway.Routing.Pipeline;
using Gateway.Routing.Store;
using Gateway.Routing.Tests.Ledger;

namespace Gateway.Routing.Tests.Declaraties;

/// <summary>Ceiling usage and threshold signals through the real pipeline on a real SQLite file.</summary>
public sealed class CeilingUsageTests
{
    public static TheoryData<Standard> Standards => [Standard.Ijw, Standard.Iwmo];

    [Theory, MemberData(nameof(Standards))]
    public async Task Usage_AccumulatesOverDeclarations_AndCreditsReduceIt(Standard standard)
    {
        await using var region = await CeilingRegion.StartAsync(CeilingPolicy.Warn, AntwoordBeleid.Direct, standard);
        var t = region.Traffic;

        await t.GrantedAsync(region.Declaratie(region.Debit(1)));
        Assert.Equal(CeilingRegion.PerPrestatie, await region.UsedAsync());

        await t.GrantedAsync(region.Declaratie(region.Debit(2)));
        Assert.Equal(2 * CeilingRegion.PerPrestatie, await region.UsedAsync());

        await t.GrantedAsync(region.Declaratie(region.Credit(1)));
        Assert.Equal(CeilingRegion.PerPrestatie, await region.UsedAsync());
    }

    [Fact]
    public async Task Usage_RejectedPrestatie_DoesNotCount()
    {
        await using var region = await CeilingRegion.StartAsync(CeilingPolicy.Warn, AntwoordBeleid.Direct);
        var t = region.Traffic;

        // Both lines are on the ceiling's product; the second declares more hours than the month allows.
        await t.PrestatieRejectedAsync(region.Declaratie(region.Debit(1), t.Prestatie("P-X", 5002, volume: 9)), "P-X", "9321");

        Assert.Equal(CeilingRegion.PerPrestatie, await region.UsedAsync());
    }

    [Fact]
    public async Task Thresholds_80And100_SignalExactlyOnceEach()
    {
        await using var region = await CeilingRegion.StartAsync(CeilingPolicy.Warn, AntwoordBeleid.Direct);
        var t = region.Traffic;

        await t.GrantedAsync(region.Declaratie(region.Debit(1)));     // 48 %
        Assert.Equal(0, await region.SignalsAsync());
        await t.GrantedAsync(region.Declaratie(region.Debit(2)));     // 96 %: 80 reached
        Assert.Equal([80], await region.ThresholdsAsync());
        Assert.Equal(1, await region.SignalsAsync());
        await t.GrantedAsync(region.Declaratie(region.Credit(1)));    // back to 48 %
        await t.GrantedAsync(region.Declaratie(region.Debit(3)));     // 96 % again: 80 is not signalled twice
        Assert.Equal(1, await region.SignalsAsync());
        await t.GrantedAsync(region.Declaratie(region.Debit(4)));     // 144 %: 100 reached
        await t.GrantedAsync(region.Declaratie(region.Debit(5)));     // 192 %: nothing new

        Assert.Equal([80, 100], await region.ThresholdsAsync());
        Assert.Equal(2, await region.SignalsAsync());
    }

    [Fact]
    public async Task Threshold_Signal_NamesCeilingAndUsageWithoutBsn()
    {
        await using var region = await CeilingRegion.StartAsync(CeilingPolicy.Warn, AntwoordBeleid.Direct);
        var t = region.Traffic;
        await t.GrantedAsync(region.Declaratie(region.Debit(1)));

        var (receipt, _) = await region.DeclareAsync(region.Debit(2));

        var signal = Assert.Single(await region.Gateway.Store.GetTimelineAsync(receipt.MessageId), e => e.Type == MessageEventTypes.CeilingThresholdReached);
        Assert.Contains(CeilingRegion.CeilingId, signal.Detail, StringComparison.Ordinal);
        Assert.Contains("80 %", signal.Detail, StringComparison.Ordinal);
        Assert.Contains("96000 of 100000", signal.Detail, StringComparison.Ordinal);
        Assert.DoesNotMatch("[0-9]{9}", signal.Detail);
    }

    [Fact]
    public async Task WarnCeiling_Over100Percent_StillSendsThe325()
    {
        await using var region = await CeilingRegion.StartAt96PercentAsync(CeilingPolicy.Warn, AntwoordBeleid.HoldRejectedLines);

        var (receipt, answer) = await region.DeclareAsync(region.Debit(3));

        Assert.Equal(InboundDisposition.Accepted, receipt.Disposition);
        Assert.Equal(MessageState.Queued, answer.State);
        Assert.True(await region.QueuedToHubAsync(answer.Id));
        Assert.Equal(3 * CeilingRegion.PerPrestatie, await region.UsedAsync());
        Assert.Empty(await region.Held.ListAsync());
    }

    [Fact]
    public async Task DirectPolicy_HoldCeilingOver100Percent_HeldByTheCeilingsOwnBeleid()
    {
        await using var region = await CeilingRegion.StartAt96PercentAsync(CeilingPolicy.Hold, AntwoordBeleid.Direct);

        var (_, answer) = await region.DeclareAsync(region.Debit(3));

        Assert.Equal(MessageState.Held, answer.State);
        Assert.False(await region.QueuedToHubAsync(answer.Id));
        Assert.Single(await region.Held.ListAsync());
        Assert.Equal(2 * CeilingRegion.PerPrestatie, await region.UsedAsync());
    }

    [Fact]
    public async Task DirectPolicy_RejectedLineUnderTheCeiling_SentAtOnce()
    {
        await using var region = await CeilingRegion.StartAsync(CeilingPolicy.Hold, AntwoordBeleid.Direct);
        var t = region.Traffic;

        var (_, rejecting) = await region.DeclareAsync(region.Debit(1), t.Prestatie("P-X", 5005, product: t.OtherProduct));

        Assert.True(await region.QueuedToHubAsync(rejecting.Id));
        Assert.Empty(await region.Held.ListAsync());
        Assert.Equal(CeilingRegion.PerPrestatie, await region.UsedAsync());
    }
}
