using Gateway.Messages.Model;
using Gateway.Messages.Rules.Declaraties;
using static Gateway.Messages.Tests.Rules.Declaraties.DeclaratieSamples;

namespace Gateway.Messages.Tests.Rules.Declaraties;

public sealed class TR316_DebetNietInZelfdeBerichtGecrediteerdTests
{
    private readonly TR316_DebetNietInZelfdeBerichtGecrediteerd _rule = new();

    [Theory]
    [InlineData(Ijw323)]
    [InlineData(Iwmo323)]
    public void Check_CreditOfEarlierMessageWithReplacementDebit_Passes(string sample)
    {
        // The samples hold a credit for an earlier month plus its replacement debit: allowed (IV086).
        Assert.Empty(_rule.Check(Declaratie(sample)));
    }

    [Fact]
    public void Check_CreditOfDebitInSameMessage_ReportsTheCredit()
    {
        var b = Declaratie(Ijw323).WithPrestatie(2, 1, p => p with { ProductReferentie = new Referentie("P2026100003", "P2026100004") });

        var violation = Assert.Single(_rule.Check(b));

        Assert.Equal(PrestatiePath(2, 1) + "/ProductReferentie/VorigReferentieNummer", violation.Path);
        Assert.Contains("P2026100004", violation.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_CreditOfDebitOfAnotherClientInSameMessage_Fails()
    {
        var b = Declaratie(Iwmo323).WithPrestatie(2, 1, p => p with { ProductReferentie = new Referentie("W2026100003", "W2026100006") });

        Assert.Single(_rule.Check(b));
    }
}
