using Gateway.Messages.Answers;
using Gateway.Messages.Model;
using Gateway.Messages.Standards;
using Gateway.Routing.Declaraties;
using Gateway.Routing.Figures;
using Gateway.Routing.Pipeline;
using Gateway.Storage.Figures;
using Gateway.Storage.Relational;
using Gateway.Storage.Tests.Support;

namespace Gateway.Storage.Tests.Figures;

/// <summary>
/// The figures' facts read back from a real store, written as the pipeline writes them (ledger, recorder), run on every
/// database (a subclass per store). The clock starts at 21:30 UTC on 30 September: 23:30 in Amsterdam, still September there.
/// </summary>
public abstract class FigureSourceContractTests() : StoreSuite(new DateTimeOffset(2026, 9, 30, 21, 30, 0, TimeSpan.Zero))
{
    private static readonly DateOnly Oktober = new(2026, 10, 1);
    private static readonly FigureScope Kwartaal = new(Oktober, new DateOnly(2026, 12, 31), ["0344"]);

    private RelationalFigureSource _source = null!;
    private LedgerFacts _facts = null!;

    private protected override void Opened()
    {
        _source = new RelationalFigureSource(Store);
        _facts = new LedgerFacts(Store, Time);
    }

    [Fact]
    public async Task Toewijzingen_NewestVersionOverlappingTheScope_DeletedEndedLaterAndOtherGemeentenLeftOut()
    {
        var first = await _facts.ApplyAsync(_facts.Bericht301(
            "0344",
            LedgerFacts.Toewijzing(5001, Oktober, Oktober, new DateOnly(2027, 9, 30)),
            LedgerFacts.Toewijzing(5002, Oktober, Oktober, new DateOnly(2027, 9, 30)),
            LedgerFacts.Toewijzing(5003, Oktober, new DateOnly(2027, 1, 1), new DateOnly(2027, 12, 31)),
            LedgerFacts.Toewijzing(5004, new DateOnly(2026, 1, 1), new DateOnly(2026, 1, 1), new DateOnly(2026, 9, 30))));
        Time.Advance(TimeSpan.FromDays(1));
        await _facts.ApplyAsync(_facts.Bericht301(
            "0344",
            LedgerFacts.Toewijzing(5001, Oktober.AddDays(1), Oktober, new DateOnly(2026, 12, 31), volume: 6),
            LedgerFacts.Toewijzing(5002, Oktober.AddDays(1), Oktober, Oktober, reden: "13")));
        await _facts.ApplyAsync(_facts.Bericht301("0363", LedgerFacts.Toewijzing(5005, Oktober, Oktober, einde: null)));

        var fact = Assert.Single(await _source.ToewijzingenAsync(Kwartaal).ToListAsync());

        Assert.Equal((Standard.Iwmo, "0344", LedgerFacts.Aanbieder, 5001L), (fact.Standard, fact.Gemeentecode, fact.Aanbieder, fact.ToewijzingNummer));
        Assert.Equal((new DateOnly(2026, 12, 31), 6L), (fact.Einddatum, fact.Omvang?.Volume));
        Assert.Equal((Oktober, first), (fact.FirstToewijzingsdatum, fact.ReceivedAt));
        Assert.Equal(new Product("02", "02A01"), fact.Product);
        Assert.Equal(await _facts.ClientIdAsync(), fact.ClientId);
        Assert.Null(fact.ReferentieAanbieder);
        Assert.Equal([5001L, 5005L], await Nummers(Kwartaal with { Gemeentecodes = [] }));
        Assert.Equal([5003L, 5005L], await Nummers(new FigureScope(new DateOnly(2027, 1, 1), new DateOnly(2027, 1, 31), [])));
    }

    [Fact]
    public async Task StartsAndStops_LastLineOfAKeyDecides_StatusThreeRemovesAndTheFirstLineGivesTheReceipt()
    {
        var started = await _facts.ApplyAsync(_facts.Bericht305(LedgerFacts.Start(5001, new DateOnly(2026, 10, 5)), LedgerFacts.Start(5002, new DateOnly(2026, 10, 6))));
        Time.Advance(TimeSpan.FromDays(1));
        await _facts.ApplyAsync(_facts.Bericht305(LedgerFacts.Start(5001, new DateOnly(2026, 10, 5))));
        await _facts.ApplyAsync(_facts.Bericht305(LedgerFacts.Start(5002, new DateOnly(2026, 10, 6), status: "3"), LedgerFacts.Start(5003, new DateOnly(2027, 1, 5))));
        Time.Advance(TimeSpan.FromDays(30));
        var stopped = await _facts.ApplyAsync(_facts.Bericht307(
            LedgerFacts.Stop(5001, new DateOnly(2026, 10, 5), "20", new DateOnly(2026, 11, 1)),
            LedgerFacts.Stop(5001, new DateOnly(2026, 10, 5), "02", new DateOnly(2026, 12, 15))));
        await _facts.ApplyAsync(_facts.Bericht307(LedgerFacts.Stop(5001, new DateOnly(2026, 10, 5), "02", new DateOnly(2026, 12, 15), status: "3")));

        var start = Assert.Single(await _source.StartsAsync(Kwartaal).ToListAsync());
        var stop = Assert.Single(await _source.StopsAsync(Kwartaal).ToListAsync());

        Assert.Equal((5001L, new DateOnly(2026, 10, 5), started), (start.ToewijzingNummer, start.Begindatum, start.ReceivedAt));
        Assert.Equal(await _facts.ClientIdAsync(), start.ClientId);
        Assert.Equal((new DateOnly(2026, 10, 5), new DateOnly(2026, 11, 1), stopped), (stop.Begindatum, stop.Einddatum, stop.ReceivedAt));
        Assert.True(stop.IsTemporary);
        Assert.Single(await _source.StartsAsync(new FigureScope(new DateOnly(2027, 1, 1), new DateOnly(2027, 1, 31), [])).ToListAsync());
        Assert.Empty(await _source.StopsAsync(new FigureScope(new DateOnly(2026, 12, 1), new DateOnly(2026, 12, 31), [])).ToListAsync());
        Assert.Empty(await _source.StartsAsync(Kwartaal with { Gemeentecodes = ["0363"] }).ToListAsync());
    }

    [Fact]
    public async Task Verzoeken_ReceivedOnADutchDayOfTheScope_WithTheFirstHonouring301AndEvery319()
    {
        await _facts.ApplyAsync(_facts.Bericht315("R-0"));
        Time.Advance(TimeSpan.FromHours(2));
        var received = await _facts.ApplyAsync(_facts.Bericht315("R-1"));
        Time.Advance(TimeSpan.FromDays(1));
        var onderzoek = await _facts.ApplyAsync(_facts.Bericht319("R-1", "2"));
        Time.Advance(TimeSpan.FromDays(1));
        var honoured = await _facts.ApplyAsync(_facts.Bericht301("0344", LedgerFacts.Toewijzing(5001, Oktober, Oktober, null, referentie: "R-1")));
        Time.Advance(TimeSpan.FromDays(1));
        await _facts.ApplyAsync(_facts.Bericht301("0344", LedgerFacts.Toewijzing(5001, Oktober.AddDays(3), Oktober, null, volume: 4, referentie: "R-1")));
        var open = await _facts.ApplyAsync(_facts.Bericht315("R-2"));

        var verzoeken = (await _source.VerzoekenAsync(new FigureScope(Oktober, new DateOnly(2026, 10, 31), [])).ToListAsync()).OrderBy(v => v.ReceivedAt).ToList();

        Assert.Equal(2, verzoeken.Count);
        Assert.Equal((MessageCode.VerzoekOmToewijzing, received, honoured), (verzoeken[0].Bericht, verzoeken[0].ReceivedAt, verzoeken[0].FirstToewijzingAt));
        Assert.Equal([("2", (DateTimeOffset?)onderzoek)], verzoeken[0].Antwoorden);
        Assert.Equal(await _facts.ClientIdAsync(), verzoeken[0].ClientId);
        Assert.Equal((open, (DateTimeOffset?)null), (verzoeken[1].ReceivedAt, verzoeken[1].FirstToewijzingAt));
        Assert.Empty(verzoeken[1].Antwoorden);
    }

    [Fact]
    public async Task Prestaties_JudgedHeldAndDecided_StateReasonsAndAnswerTimeAsRecorded()
    {
        var recorder = new RelationalFigureRecorder();
        var oktober = Declaratie("D-1", Oktober, ("P-1", "D"), ("P-2", "D"));
        var november = Declaratie("D-2", new DateOnly(2026, 11, 1), ("P-3", "D"), ("C-2", "C"));
        var september = Declaratie("D-3", new DateOnly(2026, 9, 1), ("P-0", "D"));
        var answered = await RecordAsync(recorder, 1, oktober, new ClassRejection(PathOf(1, 2), "9338"), new FigureReason("9338", "TR338"), held: false);
        await RecordAsync(recorder, 2, november, new ClassRejection(PathOf(1, 2), "8017"), new FigureReason("8017", "TR323"), held: true);
        await RecordAsync(recorder, 3, september, null, null, held: false);

        // P-1, P-2 (October); P-3, C-2 (November); September is out of scope.
        var before = await PrestatiesAsync();

        Assert.Equal(4, before.Count);
        Assert.Equal((FigureState.Granted, answered, 48000L), (before[0].State, before[0].AnsweredAt, before[0].Bedrag));
        Assert.Equal((FigureState.Rejected, answered), (before[1].State, before[1].AnsweredAt));
        Assert.Equal([new FigureReason("9338", "TR338")], before[1].Reasons);
        Assert.All(before[2..], p => Assert.Equal((FigureState.Held, (DateTimeOffset?)null), (p.State, p.AnsweredAt)));
        Assert.All(before[2..], p => Assert.Empty(p.Reasons));
        Assert.Equal(-48000L, before[3].Bedrag);
        Assert.Equal(await _facts.ClientIdAsync(), before[0].ClientId);
        Assert.Equal((2L, new DateOnly(2026, 11, 30), 8L, "04"), (before[2].DeclaratieMessageId, before[2].PeriodeEinde, before[2].GeleverdVolume, before[2].Eenheid));

        // The back office's 325 rejects P-3 (9321) and lists C-2 with the code the checks gave it.
        Time.Advance(TimeSpan.FromDays(3));
        var own = new DeclaratieAntwoordBuilder(Time, new ClockIdentificatieGenerator(Time)).Build(
            november,
            MessageOutcome.RejectedClasses([new ClassRejection(PathOf(1, 1), "9321"), new ClassRejection(PathOf(1, 2), "8017")]),
            november.Header.XsdVersie);
        await using (var tx = await Store.BeginAsync())
        {
            await recorder.DecideAsync(tx, 2, FigureDecision.Of(own));
            await tx.CommitAsync();
        }

        var after = await PrestatiesAsync();
        Assert.Equal((FigureState.Rejected, Time.GetUtcNow()), (after[2].State, after[2].AnsweredAt));
        Assert.Equal([new FigureReason("9321", FigureReason.BackOffice)], after[2].Reasons);
        Assert.Equal([new FigureReason("8017", "TR323")], after[3].Reasons);
        Assert.Equal(before[..2].Select(Shown), after[..2].Select(Shown));
    }

    private async Task<List<long>> Nummers(FigureScope scope) =>
        [.. (await _source.ToewijzingenAsync(scope).ToListAsync()).Select(t => t.ToewijzingNummer).Order()];

    private async Task<List<PrestatieFact>> PrestatiesAsync() =>
        [.. (await _source.PrestatiesAsync(new FigureScope(Oktober, new DateOnly(2026, 11, 30), ["0344"])).ToListAsync())
            .OrderBy(p => p.DeclaratieMessageId).ThenBy(p => p.State).ThenBy(p => p.Bedrag < 0)];

    private static string Shown(PrestatieFact p) => $"{p.State} {p.AnsweredAt} {string.Join(",", p.Reasons)}";

    /// <summary>Records a 323 as the pipeline judged it: the prestatie <paramref name="rejected"/> names rejected for <paramref name="reason"/>.</summary>
    private async Task<DateTimeOffset> RecordAsync(RelationalFigureRecorder recorder, long messageId, Bericht323 declaratie, ClassRejection? rejected, FigureReason? reason, bool held)
    {
        var verdict = DeclaratieVerdict.Of(declaratie, rejected is null ? MessageOutcome.Accepted() : MessageOutcome.RejectedClasses([rejected]));
        IReadOnlyList<IReadOnlyList<FigureReason>> reasons = [.. verdict.Prestaties.Select(p => p.IsGranted ? [] : (IReadOnlyList<FigureReason>)[reason!])];
        await using var tx = await Store.BeginAsync();
        Assert.Equal(messageId, await tx.InsertMessageAsync(Some.Heen()));
        await recorder.RecordAsync(tx, new JudgedDeclaratie(messageId, declaratie, verdict, reasons, held));
        await tx.CommitAsync();
        return Time.GetUtcNow();
    }

    private static string PathOf(int client, int prestatie) => DeclaratieVerdict.PrestatiePath(client, prestatie);

    private static Bericht323 Declaratie(string nummer, DateOnly maand, params (string Referentie, string DebetCredit)[] prestaties) => new()
    {
        Standard = Standard.Iwmo,
        Header = new Header
        {
            BerichtCode = "440",
            Afzender = LedgerFacts.Aanbieder,
            Ontvanger = LedgerFacts.Gemeente,
            BerichtIdentificatie = new BerichtIdentificatie(nummer, new DateOnly(2026, 12, 3)),
            XsdVersie = new XsdVersie("1.0.0", "1.0.0"),
        },
        Declaratie = new Declaratie
        {
            DeclaratieNummer = nummer,
            DeclaratiePeriode = new GeslotenPeriode(maand, maand.AddMonths(1).AddDays(-1)),
            DeclaratieDagtekening = new DateOnly(2026, 12, 3),
            TotaalIngediendBedrag = new TotaalBedragMetDC(0, "D"),
            Clienten =
            [
                new DeclaratieClient
                {
                    Bsn = LedgerFacts.Bsn,
                    Prestaties = [.. prestaties.Select(p => new Prestatie
                    {
                        ProductReferentie = new Referentie(p.Referentie, p.DebetCredit == "C" ? "P-2" : null),
                        ToewijzingNummer = 5001,
                        ProductCategorie = "02",
                        ProductCode = "02A01",
                        ProductPeriode = new GeslotenPeriode(maand, maand.AddMonths(1).AddDays(-1)),
                        GeleverdVolume = 8,
                        Eenheid = "04",
                        ProductTarief = 6000,
                        IngediendBedrag = new BedragMetDC(48000, p.DebetCredit),
                    })],
                },
            ],
        },
    };
}
