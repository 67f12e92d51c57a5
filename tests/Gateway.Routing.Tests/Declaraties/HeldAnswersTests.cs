using Gateway.Messages.Model;
using Gateway.Routing.Contracts;
using Gateway.Routing.Declaraties;
using Gateway.Routing.Pipeline;
using Gateway.Routing.Store;
using Gateway.Routing.Tests.Ledger;

namespace Gateway.Routing.Tests.Declaraties;

/// <summary>The automatic 325's hold policy and the back-office decision, through the real pipeline on a real SQLite file.</summary>
public sealed class HeldAnswersTests
{
    private const string SecondPrestatie = "/Bericht/Declaratie/Clienten/Client[1]/Prestaties/Prestatie[2]";

    [Fact]
    public async Task HoldCeiling_Over100Percent_325HeldAndNothingQueuedToTheHub()
    {
        await using var region = await CeilingRegion.StartAt96PercentAsync(CeilingPolicy.Hold, AntwoordBeleid.Direct);
        var t = region.Traffic;

        var (receipt, answer) = await region.DeclareAsync(region.Debit(3));

        Assert.Equal(InboundDisposition.Accepted, receipt.Disposition);
        Assert.Equal(MessageState.Held, answer.State);
        Assert.False(await region.QueuedToHubAsync(answer.Id));
        Assert.NotNull(await region.Gateway.Store.ReadPayloadAsync(answer.Id));
        var held = Assert.Single(await region.Held.ListAsync());
        Assert.Equal(answer.Id, held.AnswerMessageId);
        Assert.Equal(receipt.MessageId, held.DeclaratieMessageId);
        Assert.Equal((CeilingRegion.PerPrestatie, CeilingRegion.PerPrestatie), (held.Ingediend, held.Toegekend));
        Assert.Contains(held.Reasons, r => r.Contains(CeilingRegion.CeilingId, StringComparison.Ordinal));
        Assert.Equal(new DateOnly(2026, 11, 24), held.Deadline); // received Tuesday 10 November + 10 working days
        Assert.Equal(10, region.Held.WorkingDaysLeft(held));
        Assert.Contains(await region.Gateway.Store.GetTimelineAsync(receipt.MessageId), e => e.Type == MessageEventTypes.AnswerHeld);
        // Not granted yet: usage stays, the 100 % threshold is not signalled, and a credit finds no approved debit (TR323).
        Assert.Equal(2 * CeilingRegion.PerPrestatie, await region.UsedAsync());
        Assert.Equal([80], await region.ThresholdsAsync());
        await t.PrestatieRejectedAsync(region.Declaratie(region.Credit(3)), "C-3", "8017");
    }

    [Fact]
    public async Task Release_QueuesTheHeld325AsBuilt_AndGrantsLedgerAndUsage()
    {
        await using var region = await CeilingRegion.StartAt96PercentAsync(CeilingPolicy.Hold, AntwoordBeleid.Direct);
        var t = region.Traffic;
        var (receipt, answer) = await region.DeclareAsync(region.Debit(3));
        var built = await region.Gateway.Store.ReadPayloadAsync(answer.Id);

        var decision = await region.Held.ReleaseAsync(answer.Id, "anna");

        Assert.Equal(HeldAnswerDecisionKind.Done, decision.Kind);
        Assert.Equal(MessageState.Queued, (await region.Gateway.Store.GetMessageAsync(answer.Id))!.State);
        Assert.True(await region.QueuedToHubAsync(answer.Id));
        Assert.Equal(built, await region.Gateway.Store.ReadPayloadAsync(answer.Id));
        Assert.Empty(await region.Held.ListAsync());
        Assert.Equal(3 * CeilingRegion.PerPrestatie, await region.UsedAsync());
        Assert.Equal([80, 100], await region.ThresholdsAsync());
        var released = Assert.Single(await region.Gateway.Store.GetTimelineAsync(receipt.MessageId), e => e.Type == MessageEventTypes.AnswerReleased);
        Assert.Equal("anna", released.Actor);
        // Granted now: its credit is accepted and gives the usage back.
        await t.GrantedAsync(region.Declaratie(region.Credit(3)));
        Assert.Equal(2 * CeilingRegion.PerPrestatie, await region.UsedAsync());
    }

    [Fact]
    public async Task Replace_BackOffice325_DropsTheHeldOneAndTheLedgerFollowsIt()
    {
        await using var region = await CeilingRegion.StartAsync(CeilingPolicy.Hold, AntwoordBeleid.Direct);
        var t = region.Traffic;
        await t.GrantedAsync(region.Declaratie(region.Debit(1)));
        var declaratie = region.Declaratie(region.Debit(2), region.Debit(3));
        var receipt = await region.Gateway.ReceiveAsync(BerichtWriter.ToBytes(declaratie));
        var heldId = receipt.AnswerMessageId!.Value;
        Assert.Single(await region.Held.ListAsync());

        // The back office grants P-2 and rejects P-3.
        var own = await region.SubmitOwn325Async(heldId, declaratie, "/Bericht/Declaratie/Clienten/Client[2]/Prestaties/Prestatie[1]");

        Assert.True(own.Queued, own.Reason);
        Assert.True(await region.QueuedToHubAsync(own.MessageId));
        // It goes to the hub in a Du01 answering the 323's Di01, as the held one would have.
        var heen = (await region.Gateway.Store.GetMessageAsync(receipt.MessageId))!.Envelope!.Referentienummer;
        Assert.Equal(heen, (await region.Gateway.Store.GetMessageAsync(own.MessageId))!.Envelope!.CrossRefnummer);
        Assert.Equal(MessageState.Replaced, (await region.Gateway.Store.GetMessageAsync(heldId))!.State);
        Assert.False(await region.QueuedToHubAsync(heldId));
        Assert.Empty(await region.Held.ListAsync());
        Assert.Contains(await region.Gateway.Store.GetTimelineAsync(receipt.MessageId), e => e.Type == MessageEventTypes.AnswerReplaced);
        Assert.Equal(2 * CeilingRegion.PerPrestatie, await region.UsedAsync());
        await t.GrantedAsync(region.Declaratie(region.Credit(2)));
        await t.PrestatieRejectedAsync(region.Declaratie(region.Credit(3)), "C-3", "8017");
    }

    [Fact]
    public async Task SecondDecision_ReleaseThenReleaseOrReplace_Refused()
    {
        await using var region = await CeilingRegion.StartAt96PercentAsync(CeilingPolicy.Hold, AntwoordBeleid.Direct);
        var declaratie = region.Declaratie(region.Debit(3));
        var heldId = (await region.Gateway.ReceiveAsync(BerichtWriter.ToBytes(declaratie))).AnswerMessageId!.Value;
        Assert.Equal(HeldAnswerDecisionKind.Done, (await region.Held.ReleaseAsync(heldId, "anna")).Kind);

        var again = await region.Held.ReleaseAsync(heldId, "bert");
        var own = await region.SubmitOwn325Async(heldId, declaratie);

        Assert.Equal(HeldAnswerDecisionKind.AlreadyDecided, again.Kind);
        Assert.Contains("already decided (released by anna)", again.Message, StringComparison.Ordinal);
        Assert.False(own.Queued);
        Assert.Contains("already decided", own.Reason, StringComparison.Ordinal);
        Assert.Single(await region.Gateway.DeliveriesAsync(destination: DeliveryDestination.Hub), d => d.MessageId == heldId);
        Assert.Equal(3 * CeilingRegion.PerPrestatie, await region.UsedAsync());
    }

    [Fact]
    public async Task ConcurrentReleases_ExactlyOneWins()
    {
        await using var region = await CeilingRegion.StartAt96PercentAsync(CeilingPolicy.Hold, AntwoordBeleid.Direct);
        var (_, answer) = await region.DeclareAsync(region.Debit(3));

        var decisions = await Task.WhenAll(Enumerable.Range(0, 4).Select(i => region.Held.ReleaseAsync(answer.Id, "operator" + i)));

        Assert.Single(decisions, d => d.Kind == HeldAnswerDecisionKind.Done);
        Assert.Equal(3, decisions.Count(d => d.Kind == HeldAnswerDecisionKind.AlreadyDecided));
        Assert.Equal(3 * CeilingRegion.PerPrestatie, await region.UsedAsync());
    }

    [Fact]
    public async Task Release_OtherGemeente_NotFound()
    {
        await using var region = await CeilingRegion.StartAt96PercentAsync(CeilingPolicy.Hold, AntwoordBeleid.Direct);
        var (_, answer) = await region.DeclareAsync(region.Debit(3));

        var decision = await region.Held.ReleaseAsync(answer.Id, "amsterdam", ["0363"]);

        Assert.Equal(HeldAnswerDecisionKind.NotFound, decision.Kind);
        Assert.Empty(await region.Held.ListAsync(["0363"]));
        Assert.Single(await region.Held.ListAsync(["0344"]));
    }

    [Fact]
    public async Task HoldRejectedLines_325WithRejectedPrestatie_Held_FullyGrantedSentAtOnce()
    {
        await using var region = await CeilingRegion.StartAsync(CeilingPolicy.Warn, AntwoordBeleid.HoldRejectedLines);
        var t = region.Traffic;

        var (_, granted) = await region.DeclareAsync(region.Debit(1));
        var (_, rejecting) = await region.DeclareAsync(region.Debit(2), t.Prestatie("P-X", 5003, volume: 9));

        Assert.True(await region.QueuedToHubAsync(granted.Id));
        Assert.Equal(MessageState.Held, rejecting.State);
        var held = Assert.Single(await region.Held.ListAsync());
        Assert.Contains(held.Reasons, r => r.StartsWith("rejected lines", StringComparison.Ordinal));
        Assert.Equal(CeilingRegion.PerPrestatie, held.Toegekend);
        Assert.Equal(CeilingRegion.PerPrestatie, await region.UsedAsync());
        // The back office decides, so it gets the partly rejected 323 and the held 325.
        var toBackOffice = await region.Gateway.DeliveriesAsync(destination: DeliveryDestination.BackOffice(Traffic.Gemeente));
        Assert.Contains(toBackOffice, d => d.MessageId == held.DeclaratieMessageId);
        Assert.Contains(toBackOffice, d => d.MessageId == rejecting.Id);

        Assert.Equal(HeldAnswerDecisionKind.Done, (await region.Held.ReleaseAsync(rejecting.Id, "anna")).Kind);
        Assert.Equal(2 * CeilingRegion.PerPrestatie, await region.UsedAsync());
    }

    [Fact]
    public async Task Duplicate323_OfAHeldAnswer_DoesNotSendTheHeld325()
    {
        await using var region = await CeilingRegion.StartAt96PercentAsync(CeilingPolicy.Hold, AntwoordBeleid.HoldRejectedLines);
        var bytes = BerichtWriter.ToBytes(region.Declaratie(region.Debit(3)));
        var first = await region.Gateway.ReceiveAsync(bytes);

        var copy = await region.Gateway.ReceiveAsync(bytes);

        Assert.Equal(InboundDisposition.Duplicate, copy.Disposition);
        Assert.False(await region.QueuedToHubAsync(first.AnswerMessageId!.Value));
    }
}
