using Gateway.Messages.Rules.Toewijzing;
using static Gateway.Messages.Tests.Rules.Toewijzing.ProductEdits;

namespace Gateway.Messages.Tests.Rules.Toewijzing;

public sealed class CS336_VervallenRedenWijzigingTests
{
    private readonly CS336_VervallenRedenWijziging _rule = new();

    [Theory]
    [InlineData(null)]
    [InlineData("14")]
    public void Check_AllowedReason_ReportsNothing(string? reden) =>
        Assert.Empty(_rule.Check(Toegewezen(JwToewijzing, 1, p => p with { RedenWijziging = reden })));

    [Fact]
    public void Check_Reason01_ReportsRedenWijziging()
    {
        var violation = Assert.Single(_rule.Check(Toegewezen(JwToewijzing, 2, p => p with { RedenWijziging = "01" })));

        Assert.Equal(ToegewezenProductPath(2) + "/RedenWijziging", violation.Path);
    }
}
