using Gateway.Routing.Figures;
using Gateway.Routing.Volumes;
using static Gateway.Routing.Tests.Support.SomeFacts;

namespace Gateway.Routing.Tests.Figures;

public sealed class AllocationSpreadTests
{
    [Fact]
    public void InMonth_TotalForThePeriod_SpreadByDaysAndAddsUpToTheTotal()
    {
        // 100 hours from 1 January to 31 March (90 days): through January 100 × 31 / 90 = 34.4 → 34; through February
        // 100 × 59 / 90 = 65.6 → 65, so February 31; March the rest, 35.
        var allocation = new Allocation(100, Eenheden.Uur, Frequenties.TotaalBinnenGeldigheidsduur, D(2026, 1, 1), D(2026, 3, 31));

        var months = new[] { 1, 2, 3, 4 }.Select(m => AllocationSpread.InMonth(allocation, FundingVariant.Inspanningsgericht, new Maand(2026, m))).ToList();

        Assert.Equal([34L, 31L, 35L, 0L], months);
    }

    [Fact]
    public void InMonth_OpenEndedTotal_CountsInItsFirstMonth()
    {
        var allocation = new Allocation(40, Eenheden.Uur, Frequenties.TotaalBinnenGeldigheidsduur, D(2026, 2, 10), null);

        Assert.Equal(40L, AllocationSpread.InMonth(allocation, FundingVariant.Inspanningsgericht, new Maand(2026, 2)));
        Assert.Equal(0L, AllocationSpread.InMonth(allocation, FundingVariant.Inspanningsgericht, new Maand(2026, 3)));
    }

    [Fact]
    public void InMonth_PerMaandInABrokenMonth_TheWholeMonthsVolume()
    {
        // IV078: a toewijzing from 15 January allows the full month's 10 hours in January.
        var allocation = new Allocation(10, Eenheden.Uur, Frequenties.PerMaand, D(2026, 1, 15), D(2026, 2, 28));

        Assert.Equal(10L, AllocationSpread.InMonth(allocation, FundingVariant.Inspanningsgericht, new Maand(2026, 1)));
    }

    [Fact]
    public void InMonth_UnknownFrequentie_Unknown() =>
        Assert.Null(AllocationSpread.InMonth(new Allocation(1, Eenheden.Uur, "9", D(2026, 1, 1), null), FundingVariant.Inspanningsgericht, new Maand(2026, 1)));
}
