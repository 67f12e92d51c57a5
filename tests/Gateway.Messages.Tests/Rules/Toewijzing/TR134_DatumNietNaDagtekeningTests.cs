using Gateway.Messages.Model;
using Gateway.Messages.Rules;
using Gateway.Messages.Tests.Support;
using static Gateway.Messages.Tests.Rules.Toewijzing.ProductEdits;

namespace Gateway.Messages.Tests.Rules.Toewijzing;

public sealed class TR134_DatumNietNaDagtekeningTests
{
    private readonly TR134_DatumNietNaDagtekening _rule = new();

    public static TheoryData<string> Samples() => new(
        "ijw/jw301-toewijzing.xml", "iwmo/wmo301-toewijzing.xml", "ijw/jw305-start.xml", "iwmo/wmo307-stop.xml",
        "ijw/jw315-verzoek-om-toewijzing.xml", "ijw/jw323-declaratie.xml", "iwmo/wmo323-declaratie.xml",
        "ijw/jw325-declaratie-antwoord-prestatie-afgewezen.xml");

    [Theory]
    [MemberData(nameof(Samples))]
    public void Check_ValidSample_ReportsNothing(string sample) =>
        Assert.Empty(_rule.Check(SampleMessages.Read<Bericht>(sample)));

    // Dagtekening of the 301 samples is 2026-08-26.
    [Fact]
    public void Check_ToewijzingsdatumOnDagtekening_ReportsNothing() =>
        Assert.Empty(_rule.Check(Toegewezen(WmoToewijzing, 1, p => p with { Toewijzingsdatum = new DateOnly(2026, 8, 26) })));

    [Fact]
    public void Check_ToewijzingsdatumAfterDagtekening_ReportsToewijzingsdatum()
    {
        var violation = Assert.Single(_rule.Check(Toegewezen(WmoToewijzing, 1, p => p with { Toewijzingsdatum = new DateOnly(2026, 8, 27) })));

        Assert.Equal(ToegewezenProductPath(1) + "/Toewijzingsdatum", violation.Path);
        Assert.Contains("2026-08-27", violation.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_IngangsdatumAndEinddatumInTheFuture_ReportsNothing() =>
        Assert.Empty(_rule.Check(Toegewezen(WmoToewijzing, 1, p => p with { Ingangsdatum = new DateOnly(2030, 1, 1), Einddatum = new DateOnly(2031, 1, 1) })));

    [Fact]
    public void Check_RelatieBornAfterDagtekening_ReportsTheRelatie()
    {
        var bericht = SampleMessages.Read<Bericht301>(JwToewijzing);
        var relatie = bericht.Client.Relaties![0] with { Geboortedatum = new Geboortedatum(new DateOnly(2026, 9, 1)) };
        bericht = bericht with { Client = bericht.Client with { Relaties = [relatie] } };

        Assert.Equal("/Bericht/Client/Relaties/Relatie[1]/Geboortedatum/Datum", Assert.Single(_rule.Check(bericht)).Path);
    }

    [Fact]
    public void Check_ClientOfVerzoekBornAfterDagtekening_Reports()
    {
        var bericht = SampleMessages.Read<Bericht315>(JwVerzoek);
        var dagtekening = bericht.Header.BerichtIdentificatie.Dagtekening;
        bericht = bericht with { Client = bericht.Client with { Geboortedatum = new Geboortedatum(dagtekening.AddDays(1)) } };

        Assert.Equal("/Bericht/Client/Geboortedatum/Datum", Assert.Single(_rule.Check(bericht)).Path);
    }

    [Fact]
    public void Check_StartAfterDagtekening_ReportsBegindatum()
    {
        var bericht = SampleMessages.Read<Bericht305>("ijw/jw305-start.xml");
        var starts = bericht.Client.StartProducten.ToList();
        starts[1] = starts[1] with { Begindatum = new DateOnly(2026, 9, 5) };
        bericht = bericht with { Client = bericht.Client with { StartProducten = starts } };

        Assert.Equal("/Bericht/Client/StartProducten/StartProduct[2]/Begindatum", Assert.Single(_rule.Check(bericht)).Path);
    }

    [Fact]
    public void Check_StopEndingAfterDagtekening_ReportsEinddatum()
    {
        var bericht = SampleMessages.Read<Bericht307>("iwmo/wmo307-stop.xml");
        var stop = bericht.Client.StopProducten[0] with { Einddatum = new DateOnly(2026, 11, 30) };
        bericht = bericht with { Client = bericht.Client with { StopProducten = [stop] } };

        Assert.Equal("/Bericht/Client/StopProducten/StopProduct[1]/Einddatum", Assert.Single(_rule.Check(bericht)).Path);
    }

    [Fact]
    public void Check_DeclaratieDagtekeningAfterDagtekening_ReportsNothingLikeTheXslt()
    {
        // The official level-2 XSLT of 3.2 does not apply TR134 to the DeclaratieDagtekening.
        var bericht = SampleMessages.Read<Bericht323>("ijw/jw323-declaratie.xml");
        bericht = bericht with { Declaratie = bericht.Declaratie with { DeclaratieDagtekening = new DateOnly(2026, 11, 4) } };

        Assert.Empty(_rule.Check(bericht));
    }

    [Fact]
    public void Check_StopBegindatumAfterDagtekening_ReportsNothingLikeTheXslt()
    {
        // The official level-2 XSLT of 3.2 checks only the Einddatum of a StopProduct.
        var bericht = SampleMessages.Read<Bericht307>("iwmo/wmo307-stop.xml");
        var dagtekening = bericht.Header.BerichtIdentificatie.Dagtekening;
        var stop = bericht.Client.StopProducten[0] with { Begindatum = dagtekening.AddDays(1), Einddatum = dagtekening };
        bericht = bericht with { Client = bericht.Client with { StopProducten = [stop] } };

        Assert.Empty(_rule.Check(bericht));
    }

    [Fact]
    public void Check_CorrectionOfAnEarlierMonth_ReportsNothing()
    {
        // The sample credits and re-declares September in the October declaration: earlier periods are fine.
        var bericht = SampleMessages.Read<Bericht323>("ijw/jw323-declaratie.xml");

        Assert.Contains(bericht.Declaratie.Clienten.SelectMany(c => c.Prestaties), p => p.ProductPeriode.Begindatum.Month == 9);
        Assert.Empty(_rule.Check(bericht));
    }

    [Fact]
    public void Check_ProductPeriodeStartingAfterDagtekeningOf325_ReportsIt()
    {
        var bericht = SampleMessages.Read<Bericht325>("ijw/jw325-declaratie-antwoord-prestatie-afgewezen.xml");
        var antwoord = bericht.DeclaratieAntwoord!;
        var client = antwoord.Clienten![0];
        var prestatie = client.Prestaties[0] with { ProductPeriode = new GeslotenPeriode(new DateOnly(2026, 11, 11), new DateOnly(2026, 11, 30)) };
        bericht = bericht with { DeclaratieAntwoord = antwoord with { Clienten = [client with { Prestaties = [prestatie] }] } };

        Assert.Equal("/Bericht/DeclaratieAntwoord/Clienten/Client[1]/Prestaties/Prestatie[1]/ProductPeriode/Begindatum", Assert.Single(_rule.Check(bericht)).Path);
    }
}
