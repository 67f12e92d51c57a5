using Gateway.Messages.Model;
using Gateway.Messages.Rules.Client;
using Gateway.Messages.Tests.Support;

namespace Gateway.Messages.Tests.Rules.Client;

public sealed class CS139_DatumGebruikPastBijDatumTests
{
    private readonly CS139_DatumGebruikPastBijDatum _rule = new();

    private static Bericht315 Verzoek(Geboortedatum geboortedatum)
    {
        var bericht = SampleMessages.Read<Bericht315>("ijw/jw315-verzoek-om-toewijzing.xml");
        return bericht with { Client = bericht.Client with { Geboortedatum = geboortedatum } };
    }

    [Theory]
    [InlineData(2011, 7, 30, null)]
    [InlineData(2011, 7, 1, "1")]
    [InlineData(2011, 1, 1, "2")]
    [InlineData(1900, 1, 1, "3")]
    public void Check_DatumFitsDatumGebruik_ReportsNothing(int year, int month, int day, string? datumGebruik) =>
        Assert.Empty(_rule.Check(Verzoek(new Geboortedatum(new DateOnly(year, month, day), datumGebruik))));

    [Theory]
    [InlineData(2011, 7, 30, "1")]
    [InlineData(2011, 7, 1, "2")]
    [InlineData(2011, 1, 1, "3")]
    public void Check_DatumDoesNotFit_ReportsDatumGebruik(int year, int month, int day, string datumGebruik)
    {
        var violation = Assert.Single(_rule.Check(Verzoek(new Geboortedatum(new DateOnly(year, month, day), datumGebruik))));

        Assert.Equal("/Bericht/Client/Geboortedatum/DatumGebruik", violation.Path);
    }

    [Fact]
    public void Check_RelatieDatumDoesNotFit_ReportsTheRelatie()
    {
        var bericht = SampleMessages.Read<Bericht301>("iwmo/wmo301-toewijzing.xml");
        var relatie = bericht.Client.Relaties![0] with { Geboortedatum = new Geboortedatum(new DateOnly(1970, 3, 5), "2") };
        bericht = bericht with { Client = bericht.Client with { Relaties = [relatie] } };

        var violation = Assert.Single(_rule.Check(bericht));

        Assert.Equal("/Bericht/Client/Relaties/Relatie[1]/Geboortedatum/DatumGebruik", violation.Path);
    }
}
