using Gateway.Messages.Model;
using Gateway.Messages.Rules;
using Gateway.Messages.Tests.Support;

namespace Gateway.Messages.Tests.Rules;

public sealed class CD043_BeschikkingIngangsdatumBijBeschikkingNummerTests
{
    private static readonly CD043_BeschikkingIngangsdatumBijBeschikkingNummer Rule = new();
    private const string Path = "/Bericht/Client/AangevraagdeProducten/AangevraagdProduct[1]/BeschikkingIngangsdatum";

    [Theory]
    [InlineData("ijw/jw315-verzoek-om-toewijzing.xml")]
    [InlineData("iwmo/wmo315-verzoek-om-toewijzing.xml")]
    public void Check_SampleWithoutBeschikking_ReportsNothing(string sample) =>
        Assert.Empty(Rule.Check(SampleMessages.Read<Bericht315>(sample)));

    [Fact]
    public void Check_NummerAndIngangsdatum_ReportsNothing() =>
        Assert.Empty(Rule.Check(Vot(2026117, new DateOnly(2026, 10, 15))));

    [Fact]
    public void Check_NummerWithoutIngangsdatum_ReportsTheIngangsdatum()
    {
        var violation = Assert.Single(Rule.Check(Vot(2026117, null)));

        Assert.Equal(Path, violation.Path);
        Assert.Contains("missing", violation.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_IngangsdatumWithoutNummer_ReportsTheIngangsdatum()
    {
        var violation = Assert.Single(Rule.Check(Vot(null, new DateOnly(2026, 10, 15))));

        Assert.Equal(Path, violation.Path);
        Assert.Contains("no BeschikkingNummer", violation.Detail, StringComparison.Ordinal);
    }

    private static Bericht315 Vot(long? nummer, DateOnly? ingangsdatum)
    {
        var b = SampleMessages.Read<Bericht315>("ijw/jw315-verzoek-om-toewijzing.xml");
        var product = b.Client.AangevraagdeProducten[0] with { BeschikkingNummer = nummer, BeschikkingIngangsdatum = ingangsdatum };
        return b with { Client = b.Client with { AangevraagdeProducten = [product] } };
    }
}
