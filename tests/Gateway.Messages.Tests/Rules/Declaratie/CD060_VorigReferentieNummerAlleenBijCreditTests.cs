using Gateway.Messages.Model;
using Gateway.Messages.Rules.Declaraties;
using static Gateway.Messages.Tests.Rules.Declaraties.DeclaratieSamples;

namespace Gateway.Messages.Tests.Rules.Declaraties;

public sealed class CD060_VorigReferentieNummerAlleenBijCreditTests
{
    private readonly CD060_VorigReferentieNummerAlleenBijCredit _rule = new();

    [Theory]
    [InlineData(Ijw323)]
    [InlineData(Iwmo323)]
    public void Check_Declaratie_Passes(string sample)
    {
        Assert.Empty(_rule.Check(Declaratie(sample)));
    }

    [Theory]
    [InlineData(Ijw325Afgewezen)]
    [InlineData(Iwmo325Afgewezen)]
    public void Check_Antwoord_Passes(string sample)
    {
        Assert.Empty(_rule.Check(Antwoord(sample)));
    }

    [Fact]
    public void Check_CreditWithoutVorigReferentieNummer_ReportsIt()
    {
        var b = Declaratie(Ijw323).WithPrestatie(2, 1, p => p with { ProductReferentie = new Referentie("P2026100003") });

        var violation = Assert.Single(_rule.Check(b));

        Assert.Equal(PrestatiePath(2, 1) + "/ProductReferentie/VorigReferentieNummer", violation.Path);
        Assert.Contains("credit", violation.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_DebitWithVorigReferentieNummer_ReportsIt()
    {
        var b = Declaratie(Iwmo323).WithPrestatie(2, 2, p => p with { ProductReferentie = new Referentie("W2026100004", "W2026090012") });

        var violation = Assert.Single(_rule.Check(b));

        Assert.Equal(PrestatiePath(2, 2) + "/ProductReferentie/VorigReferentieNummer", violation.Path);
        Assert.Contains("debit", violation.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_AntwoordDebitWithVorigReferentieNummer_Fails()
    {
        var b = Antwoord(Iwmo325Afgewezen).WithPrestatie(1, 1, p => p with { ProductReferentie = new Referentie("W2026100001", "W2026090001") });

        var violation = Assert.Single(_rule.Check(b));

        Assert.Equal(AntwoordPrestatiePath(1, 1) + "/ProductReferentie/VorigReferentieNummer", violation.Path);
    }
}
