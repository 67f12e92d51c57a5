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

    [Fact]
    public async Task Grant_HoldAndWarnCeiling_LocksTheHoldCeilingFirst()
    {
        // "PL-A" only warns and sorts first; "PL-B" can hold, so a 323 judged it (and took its lock) before granting.
        await using var region = await CeilingRegion.StartAsync(CeilingPolicy.Warn, AntwoordBeleid.Direct);
        var file = Path.Combine(Path.GetTempPath(), "gateway-ceiling-order-" + Guid.NewGuid().ToString("N") + ".json");
        await File.WriteAllTextAsync(file, TwoCeilingsJson);
        try
        {
            var store = new CountsCeilingReadsStore(region.Store);
            var contracts = new ReloadingSource<ContractRegister>("contracts", () => [file], () => ContractRegister.Load(file), TimeProvider.System, TimeSpan.Zero, NullLogger.Instance);
            var grants = new CeilingGrants(store, contracts, NullLogger<CeilingGrants>.Instance);
            var verdict = DeclaratieVerdict.Of(region.Declaratie(region.Debit(1)), null);

            await using var tx = await region.Gateway.Store.BeginAsync();
            await grants.GrantAsync(tx, 1, verdict, CancellationToken.None);

            Assert.Equal(["PL-B", "PL-A"], store.Added);
        }
        finally
        {
            File.Delete(file);
        }
    }

    private const string TwoCeilingsJson = """
        {
          "contracten": [
            {
              "id": "JW-TEST-1", "standaard": "ijw", "gemeenten": ["0344"], "aanbieder": "41101234", "perceel": "ambulant",
              "product": { "categorie": "45", "code": "45A48" }, "geldig": { "van": "2026-01-01", "tot": "2027-12-31" },
              "variant": "inspanningsgericht", "eenheid": "04", "tarief": { "perJaar": { "2026": 6000, "2027": 6000 } }
            }
          ],
          "plafonds": [
            { "id": "PL-A", "jaar": 2026, "aanbieder": "41101234", "perceel": "ambulant", "gemeenten": ["0344"], "bedrag": 100000000, "drempels": [100], "beleid": "warn" },
            { "id": "PL-B", "jaar": 2026, "aanbieder": "41101234", "gemeenten": ["0344"], "bedrag": 100000000, "drempels": [100], "beleid": "hold" }
          ]
        }
        """;

    private static CeilingGrants Grants(CeilingRegion region, IDeclaratieAntwoordStore store) =>
        new(store, region.Gateway.Services.GetRequiredService<ReloadingSource<ContractRegister>>(), NullLogger<CeilingGrants>.Instance);

    // The region's ceiling covers the ambulant lot of its provider in gemeente 0344, year 2026.
    private static GrantedAmount OnTheCeiling(long bedrag) => new(Standard.Ijw, "0344", "41101234", "45", "45A48", new DateOnly(2026, 10, 1), bedrag);
}
