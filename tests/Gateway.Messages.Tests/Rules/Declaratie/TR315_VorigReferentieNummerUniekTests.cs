using Gateway.Messages.Model;
using Gateway.Messages.Rules.Declaraties;
using static Gateway.Messages.Tests.Rules.Declaraties.DeclaratieSamples;

namespace Gateway.Messages.Tests.Rules.Declaraties;

public sealed class TR315_VorigReferentieNummerUniekTests
{
    private readonly TR315_VorigReferentieNummerUniek _rule = new();

    [Theory]
    [InlineData(Ijw323)]
    [InlineData(Iwmo323)]
    public void Check_EachVorigReferentieNummerOnce_Passes(string sample)
    {
        Assert.Empty(_rule.Check(Declaratie(sample)));
    }

    [Fact]
    public void Check_SecondCreditOfSameEarlierPrestatie_ReportsTheSecond()
    {
        var b = Declaratie(Iwmo323);
        var secondCredit = b.Prestatie(2, 1) with { ProductReferentie = new Referentie("W2026100007", "W2026090011") };
        b = b.WithExtraPrestatie(2, secondCredit);

        var violation = Assert.Single(_rule.Check(b));

        Assert.Equal(PrestatiePath(2, 4) + "/ProductReferentie/VorigReferentieNummer", violation.Path);
        Assert.Contains("W2026090011", violation.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_SameVorigReferentieNummerInAnotherClient_Fails()
    {
        var b = Declaratie(Ijw323).WithPrestatie(1, 1, p => p with { ProductReferentie = new Referentie("P2026100001", "P2026090007") });

        var violation = Assert.Single(_rule.Check(b));

        Assert.Equal(PrestatiePath(2, 1) + "/ProductReferentie/VorigReferentieNummer", violation.Path);
    }
}
