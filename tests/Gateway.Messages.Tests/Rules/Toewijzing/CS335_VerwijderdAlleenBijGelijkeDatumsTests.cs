using Gateway.Messages.Rules.Toewijzing;
using static Gateway.Messages.Tests.Rules.Toewijzing.ProductEdits;

namespace Gateway.Messages.Tests.Rules.Toewijzing;

public sealed class CS335_VerwijderdAlleenBijGelijkeDatumsTests
{
    private readonly CS335_VerwijderdAlleenBijGelijkeDatums _rule = new();

    [Fact]
    public void Check_DeletedWithEinddatumEqualToIngangsdatum_ReportsNothing() =>
        Assert.Empty(_rule.Check(Toegewezen(WmoToewijzing, 1, p => p with { RedenWijziging = "13", Einddatum = p.Ingangsdatum })));

    [Fact]
    public void Check_DeletedWithLaterEinddatum_ReportsRedenWijziging()
    {
        var violation = Assert.Single(_rule.Check(Toegewezen(WmoToewijzing, 1, p => p with { RedenWijziging = "13" })));

        Assert.Equal(ToegewezenProductPath(1) + "/RedenWijziging", violation.Path);
    }

    [Fact]
    public void Check_DeletedWithoutEinddatum_Reports() =>
        Assert.Single(_rule.Check(Toegewezen(WmoToewijzing, 2, p => p with { RedenWijziging = "13" })));

    [Fact]
    public void Check_OtherReasonWithLaterEinddatum_ReportsNothing() =>
        Assert.Empty(_rule.Check(Toegewezen(WmoToewijzing, 1, p => p with { RedenWijziging = "05" })));
}
