using Gateway.Messages.Model;
using Gateway.Messages.Rules.Client;

namespace Gateway.Messages.Tests.Rules.Client;

public sealed class CD009_PeriodeAlleenBijTijdelijkAdresTests
{
    private readonly CD009_PeriodeAlleenBijTijdelijkAdres _rule = new();

    private static readonly OpenPeriode Periode = new(new DateOnly(2026, 1, 1), null);

    [Fact]
    public void Check_ValidSample_ReportsNothing() => Assert.Empty(_rule.Check(ContactEdits.Sample()));

    [Fact]
    public void Check_TemporaryAddressWithPeriode_ReportsNothing() =>
        Assert.Empty(_rule.Check(ContactEdits.RelatieContactWith(c => c with { Soort = "04", Periode = Periode })));

    [Fact]
    public void Check_BrpAddressWithPeriode_ReportsPeriode()
    {
        var violation = Assert.Single(_rule.Check(ContactEdits.ClientContactWith(c => c with { Periode = Periode })));

        Assert.Equal(ContactEdits.ClientContact + "/Periode", violation.Path);
    }
}
