using Gateway.Messages.Model;
using Gateway.Messages.Standards;
using Gateway.Routing.Contracts;
using Gateway.Routing.Declaraties;
using Gateway.Routing.Figures;
using Gateway.Routing.Tests.Declaraties;
using Gateway.Routing.Tests.Ledger;
using Gateway.Routing.Tests.Ledger.Rules;
using Gateway.Routing.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Gateway.Routing.Tests.Pipeline.Steps;

/// <summary>Every prestatie of a received 323 in the figures, through the real pipeline on a real SQLite file, read back by the store's figure source.</summary>
public sealed class RecordFiguresStepTests
{
    private static readonly FigureScope Oktober = new(new DateOnly(2026, 10, 1), new DateOnly(2026, 10, 31), [Traffic.Gemeente]);

    [Fact]
    public async Task WhollyRejectedAtLevel2_EveryPrestatieRejectedWith0001AndTheRule()
    {
        var (gateway, t) = await DeclaratieRulesTests.StartAsync(Standard.Iwmo);
        await using var _ = gateway;
        var bericht = t.Bericht323(t.Prestatie("P-1", 5001), t.Prestatie("P-2", 5002));
        bericht = bericht with { Declaratie = bericht.Declaratie with { TotaalIngediendBedrag = new TotaalBedragMetDC(1, "D") } };

        var answer = await t.DeclareAsync(bericht);
        var prestaties = await PrestatiesAsync(gateway);

        Assert.Equal(["0001"], answer.Header.RetourCodes);
        Assert.Equal([5001L, 5002L], prestaties.Select(p => p.ToewijzingNummer));
        Assert.All(prestaties, p => Assert.Equal((FigureState.Rejected, gateway.Time.GetUtcNow()), (p.State, p.AnsweredAt)));
        Assert.All(prestaties, p => Assert.Equal([new FigureReason("0001", "TR358")], p.Reasons));
        Assert.All(prestaties, p => Assert.Equal(48000L, p.Bedrag));
    }

    [Fact]
    public async Task OnePrestatieRejectedByALevel3Rule_ThatRuleAndRetourcode_TheOtherGranted()
    {
        var (gateway, t) = await DeclaratieRulesTests.StartAsync(Standard.Ijw);
        await using var _ = gateway;
        await t.SentAsync(t.Bericht301(Traffic.Bsn, t.Toewijzing(5001)));

        await t.PrestatieRejectedAsync(t.Bericht323(t.Prestatie("P-1", 5001), t.Prestatie("P-2", 5999)), "P-2", "9338");
        var prestaties = await PrestatiesAsync(gateway);

        Assert.Equal([(5001L, FigureState.Granted), (5999L, FigureState.Rejected)], prestaties.Select(p => (p.ToewijzingNummer, p.State)));
        Assert.Empty(prestaties[0].Reasons);
        Assert.Equal([new FigureReason("9338", "TR338")], prestaties[1].Reasons);
        Assert.Equal((Standard.Ijw, Traffic.Aanbieder, new Product("45", "45A48")), (prestaties[0].Standard, prestaties[0].Aanbieder, prestaties[0].Product));
        Assert.Equal(prestaties[0].ClientId, prestaties[1].ClientId);
        Assert.DoesNotContain(Traffic.Bsn, prestaties[0].ClientId, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Held325_HeldUntilReleased_ThenGrantedAnsweredAtTheRelease()
    {
        await using var region = await CeilingRegion.StartAt96PercentAsync(CeilingPolicy.Hold, AntwoordBeleid.Direct);
        var (receipt, answer) = await region.DeclareAsync(region.Debit(3));

        var held = Assert.Single(await PrestatiesAsync(region.Gateway), p => p.DeclaratieMessageId == receipt.MessageId);
        Assert.Equal((FigureState.Held, (DateTimeOffset?)null, region.Gateway.Time.GetUtcNow()), (held.State, held.AnsweredAt, held.ReceivedAt));
        region.Gateway.Time.Advance(TimeSpan.FromDays(2));
        await region.Held.ReleaseAsync(answer.Id, "anna");

        var prestaties = await PrestatiesAsync(region.Gateway);
        var released = Assert.Single(prestaties, p => p.DeclaratieMessageId == receipt.MessageId);
        Assert.Equal((FigureState.Granted, region.Gateway.Time.GetUtcNow()), (released.State, released.AnsweredAt));
        Assert.Equal(3, prestaties.Count(p => p.State == FigureState.Granted));
    }

    [Fact]
    public async Task Held325ReplacedByTheBackOffice_ItsRejectionsUnderBackoffice()
    {
        await using var region = await CeilingRegion.StartAsync(CeilingPolicy.Hold, AntwoordBeleid.Direct);
        await region.Traffic.GrantedAsync(region.Declaratie(region.Debit(1)));
        var declaratie = region.Declaratie(region.Debit(2), region.Debit(3));
        var receipt = await region.Gateway.ReceiveAsync(BerichtWriter.ToBytes(declaratie));
        Assert.All(await PrestatiesOfAsync(region.Gateway, receipt.MessageId), p => Assert.Equal(FigureState.Held, p.State));
        region.Gateway.Time.Advance(TimeSpan.FromHours(5));

        var own = await region.SubmitOwn325Async(receipt.AnswerMessageId!.Value, declaratie, "/Bericht/Declaratie/Clienten/Client[2]/Prestaties/Prestatie[1]");

        Assert.True(own.Queued, own.Reason);
        var prestaties = await PrestatiesOfAsync(region.Gateway, receipt.MessageId);
        Assert.Equal([(5002L, FigureState.Granted), (5003L, FigureState.Rejected)], prestaties.Select(p => (p.ToewijzingNummer, p.State)));
        Assert.Equal([new FigureReason("9321", FigureReason.BackOffice)], prestaties[1].Reasons);
        Assert.All(prestaties, p => Assert.Equal(region.Gateway.Time.GetUtcNow(), p.AnsweredAt));
    }

    [Fact]
    public async Task HeldWithEveryLineRejected_NotInTheLedgerButInTheFigures_RejectedForItsRuleOnceReleased()
    {
        await using var region = await CeilingRegion.StartAsync(CeilingPolicy.Hold, AntwoordBeleid.HoldRejectedLines);
        var receipt = await region.Gateway.ReceiveAsync(BerichtWriter.ToBytes(region.Traffic.Bericht323(region.Traffic.Prestatie("P-9", 5999))));
        var answer = (await region.Gateway.Store.GetMessageAsync(receipt.AnswerMessageId!.Value))!;
        Assert.Equal(Gateway.Routing.Store.MessageState.Held, answer.State);
        await using (var tx = await region.Gateway.Store.BeginAsync())
        {
            Assert.Empty(await region.Store.PrestatiesOfDeclaratieAsync(tx, receipt.MessageId));
        }

        Assert.Equal(FigureState.Held, Assert.Single(await PrestatiesAsync(region.Gateway)).State);
        await region.Held.ReleaseAsync(answer.Id, "anna");

        var released = Assert.Single(await PrestatiesAsync(region.Gateway));
        Assert.Equal((FigureState.Rejected, region.Gateway.Time.GetUtcNow()), (released.State, released.AnsweredAt));
        Assert.Equal([new FigureReason("9338", "TR338")], released.Reasons);
    }

    private static async Task<List<PrestatieFact>> PrestatiesOfAsync(TestGateway gateway, long declaratieMessageId) =>
        [.. (await PrestatiesAsync(gateway)).Where(p => p.DeclaratieMessageId == declaratieMessageId)];

    private static async Task<List<PrestatieFact>> PrestatiesAsync(TestGateway gateway) =>
        [.. (await gateway.Services.GetRequiredService<IFigureSource>().PrestatiesAsync(Oktober).ToListAsync()).OrderBy(p => p.DeclaratieMessageId).ThenBy(p => p.ToewijzingNummer)];
}
