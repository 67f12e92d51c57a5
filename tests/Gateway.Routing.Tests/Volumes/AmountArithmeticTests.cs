using Gateway.Routing.Volumes;

namespace Gateway.Routing.Tests.Volumes;

public sealed class AmountArithmeticTests
{
    [Fact]
    public void ExpectedBedrag_HoursTimesTariff_FactFileExample()
    {
        // S1: 4 uur × 1250 = 5000 (€ 50,00).
        Assert.Equal(5000, AmountArithmetic.ExpectedBedrag(4, Eenheden.Uur, 1250));
    }

    [Fact]
    public void ExpectedBedrag_MinutesAgainstHourlyTariff_UsesTheUnroundedPerMinuteTariff()
    {
        // Hour tariff 8725: per minute 145.4166…; shown as 145 (half-up), but 50 minutes = 8725 × 50 / 60 = 7270.83 → 7271.
        Assert.Equal(145, AmountArithmetic.PerMinuteTarief(8725));
        Assert.Equal(7271, AmountArithmetic.ExpectedBedrag(50, Eenheden.Minuut, 145, hourTarief: 8725));
        Assert.NotEqual(50 * 145, AmountArithmetic.ExpectedBedrag(50, Eenheden.Minuut, 145, hourTarief: 8725));
    }

    [Theory]
    [InlineData(90, 60, 2)]      // 1.5 → 2
    [InlineData(89, 60, 1)]
    [InlineData(-90, 60, -2)]
    [InlineData(7050, 60, 118)]  // 117.5 → 118
    public void RoundHalfUp_HalvesGoAwayFromZero(long numerator, long denominator, long expected) =>
        Assert.Equal(expected, AmountArithmetic.RoundHalfUp(numerator, denominator));

    [Fact]
    public void ExpectedBedrag_EuroUnit_IsTheVolume() =>
        Assert.Equal(123456, AmountArithmetic.ExpectedBedrag(123456, Eenheden.Euro, null));

    [Fact]
    public void Net_DebitMinusCredit_AndBudget()
    {
        var granted = AmountArithmetic.Net([(50000, "D"), (20000, "D"), (20000, "C")]);
        Assert.Equal(50000, granted);
        Assert.True(AmountArithmetic.WithinBudget(100000, granted, 50000));
        Assert.False(AmountArithmetic.WithinBudget(100000, granted, 50001));
    }

    [Fact]
    public void Property_MinuteAmounts_NeverDriftMoreThanHalfACentFromExact()
    {
        var random = new Random(346);
        for (var i = 0; i < 5000; i++)
        {
            var hour = random.Next(1000, 30000);
            var minutes = random.Next(1, 10000);
            var amount = AmountArithmetic.ExpectedBedrag(minutes, Eenheden.Minuut, AmountArithmetic.PerMinuteTarief(hour), hour);
            var exact = (decimal)hour * minutes / 60m;
            Assert.InRange(amount - exact, -0.5m, 0.5m);
            Assert.Equal((long)Math.Round(exact, MidpointRounding.AwayFromZero), amount);
        }
    }

    [Fact]
    public void Crossed_ReportsEachThresholdOnce()
    {
        Assert.Equal([80], CeilingArithmetic.Crossed(100000, 70000, 85000, [80, 100]));
        Assert.Equal([100], CeilingArithmetic.Crossed(100000, 85000, 100000, [80, 100]));
        Assert.Equal([80, 100], CeilingArithmetic.Crossed(100000, 0, 120000, [100, 80]));
        Assert.Empty(CeilingArithmetic.Crossed(100000, 85000, 90000, [80, 100]));
        Assert.Equal(120, CeilingArithmetic.Percentage(120000, 100000));
    }
}
