using Gateway.Messages.Model;
using Gateway.Messages.Rules;
using Gateway.Messages.Tests.Support;

namespace Gateway.Messages.Tests.Rules;

public sealed class TR383_ReferentieAanbiederUniekTests
{
    private static readonly TR383_ReferentieAanbiederUniek Rule = new();

    [Theory]
    [InlineData("ijw/jw315-verzoek-om-toewijzing.xml")]
    [InlineData("iwmo/wmo315-verzoek-om-toewijzing.xml")]
    public void Check_Sample_ReportsNothing(string sample) =>
        Assert.Empty(Rule.Check(SampleMessages.Read<Bericht315>(sample)));

    [Fact]
    public void Check_DistinctReferences_ReportsNothing() =>
        Assert.Empty(Rule.Check(Vot("VOT-1", "VOT-2", "VOT-3")));

    [Fact]
    public void Check_ReferenceDifferingOnlyInCase_ReportsNothing() =>
        Assert.Empty(Rule.Check(Vot("vot-1", "VOT-1")));

    [Fact]
    public void Check_ThirdRepeatsFirst_ReportsTheThirdNamingTheFirst()
    {
        var violation = Assert.Single(Rule.Check(Vot("VOT-1", "VOT-2", "VOT-1")));

        Assert.Equal("/Bericht/Client/AangevraagdeProducten/AangevraagdProduct[3]/ReferentieAanbieder", violation.Path);
        Assert.Contains("AangevraagdProduct[1]", violation.Detail, StringComparison.Ordinal);
    }

    private static Bericht315 Vot(params string[] references)
    {
        var b = SampleMessages.Read<Bericht315>("ijw/jw315-verzoek-om-toewijzing.xml");
        var template = b.Client.AangevraagdeProducten[0];
        var products = references.Select(r => template with { ReferentieAanbieder = r }).ToList();
        return b with { Client = b.Client with { AangevraagdeProducten = products } };
    }
}
