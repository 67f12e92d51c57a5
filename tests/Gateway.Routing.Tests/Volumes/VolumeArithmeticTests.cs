using Gateway.Routing.Volumes;

namespace Gateway.Routing.Tests.Volumes;

public sealed class VolumeArithmeticTests
{
    private static DateOnly D(int y, int m, int d) => new(y, m, d);

    [Fact]
    public void AllowedInPeriod_Iv077InspanningExample_4_5_5WeeksAnd39HoursTotal()
    {
        // IV077: 3 uur per week, 7-10-2025 to 30-12-2025.
        var allocation = new Allocation(3, Eenheden.Uur, Frequenties.PerWeek, D(2025, 10, 7), D(2025, 12, 30));

        Assert.Equal(12, VolumeArithmetic.AllowedInPeriod(allocation, D(2025, 10, 1), D(2025, 10, 31), FundingVariant.Inspanningsgericht));
        Assert.Equal(15, VolumeArithmetic.AllowedInPeriod(allocation, D(2025, 11, 1), D(2025, 11, 30), FundingVariant.Inspanningsgericht));
        Assert.Equal(15, VolumeArithmetic.AllowedInPeriod(allocation, D(2025, 12, 1), D(2025, 12, 31), FundingVariant.Inspanningsgericht));
        Assert.Equal(39, VolumeArithmetic.AllowedTotal(allocation, FundingVariant.Inspanningsgericht));
    }

    [Fact]
    public void AllowedInPeriod_Iv077OutputExample2_ExtraWeekInThePeriodOfTheLastSunday()
    {
        // IV077: € 300 per week, 7-7-2025 to 5-9-2025 (a Friday); the last Sunday is 31 August.
        var allocation = new Allocation(30000, Eenheden.Euro, Frequenties.PerWeek, D(2025, 7, 7), D(2025, 9, 5));

        Assert.Equal(90000, VolumeArithmetic.AllowedInPeriod(allocation, D(2025, 7, 1), D(2025, 7, 31), FundingVariant.Outputgericht));
        Assert.Equal(180000, VolumeArithmetic.AllowedInPeriod(allocation, D(2025, 8, 1), D(2025, 8, 31), FundingVariant.Outputgericht));
        Assert.Equal(0, VolumeArithmetic.AllowedInPeriod(allocation, D(2025, 9, 1), D(2025, 9, 30), FundingVariant.Outputgericht));
        Assert.Equal(270000, VolumeArithmetic.AllowedTotal(allocation, FundingVariant.Outputgericht));
    }

    [Fact]
    public void AllowedInPeriod_Iv077OutputExample1_DecemberGetsTheExtraWeek()
    {
        var allocation = new Allocation(30000, Eenheden.Euro, Frequenties.PerWeek, D(2025, 10, 7), D(2025, 12, 31));

        Assert.Equal(3 * 30000, VolumeArithmetic.AllowedInPeriod(allocation, D(2025, 10, 1), D(2025, 10, 31), FundingVariant.Outputgericht));
        Assert.Equal(5 * 30000, VolumeArithmetic.AllowedInPeriod(allocation, D(2025, 11, 1), D(2025, 11, 30), FundingVariant.Outputgericht));
        Assert.Equal(5 * 30000, VolumeArithmetic.AllowedInPeriod(allocation, D(2025, 12, 1), D(2025, 12, 31), FundingVariant.Outputgericht));
    }

    [Fact]
    public void AllowedInPeriod_PerMaandBrokenMonth_FullMonthVolumeForInspanning()
    {
        // IV078: a toewijzing from the 20th still allows the full month's volume that month.
        var allocation = new Allocation(6, Eenheden.Uur, Frequenties.PerMaand, D(2026, 9, 20), D(2026, 11, 5));

        Assert.Equal(6, VolumeArithmetic.AllowedInPeriod(allocation, D(2026, 9, 20), D(2026, 9, 30), FundingVariant.Inspanningsgericht));
        Assert.Equal(6, VolumeArithmetic.AllowedInPeriod(allocation, D(2026, 11, 1), D(2026, 11, 5), FundingVariant.Inspanningsgericht));
        Assert.Equal(18, VolumeArithmetic.AllowedTotal(allocation, FundingVariant.Inspanningsgericht));
    }

    [Fact]
    public void AllowedInPeriod_PerMaandProRata_DaysShareRoundedDown()
    {
        var allocation = new Allocation(10, Eenheden.StuksOutput, Frequenties.PerMaand, D(2026, 9, 20), null);

        // 11 of 30 days → 3.67 → 3.
        Assert.Equal(3, VolumeArithmetic.AllowedInPeriod(allocation, D(2026, 9, 1), D(2026, 9, 30), FundingVariant.Outputgericht, PartialMonth.ProRata));
        Assert.Null(VolumeArithmetic.AllowedTotal(allocation, FundingVariant.Outputgericht));
    }

    [Fact]
    public void AllowedInPeriod_PerDag_DaysInsideTheAllocationTimesVolume()
    {
        var allocation = new Allocation(2, Eenheden.Uur, Frequenties.PerDag, D(2026, 10, 10), D(2026, 10, 20));

        Assert.Equal(22, VolumeArithmetic.AllowedInPeriod(allocation, D(2026, 10, 1), D(2026, 10, 31), FundingVariant.Inspanningsgericht));
        Assert.Equal(0, VolumeArithmetic.AllowedInPeriod(allocation, D(2026, 11, 1), D(2026, 11, 30), FundingVariant.Inspanningsgericht));
    }

    [Fact]
    public void AllowedInPeriod_TotaalBinnenGeldigheidsduur_WholeVolumeInAnyPeriodAndAsTotal()
    {
        var allocation = new Allocation(40, Eenheden.Uur, Frequenties.TotaalBinnenGeldigheidsduur, D(2026, 1, 1), D(2026, 6, 30));

        Assert.Equal(40, VolumeArithmetic.AllowedInPeriod(allocation, D(2026, 3, 1), D(2026, 3, 31), FundingVariant.Inspanningsgericht));
        Assert.Equal(0, VolumeArithmetic.AllowedInPeriod(allocation, D(2026, 7, 1), D(2026, 7, 31), FundingVariant.Inspanningsgericht));
        Assert.Equal(40, VolumeArithmetic.AllowedTotal(allocation, FundingVariant.Inspanningsgericht));
    }

    [Theory]
    [InlineData(2026, 11, 2, 2026, 11, 8, 1)]   // Monday to Sunday
    [InlineData(2026, 11, 1, 2026, 11, 2, 2)]   // Sunday, Monday
    [InlineData(2026, 12, 28, 2027, 1, 4, 2)]   // over the year boundary
    [InlineData(2026, 6, 1, 2026, 6, 30, 5)]
    public void IsoWeeks_CountsWeekNumbersTouched(int y1, int m1, int d1, int y2, int m2, int d2, long expected) =>
        Assert.Equal(expected, VolumeArithmetic.IsoWeeks(D(y1, m1, d1), D(y2, m2, d2)));

    [Fact]
    public void FitsWithin_MinutesAgainstHours_ComparedInMinutes()
    {
        Assert.True(VolumeArithmetic.FitsWithin(240, Eenheden.Minuut, 4, Eenheden.Uur));
        Assert.False(VolumeArithmetic.FitsWithin(241, Eenheden.Minuut, 4, Eenheden.Uur));
        Assert.Null(VolumeArithmetic.FitsWithin(1, Eenheden.Uur, 60, Eenheden.Minuut));
    }

    [Fact]
    public void AllocationOf_OmvangOfAToewijzing_AndTheVariantAUnitSuggests()
    {
        var allocation = Allocation.Of(new Gateway.Messages.Model.Omvang(4, Eenheden.Uur, Frequenties.PerWeek), D(2026, 9, 1), D(2027, 2, 28));

        // September 2026: Tuesday 1st to Wednesday 30th touches ISO weeks 36–40.
        Assert.Equal(20, VolumeArithmetic.AllowedInPeriod(allocation, D(2026, 9, 1), D(2026, 9, 30), Eenheden.VariantHint(allocation.Eenheid)));
        Assert.Equal(FundingVariant.Outputgericht, Eenheden.VariantHint(Eenheden.Euro));
        Assert.True(Eenheden.Fits(Eenheden.Dagdeel, FundingVariant.Inspanningsgericht));
        Assert.False(Eenheden.Fits(Eenheden.StuksOutput, FundingVariant.Inspanningsgericht));
        Assert.False(Eenheden.Fits(Eenheden.Uur, FundingVariant.Taakgericht));
    }

    // ---- properties: fixed seed, many generated allocations ----

    public static TheoryData<FundingVariant, string> Repeating => new()
    {
        { FundingVariant.Inspanningsgericht, Frequenties.PerDag },
        { FundingVariant.Inspanningsgericht, Frequenties.PerWeek },
        { FundingVariant.Inspanningsgericht, Frequenties.PerMaand },
        { FundingVariant.Outputgericht, Frequenties.PerDag },
        { FundingVariant.Outputgericht, Frequenties.PerWeek },
        { FundingVariant.Outputgericht, Frequenties.PerMaand },
    };

    [Theory]
    [MemberData(nameof(Repeating))]
    public void Property_MonthlyAllowancesAgainstTheTotal(FundingVariant variant, string frequentie)
    {
        var random = new Random(20261122);
        for (var i = 0; i < 2000; i++)
        {
            var allocation = RandomAllocation(random, frequentie);
            var months = MonthsOf(allocation).ToList();
            var sum = months.Sum(m => VolumeArithmetic.AllowedInPeriod(allocation, m.Begin, m.End, variant));
            var total = VolumeArithmetic.AllowedTotal(allocation, variant)!.Value;
            var context = $"{allocation} {variant}";

            if (variant == FundingVariant.Inspanningsgericht && frequentie == Frequenties.PerWeek)
            {
                // A week across a month boundary is counted in both months (IV077), at most once per boundary.
                Assert.True(sum >= total, context);
                Assert.True(sum <= total + ((months.Count - 1) * allocation.Volume), context);
            }
            else
            {
                // Per dag, per maand, and outputgericht per week (Sundays) partition the allocation exactly.
                Assert.True(sum == total, $"{context}: Σ months {sum} ≠ total {total}");
            }

            // Every period is within [0, total] and nothing is allowed outside the allocation.
            Assert.All(months, m => Assert.InRange(VolumeArithmetic.AllowedInPeriod(allocation, m.Begin, m.End, variant), 0, total));
            var before = allocation.Ingangsdatum.AddDays(-1);
            Assert.Equal(0, VolumeArithmetic.AllowedInPeriod(allocation, before.AddDays(-30), before, variant));
        }
    }

    [Fact]
    public void Property_PerWeekFullYear_WeeksTimesVolume()
    {
        var random = new Random(7);
        for (var i = 0; i < 200; i++)
        {
            var year = random.Next(2021, 2035);
            var volume = random.Next(1, 40);
            var allocation = new Allocation(volume, Eenheden.Uur, Frequenties.PerWeek, D(year, 1, 1), D(year, 12, 31));
            var isoWeeksInYear = VolumeArithmetic.IsoWeeks(allocation.Ingangsdatum, allocation.Einddatum!.Value);

            Assert.InRange(isoWeeksInYear, 53, 54);
            Assert.Equal(isoWeeksInYear * volume, VolumeArithmetic.AllowedTotal(allocation, FundingVariant.Inspanningsgericht));
            var sundays = VolumeArithmetic.Sundays(allocation.Ingangsdatum, allocation.Einddatum.Value);
            Assert.InRange(sundays, 52, 53);
            var outputWeeks = sundays + (allocation.Einddatum.Value.DayOfWeek == DayOfWeek.Sunday ? 0 : 1);
            Assert.Equal(outputWeeks * volume, VolumeArithmetic.AllowedTotal(allocation, FundingVariant.Outputgericht));
        }
    }

    [Fact]
    public void Property_InspanningWeeksPerFullMonth_AreFourToSix()
    {
        var random = new Random(11);
        for (var i = 0; i < 500; i++)
        {
            var month = D(random.Next(2021, 2035), random.Next(1, 13), 1);
            var end = month.AddMonths(1).AddDays(-1);
            Assert.InRange(VolumeArithmetic.IsoWeeks(month, end), 4, 6);
            Assert.InRange(VolumeArithmetic.Sundays(month, end), 4, 5);
        }
    }

    private static Allocation RandomAllocation(Random random, string frequentie)
    {
        var begin = D(2021, 1, 1).AddDays(random.Next(0, 365 * 6));
        var end = begin.AddDays(random.Next(0, 500));
        return new Allocation(random.Next(1, 50), Eenheden.Uur, frequentie, begin, end);
    }

    private static IEnumerable<(DateOnly Begin, DateOnly End)> MonthsOf(Allocation allocation)
    {
        var end = allocation.Einddatum!.Value;
        for (var month = D(allocation.Ingangsdatum.Year, allocation.Ingangsdatum.Month, 1); month <= end; month = month.AddMonths(1))
        {
            yield return (month, month.AddMonths(1).AddDays(-1));
        }
    }
}
