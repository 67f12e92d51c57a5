using Gateway.Messages.Standards;
using Gateway.Routing.Contracts;
using Gateway.Routing.Declaraties;
using Gateway.Routing.Reference;
using Gateway.Routing.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace Gateway.Routing.Tests.Declaraties;

/// <summary>
/// Which ceilings a 323's commit phase reads, and when: reading one takes its ceiling-year's lock on PostgreSQL until the
/// unit commits, so only a ceiling that can hold the 325 is read before the grant.
/// </summary>
public sealed class CeilingGrantsTests
{
    [Theory]
    [InlineData(CeilingPolicy.Warn, 0)]
    [InlineData(CeilingPolicy.Hold, 1)]
    public async Task EvaluateHolding_ReadsOnlyCeilingsThatCanHoldThe325(CeilingPolicy beleid, int reads)
    {
        await using var region = await CeilingRegion.StartAsync(beleid, AntwoordBeleid.Direct);
        var store = new CountsCeilingReadsStore(region.Store);
        var grants = Grants(region, store);

        await using var tx = await region.Gateway.Store.BeginAsync();
        var outcomes = await grants.EvaluateHoldingAsync(tx, [OnTheCeiling(CeilingRegion.PerPrestatie)], CancellationToken.None);

        Assert.Equal(reads, store.Reads.Count);
        Assert.Equal(reads, outcomes.Count);
    }

    [Fact]
    public async Task EvaluateHolding_HoldCeilingOver100Percent_SaysHold()
    {
        await using var region = await CeilingRegion.StartAsync(CeilingPolicy.Hold, AntwoordBeleid.Direct);
        var grants = Grants(region, region.Store);

        await using var tx = await region.Gateway.Store.BeginAsync();
        var outcome = Assert.Single(await grants.EvaluateHoldingAsync(tx, [OnTheCeiling(CeilingRegion.Bedrag + 1)], CancellationToken.None));

        Assert.True(outcome.Hold);
    }

    private static CeilingGrants Grants(CeilingRegion region, IDeclaratieAntwoordStore store) =>
        new(store, region.Gateway.Services.GetRequiredService<ReloadingSource<ContractRegister>>(), NullLogger<CeilingGrants>.Instance);

    // The region's ceiling covers the ambulant lot of its provider in gemeente 0344, year 2026.
    private static GrantedAmount OnTheCeiling(long bedrag) => new(Standard.Ijw, "0344", "41101234", "45", "45A48", new DateOnly(2026, 10, 1), bedrag);
}
