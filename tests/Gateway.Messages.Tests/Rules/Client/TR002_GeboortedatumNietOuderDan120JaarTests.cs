using Gateway.Messages.Model;
using Gateway.Messages.Rules.Client;
using Gateway.Messages.Tests.Support;

namespace Gateway.Messages.Tests.Rules.Client;

public sealed class TR002_GeboortedatumNietOuderDan120JaarTests
{
    private readonly TR002_GeboortedatumNietOuderDan120Jaar _rule = new();

    // Dagtekening of the sample is 2026-09-04.
    private static Bericht305 Start(Geboortedatum geboortedatum)
    {
        var bericht = SampleMessages.Read<Bericht305>("iwmo/wmo305-start.xml");
        return bericht with { Client = bericht.Client with { Geboortedatum = geboortedatum } };
    }

    [Fact]
    public void Check_ValidSample_ReportsNothing() =>
        Assert.Empty(_rule.Check(SampleMessages.Read<Bericht305>("iwmo/wmo305-start.xml")));

    [Fact]
    public void Check_Exactly120YearsBeforeDagtekening_ReportsNothing() =>
        Assert.Empty(_rule.Check(Start(new Geboortedatum(new DateOnly(1906, 9, 4)))));

    [Fact]
    public void Check_OneDayMoreThan120Years_ReportsTheDatum()
    {
        var violation = Assert.Single(_rule.Check(Start(new Geboortedatum(new DateOnly(1906, 9, 3)))));

        Assert.Equal("/Bericht/Client/Geboortedatum/Datum", violation.Path);
        Assert.Contains("1906-09-03", violation.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_FullyUnknownBirthDate_ReportsNothing() =>
        Assert.Empty(_rule.Check(Start(new Geboortedatum(new DateOnly(1900, 1, 1), "3"))));

    [Fact]
    public void Check_1900WithoutDatumGebruik3_Reports() =>
        Assert.Single(_rule.Check(Start(new Geboortedatum(new DateOnly(1900, 1, 1), "2"))));

    [Fact]
    public void Check_RelatieTooOld_ReportsTheRelatie()
    {
        var bericht = SampleMessages.Read<Bericht301>("ijw/jw301-toewijzing.xml");
        var relatie = bericht.Client.Relaties![0] with { Geboortedatum = new Geboortedatum(new DateOnly(1890, 5, 1)) };
        bericht = bericht with { Client = bericht.Client with { Relaties = [relatie] } };

        var violation = Assert.Single(_rule.Check(bericht));

        Assert.Equal("/Bericht/Client/Relaties/Relatie[1]/Geboortedatum/Datum", violation.Path);
    }
}
