using Gateway.Messages.Model;
using Gateway.Routing.Figures;

namespace Gateway.Routing.Tests.Figures;

public sealed class FigureDecisionTests
{
    [Fact]
    public void Of_ListedPrestaties_OwnCodesElseTheirClientsUnlistedGranted()
    {
        var decision = FigureDecision.Of(Answer(["0200"],
            Client(["0200"], Prestatie("P-1", "9321")),
            Client(["9304"], Prestatie("P-2", "0233"))));

        Assert.Equal([new FigureReason("9321", FigureReason.BackOffice)], decision.RejectionOf("P-1"));
        Assert.Equal([new FigureReason("9304", FigureReason.BackOffice)], decision.RejectionOf("P-2"));
        Assert.Null(decision.RejectionOf("P-3"));
    }

    [Fact]
    public void Of_DeclaratieAntwoordWithout0200Or8001_EveryPrestatieRejectedForItsCodes()
    {
        var decision = FigureDecision.Of(Answer(["8152"]));

        Assert.Equal([new FigureReason("8152", FigureReason.BackOffice)], decision.RejectionOf("P-anything"));
    }

    private static Bericht325 Answer(IReadOnlyList<string> codes, params DeclaratieClient[] clienten) => new()
    {
        Standard = Messages.Standards.Standard.Iwmo,
        Header = new DeclaratieAntwoordHeader
        {
            BerichtCode = "441",
            Afzender = "0344",
            Ontvanger = "41101234",
            BerichtIdentificatie = new BerichtIdentificatie("A1", new DateOnly(2026, 11, 12)),
            XsdVersie = new XsdVersie("1.0.0", "1.0.0"),
            DeclaratieIdentificatie = new BerichtIdentificatie("D1", new DateOnly(2026, 11, 3)),
            XsdVersieDeclaratie = new XsdVersie("1.0.0", "1.0.0"),
            RetourCodes = ["0200"],
        },
        DeclaratieAntwoord = new DeclaratieAntwoord
        {
            DeclaratieNummer = "D1",
            TotaalIngediendBedrag = new TotaalBedragMetDC(96000, "D"),
            TotaalToegekendBedrag = new TotaalBedragMetDC(0, "D"),
            Clienten = clienten.Length == 0 ? null : clienten,
            RetourCodes = codes,
        },
    };

    private static DeclaratieClient Client(IReadOnlyList<string> codes, params Prestatie[] prestaties) => new() { Bsn = "999990184", Prestaties = prestaties, RetourCodes = codes };

    private static Prestatie Prestatie(string referentie, string code) => new()
    {
        ProductReferentie = new Referentie(referentie),
        ToewijzingNummer = 5001,
        ProductCategorie = "02",
        ProductCode = "02A01",
        ProductPeriode = new GeslotenPeriode(new DateOnly(2026, 10, 1), new DateOnly(2026, 10, 31)),
        GeleverdVolume = 8,
        Eenheid = "04",
        ProductTarief = 6000,
        IngediendBedrag = new BedragMetDC(48000, "D"),
        RetourCodes = [code],
    };
}
