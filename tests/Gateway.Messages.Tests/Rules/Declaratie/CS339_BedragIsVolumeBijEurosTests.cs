using Gateway.Messages.Model;
using Gateway.Messages.Rules.Declaraties;
using static Gateway.Messages.Tests.Rules.Declaraties.DeclaratieSamples;

namespace Gateway.Messages.Tests.Rules.Declaraties;

public sealed class CS339_BedragIsVolumeBijEurosTests
{
    private readonly CS339_BedragIsVolumeBijEuros _rule = new();

    [Theory]
    [InlineData(Ijw323)]
    [InlineData(Iwmo323)]
    public void Check_Samples_Passes(string sample)
    {
        Assert.Empty(_rule.Check(Declaratie(sample)));
    }

    [Fact]
    public void Check_EurosWithAmountOtherThanVolume_ReportsBedrag()
    {
        var b = Declaratie(Ijw323).WithPrestatie(3, 1, p => p with { GeleverdVolume = 240000 });

        var violation = Assert.Single(_rule.Check(b));

        Assert.Equal(PrestatiePath(3, 1) + "/IngediendBedrag/Bedrag", violation.Path);
        Assert.Contains("240000", violation.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_MinutesAgainstHourlyTariff_PassesOnTheUnroundedAmount()
    {
        // 100 minutes at 65.00 an hour: the stored per-minute tariff is rounded to 108 cents, but the amount is
        // 6500 × 100 / 60 = 10833 cents, not 100 × 108 = 10800. That arithmetic is TR346 (level 4), not CS339.
        var b = Declaratie(Iwmo323).WithPrestatie(1, 1, p => p with
        {
            Eenheid = "01",
            GeleverdVolume = 100,
            ProductTarief = 108,
            IngediendBedrag = new BedragMetDC(10833, "D"),
        });

        Assert.Empty(_rule.Check(b));
    }

    [Fact]
    public void Check_UnitOtherThanEurosWithAmountOtherThanVolume_Passes()
    {
        var b = Declaratie(Iwmo323).WithPrestatie(1, 1, p => p with { IngediendBedrag = new BedragMetDC(1, "D") });

        Assert.Empty(_rule.Check(b));
    }
}
