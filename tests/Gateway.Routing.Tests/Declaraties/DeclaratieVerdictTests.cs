using Gateway.Messages.Answers;
using Gateway.Messages.Model;
using Gateway.Messages.Standards;
using Gateway.Routing.Declaraties;
using Gateway.Routing.Ledger;

namespace Gateway.Routing.Tests.Declaraties;

public sealed class DeclaratieVerdictTests
{
    // Client 1: P-1 debit 480,00 and P-2 credit 120,00; client 2: P-3 debit 300,00.
    private static readonly Bericht323 Declaratie = Build();

    [Fact]
    public void Of_Accepted_EveryPrestatieGranted()
    {
        var verdict = DeclaratieVerdict.Of(Declaratie, MessageOutcome.Accepted());

        Assert.All(verdict.Prestaties, p => Assert.Equal(PrestatieJudgement.Granted, p.Judgement));
        Assert.True(verdict.GrantsAny);
        Assert.True(verdict.AnswersPerPrestatie);
        Assert.False(verdict.RejectsLines);
        Assert.Equal((66_000L, 66_000L), (verdict.Ingediend, verdict.Toegekend));
        Assert.Equal(new LedgerParties(Standard.Iwmo, "0344", "41101234"), verdict.Parties);
        Assert.Equal("D2026A", verdict.DeclaratieNummer);
    }

    [Fact]
    public void Of_NoOutcome_SameAsAccepted() =>
        Assert.Equal(Judgements(DeclaratieVerdict.Of(Declaratie, MessageOutcome.Accepted())), Judgements(DeclaratieVerdict.Of(Declaratie, null)));

    [Fact]
    public void Of_OnePrestatieRejected_OnlyThatPrestatieRejected()
    {
        var verdict = DeclaratieVerdict.Of(Declaratie, MessageOutcome.RejectedClass(DeclaratieVerdict.PrestatiePath(1, 1), "9338"));

        Assert.Equal(
            [("P-1", PrestatieJudgement.Rejected), ("P-2", PrestatieJudgement.Granted), ("P-3", PrestatieJudgement.Granted)],
            Judgements(verdict));
        Assert.False(verdict.Clienten[0].IsRejected);
        Assert.True(verdict.RejectsLines);
        Assert.True(verdict.GrantsAny);
        Assert.Equal(1, verdict.RejectedClasses);
        Assert.Equal(-12_000 + 30_000, verdict.Toegekend);
    }

    [Fact]
    public void Of_ClientRejected_AllItsPrestatiesRejectedWithIt()
    {
        var verdict = DeclaratieVerdict.Of(Declaratie, MessageOutcome.RejectedClass(DeclaratieVerdict.ClientPath(1), "8187"));

        Assert.Equal(
            [("P-1", PrestatieJudgement.RejectedWithClient), ("P-2", PrestatieJudgement.RejectedWithClient), ("P-3", PrestatieJudgement.Granted)],
            Judgements(verdict));
        Assert.Equal([true, false], verdict.Clienten.Select(c => c.IsRejected));
        Assert.Equal(1, verdict.RejectedClasses);
        Assert.Equal(30_000, verdict.Toegekend);
    }

    [Fact]
    public void Of_ClientAndOneOfItsPrestatiesRejected_ThePrestatiesOwnCodeCounts()
    {
        var verdict = DeclaratieVerdict.Of(Declaratie, MessageOutcome.RejectedClasses(
            [new(DeclaratieVerdict.ClientPath(1), "8187"), new(DeclaratieVerdict.PrestatiePath(1, 2), "9389")]));

        Assert.Equal(
            [("P-1", PrestatieJudgement.RejectedWithClient), ("P-2", PrestatieJudgement.Rejected), ("P-3", PrestatieJudgement.Granted)],
            Judgements(verdict));
        Assert.Equal(2, verdict.RejectedClasses);
    }

    [Fact]
    public void Of_EveryPrestatieRejected_AnswersPerPrestatieButGrantsNothing()
    {
        var verdict = DeclaratieVerdict.Of(Declaratie, MessageOutcome.RejectedClasses(
            [new(DeclaratieVerdict.ClientPath(1), "8187"), new(DeclaratieVerdict.PrestatiePath(2, 1), "9338")]));

        Assert.False(verdict.GrantsAny);
        Assert.True(verdict.AnswersPerPrestatie);
        Assert.True(verdict.RejectsLines);
        Assert.Equal(0, verdict.Toegekend);
        Assert.Empty(verdict.GrantedAmounts());
    }

    [Fact]
    public void Of_DeclaratieRejected_WholeDeclarationRejected()
    {
        var verdict = DeclaratieVerdict.Of(Declaratie, MessageOutcome.RejectedClass(DeclaratieVerdict.DeclaratiePath, "9333"));

        Assert.True(verdict.IsRejected);
        Assert.False(verdict.AnswersPerPrestatie);
        Assert.False(verdict.GrantsAny);
        Assert.False(verdict.RejectsLines);
        Assert.All(verdict.Prestaties, p => Assert.Equal(PrestatieJudgement.RejectedWithDeclaratie, p.Judgement));
        Assert.All(verdict.Clienten, c => Assert.False(c.IsRejected));
        Assert.Equal((66_000L, 0L), (verdict.Ingediend, verdict.Toegekend));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Of_RejectedAtLevel2OrHeader_WholeDeclarationRejected(bool level2)
    {
        var verdict = DeclaratieVerdict.Of(Declaratie, level2 ? MessageOutcome.RejectedAtLevel2() : MessageOutcome.Rejected("9056"));

        Assert.True(verdict.IsRejected);
        Assert.All(verdict.Prestaties, p => Assert.Equal(PrestatieJudgement.RejectedWithDeclaratie, p.Judgement));
    }

    [Fact]
    public void GrantedAmounts_CreditLine_SignedNegativeWithItsProduct()
    {
        var verdict = DeclaratieVerdict.Of(Declaratie, MessageOutcome.RejectedClass(DeclaratieVerdict.PrestatiePath(1, 1), "9338"));

        var amounts = verdict.GrantedAmounts().ToList();

        Assert.Equal([-12_000L, 30_000L], amounts.Select(a => a.Bedrag));
        var credit = amounts[0];
        Assert.Equal((Standard.Iwmo, "0344", "41101234", "02", "02A01", new DateOnly(2026, 10, 1)),
            (credit.Standard, credit.Gemeentecode, credit.Aanbieder, credit.Categorie, credit.Code, credit.ProductPeriodeBegin));
    }

    [Fact]
    public void JudgementOf_UnknownReferentie_Null()
    {
        var verdict = DeclaratieVerdict.Of(Declaratie, null);

        Assert.Equal(PrestatieJudgement.Granted, verdict.JudgementOf("P-2"));
        Assert.Null(verdict.JudgementOf("P-9"));
    }

    public static TheoryData<string[]> Outcomes() => new()
    {
        Array.Empty<string>(),
        new[] { DeclaratieVerdict.PrestatiePath(1, 2) },
        new[] { DeclaratieVerdict.ClientPath(2) },
        new[] { DeclaratieVerdict.ClientPath(1), DeclaratieVerdict.PrestatiePath(1, 1) },
        new[] { DeclaratieVerdict.DeclaratiePath },
    };

    [Theory]
    [MemberData(nameof(Outcomes))]
    public void OfHeld325_TheGatewaysOwn325_SameVerdictAsTheChecks(string[] rejectedPaths)
    {
        var outcome = rejectedPaths.Length == 0 ? MessageOutcome.Accepted() : MessageOutcome.RejectedClasses(rejectedPaths.Select(p => new ClassRejection(p, "9338")));
        var checks = DeclaratieVerdict.Of(Declaratie, outcome);
        var antwoord = new DeclaratieAntwoordBuilder(TimeProvider.System, new FixedIdentificatie()).Build(Declaratie, outcome, Declaratie.Header.XsdVersie);

        var read = DeclaratieVerdict.Of(Held(), Recorded(checks), antwoord);

        Assert.Equal(Judgements(checks), Judgements(read));
        Assert.Equal(checks.IsRejected, read.IsRejected);
        Assert.Equal(checks.Toegekend, read.Toegekend);
        Assert.Equal(checks.Clienten.Select(c => c.IsRejected), read.Clienten.Select(c => c.IsRejected));
    }

    [Fact]
    public void OfHeld325_PrestatieTheChecksRejected_StaysRejectedThoughThe325DoesNotListIt()
    {
        var checks = DeclaratieVerdict.Of(Declaratie, MessageOutcome.RejectedClass(DeclaratieVerdict.PrestatiePath(1, 1), "9338"));
        var grantsAll = new DeclaratieAntwoordBuilder(TimeProvider.System, new FixedIdentificatie()).Build(Declaratie, MessageOutcome.Accepted(), Declaratie.Header.XsdVersie);

        var read = DeclaratieVerdict.Of(Held(), Recorded(checks), grantsAll);

        Assert.Equal(PrestatieJudgement.Rejected, read.JudgementOf("P-1"));
        Assert.Equal(PrestatieJudgement.Granted, read.JudgementOf("P-3"));
    }

    private static (string, PrestatieJudgement)[] Judgements(DeclaratieVerdict verdict) =>
        [.. verdict.Prestaties.Select(p => (p.ReferentieNummer, p.Judgement))];

    private static HeldAnswer Held() =>
        new(2, 1, Standard.Iwmo, "0344", "41101234", "D2026A", 66_000, 0, ["test"], new DateOnly(2026, 11, 3), new DateOnly(2026, 11, 17));

    /// <summary>The ledger rows of a held 323: what the checks granted is submitted, what they rejected is rejected.</summary>
    private static LedgerPrestatie[] Recorded(DeclaratieVerdict checks) =>
        [.. Declaratie.Declaratie.Clienten.SelectMany((client, c) => client.Prestaties.Select((p, i) => new LedgerPrestatie(
            checks.Parties, "client-" + c, "D2026A", p.ProductReferentie.ReferentieNummer, null, p.ToewijzingNummer,
            new Product(p.ProductCategorie, p.ProductCode), p.ProductPeriode, p.GeleverdVolume, p.Eenheid, p.ProductTarief,
            p.IngediendBedrag.Bedrag, p.IngediendBedrag.DebetCredit,
            checks.Clienten[c].Prestaties[i].IsGranted || checks.IsRejected ? PrestatieStatus.Submitted : PrestatieStatus.Rejected, 1)))];

    private static Bericht323 Build() => new()
    {
        Standard = Standard.Iwmo,
        Header = new Header
        {
            BerichtCode = "440",
            Afzender = "41101234",
            Ontvanger = "0344",
            BerichtIdentificatie = new BerichtIdentificatie("D1", new DateOnly(2026, 11, 3)),
            XsdVersie = new XsdVersie("1.0.0", "1.0.0"),
        },
        Declaratie = new Declaratie
        {
            DeclaratieNummer = "D2026A",
            DeclaratiePeriode = new GeslotenPeriode(new DateOnly(2026, 10, 1), new DateOnly(2026, 10, 31)),
            DeclaratieDagtekening = new DateOnly(2026, 11, 3),
            TotaalIngediendBedrag = new TotaalBedragMetDC(66_000, "D"),
            Clienten =
            [
                new DeclaratieClient { Bsn = "999990019", Prestaties = [Prestatie("P-1", 48_000, "D"), Prestatie("P-2", 12_000, "C")] },
                new DeclaratieClient { Bsn = "999990020", Prestaties = [Prestatie("P-3", 30_000, "D")] },
            ],
        },
    };

    private static Prestatie Prestatie(string referentie, long bedrag, string debetCredit) => new()
    {
        ProductReferentie = new Referentie(referentie),
        ToewijzingNummer = 5001,
        ProductCategorie = "02",
        ProductCode = "02A01",
        ProductPeriode = new GeslotenPeriode(new DateOnly(2026, 10, 1), new DateOnly(2026, 10, 31)),
        GeleverdVolume = bedrag / 6000,
        Eenheid = "04",
        ProductTarief = 6000,
        IngediendBedrag = new BedragMetDC(bedrag, debetCredit),
    };

    private sealed class FixedIdentificatie : IIdentificatieGenerator
    {
        public string Next(MessageCode message) => "GW00000001";
    }
}
