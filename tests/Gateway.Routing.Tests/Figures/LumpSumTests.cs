using Gateway.Routing.Figures;
using Gateway.Routing.Volumes;
using static Gateway.Routing.Tests.Support.SomeFacts;

namespace Gateway.Routing.Tests.Figures;

public sealed class LumpSumTests
{
    [Fact]
    public void ForMonth_ContractValidFromMidJuly_OnlyItsMonthsAndDecemberTheRemainder()
    {
        // 1.200.011 / 12 = 100.000 rest 11: December gets 100.011. Valid from 15 July: nothing before July.
        var contract = Contract("T", FundingVariant.Taakgericht, Wijkteam, taakbudget: new Dictionary<int, long> { [2026] = 1_200_011 }) with { Van = D(2026, 7, 15) };

        var months = Enumerable.Range(1, 12).Select(m => LumpSum.ForMonth(contract, new Maand(2026, m))).ToList();

        Assert.Equal([null, null, null, null, null, null, 100000L, 100000L, 100000L, 100000L, 100000L, 100011L], months);
        Assert.Null(LumpSum.ForMonth(contract, new Maand(2027, 1))); // no budget for 2027
    }
}
