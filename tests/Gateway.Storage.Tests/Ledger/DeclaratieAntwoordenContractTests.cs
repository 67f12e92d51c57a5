using Gateway.Messages.Standards;
using Gateway.Routing.Declaraties;
using Gateway.Routing.Store;
using Gateway.Storage.Ledger;
using Gateway.Storage.Relational;
using Gateway.Storage.Tests.Support;

namespace Gateway.Storage.Tests.Ledger;

/// <summary>Ceiling usage, thresholds and held 325s on a real store (migration 4), run on every database (a subclass per store).</summary>
public abstract class DeclaratieAntwoordenContractTests() : StoreSuite(new DateTimeOffset(2026, 11, 10, 9, 0, 0, TimeSpan.Zero))
{
    private RelationalDeclaratieAntwoorden _answers = null!;

    private protected override void Opened()
    {
        _answers = new RelationalDeclaratieAntwoorden(Store);
    }

    [Fact]
    public async Task Usage_AddsUpPerCeilingAndYear_ThresholdRecordedOnce()
    {
        await using (var tx = await Store.BeginAsync())
        {
            Assert.Equal(48_000, await _answers.AddCeilingUsageAsync(tx, "PL-1", 2026, 48_000));
            Assert.Equal(96_000, await _answers.AddCeilingUsageAsync(tx, "PL-1", 2026, 48_000));
            Assert.Equal(86_000, await _answers.AddCeilingUsageAsync(tx, "PL-1", 2026, -10_000));
            Assert.Equal(5, await _answers.AddCeilingUsageAsync(tx, "PL-1", 2027, 5));
            Assert.True(await _answers.MarkThresholdReachedAsync(tx, "PL-1", 2026, 80, 7));
            Assert.False(await _answers.MarkThresholdReachedAsync(tx, "PL-1", 2026, 80, 9));
            Assert.Equal(86_000, await _answers.CeilingUsageAsync(tx, "PL-1", 2026));
            Assert.Equal(0, await _answers.CeilingUsageAsync(tx, "PL-2", 2026));
            await tx.CommitAsync();
        }

        var usage = await _answers.ListCeilingUsageAsync();
        Assert.Equal(["PL-1 2026 86000 80", "PL-1 2027 5 "], usage.Select(u => $"{u.CeilingId} {u.Jaar} {u.Used} {string.Join(",", u.ThresholdsReached)}"));
    }

    [Fact]
    public async Task Decide_CompareAndSet_OnlyTheFirstDecisionHolds()
    {
        var answerId = await HoldAsync();

        await using var tx = await Store.BeginAsync();
        Assert.True(await _answers.DecideAsync(tx, answerId, HeldAnswerState.Released, "anna"));
        Assert.False(await _answers.DecideAsync(tx, answerId, HeldAnswerState.Replaced, "bert"));
        var held = await _answers.HeldAnswerAsync(tx, answerId);
        Assert.Equal((HeldAnswerState.Released, "anna"), (held!.State, held.DecidedBy));
        await tx.CommitAsync();
        Assert.Empty(await _answers.ListHeldAsync());
    }

    [Fact]
    public async Task Retention_KeepsTheBytesOfAHeld325_UntilDecided()
    {
        var answerId = await HoldAsync();
        Time.Advance(TimeSpan.FromDays(120));
        var policy = new RetentionPolicy(TimeSpan.FromDays(90), TimeSpan.FromDays(400));

        await Store.SweepRetentionAsync(policy);
        Assert.NotNull(await Store.ReadPayloadAsync(answerId));

        await using (var tx = await Store.BeginAsync())
        {
            await _answers.DecideAsync(tx, answerId, HeldAnswerState.Replaced, "anna");
            await tx.CommitAsync();
        }

        await Store.SweepRetentionAsync(policy);
        Assert.Null(await Store.ReadPayloadAsync(answerId));
    }

    private async Task<long> HoldAsync()
    {
        await using var tx = await Store.BeginAsync();
        var declaratieId = await tx.InsertMessageAsync(Some.Heen(code: MessageCode.Declaratie));
        var answerId = await tx.InsertMessageAsync(Some.Heen(code: MessageCode.DeclaratieAntwoord) with { State = MessageState.Held, CorrelatesTo = declaratieId });
        await _answers.HoldAsync(tx, new HeldAnswer(
            answerId, declaratieId, Standard.Ijw, "0363", "41101234", "D1", 48_000, 0, ["rejected lines: 1 client(s)/prestatie(s) rejected"],
            new DateOnly(2026, 11, 10), new DateOnly(2026, 11, 24)));
        await tx.CommitAsync();
        return answerId;
    }
}
