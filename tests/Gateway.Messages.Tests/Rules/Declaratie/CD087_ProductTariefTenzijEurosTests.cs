using Gateway.Messages.Rules.Declaraties;
using static Gateway.Messages.Tests.Rules.Declaraties.DeclaratieSamples;

namespace Gateway.Messages.Tests.Rules.Declaraties;

public sealed class CD087_ProductTariefTenzijEurosTests
{
    private readonly CD087_ProductTariefTenzijEuros _rule = new();

    [Theory]
    [InlineData(Ijw323)]
    [InlineData(Iwmo323)]
    public void Check_TariefForUnitsAndNoneForEuros_Passes(string sample)
    {
        Assert.Empty(_rule.Check(Declaratie(sample)));
    }

    [Fact]
    public void Check_HoursWithoutTarief_ReportsProductTarief()
    {
        var b = Declaratie(Iwmo323).WithPrestatie(1, 1, p => p with { ProductTarief = null });

        var violation = Assert.Single(_rule.Check(b));

        Assert.Equal(PrestatiePath(1, 1) + "/ProductTarief", violation.Path);
        Assert.Contains("04", violation.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_EurosWithTarief_ReportsProductTarief()
    {
        var b = Declaratie(Ijw323).WithPrestatie(3, 1, p => p with { ProductTarief = 100 });

        var violation = Assert.Single(_rule.Check(b));

        Assert.Equal(PrestatiePath(3, 1) + "/ProductTarief", violation.Path);
    }

    [Fact]
    public void Check_ZeroTariefForPieces_Passes()
    {
        var b = Declaratie(Iwmo323).WithPrestatie(1, 2, p => p with { ProductTarief = 0 });

        Assert.Empty(_rule.Check(b));
    }
}
