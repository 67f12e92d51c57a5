using Gateway.Messages.Standards;
using Gateway.Routing.Contracts;
using Gateway.Routing.Reference;
using Gateway.Routing.Region;
using Gateway.Routing.Tests.Support;
using Gateway.Routing.Volumes;

namespace Gateway.Routing.Tests.Contracts;

public sealed class ContractRegisterTests
{
    private static readonly ContractRegister Sample = ContractRegister.Load(Path.Combine(RegionFiles.SampleRegion, "contracts.json"));

    private static DateOnly D(int y, int m, int d) => new(y, m, d);

    [Fact]
    public void Load_SampleRegion_AllThreeVariantsAndCeilings()
    {
        Assert.Contains(Sample.Contracts, c => c.Variant == FundingVariant.Inspanningsgericht);
        Assert.Contains(Sample.Contracts, c => c.Variant == FundingVariant.Outputgericht);
        Assert.Contains(Sample.Contracts, c => c.Variant == FundingVariant.Taakgericht);
        Assert.Contains(Sample.Ceilings, c => c.Beleid == CeilingPolicy.Hold);
        Assert.Contains(Sample.Ceilings, c => c.Beleid == CeilingPolicy.Warn);
    }

    [Fact]
    public void TariefOn_IndexedYearly_CompoundedAndRoundedHalfUpEachYear()
    {
        var contract = Sample.Find(Standard.Ijw, "0344", "41101234", "45", "45A21", D(2026, 10, 1))!;

        Assert.Equal(8500, contract.TariefOn(D(2025, 3, 1)));
        Assert.Equal(8725, contract.TariefOn(D(2026, 10, 1)));   // 8500 × 1.0265 = 8725.25
        Assert.Equal(8956, contract.TariefOn(D(2027, 1, 1)));    // 8725 × 1.0265 = 8956.21
        Assert.Null(contract.TariefOn(D(2024, 12, 31)));
    }

    [Fact]
    public void TariefOn_TablePerYear()
    {
        var contract = Sample.Find(Standard.Ijw, "0344", "41101234", "54", "54002", D(2027, 5, 1))!;

        Assert.Equal(11845, contract.TariefOn(D(2027, 5, 1)));
        Assert.Equal(11500, contract.TariefOn(D(2026, 5, 1)));
    }

    [Fact]
    public void Find_OnlyForTheContractedProviderProductGemeenteAndPeriod()
    {
        Assert.NotNull(Sample.Find(Standard.Ijw, "0344", "41101234", "45", "45A48", D(2026, 9, 1)));
        Assert.Null(Sample.Find(Standard.Ijw, "0344", "41109999", "45", "45A48", D(2026, 9, 1)));
        Assert.Null(Sample.Find(Standard.Ijw, "0363", "41101234", "45", "45A48", D(2026, 9, 1)));
        Assert.Null(Sample.Find(Standard.Iwmo, "0344", "41101234", "45", "45A48", D(2026, 9, 1)));
        Assert.Null(Sample.Find(Standard.Ijw, "0344", "41101234", "45", "45A48", D(2029, 1, 1)));
        Assert.NotNull(Sample.Find(Standard.Ijw, "0344", "41101234", "45", null, D(2026, 9, 1)));
        // "regio": every gemeente.
        Assert.NotNull(Sample.Find(Standard.Iwmo, "0344", "98031234", "07", "07A02", D(2026, 9, 1)));
    }

    [Fact]
    public void WithMergers_ContractListingTheSuccessor_CoversTheCeasedCodeToo()
    {
        using var region = new RegionFiles();
        var time = new FakeTimeProvider(TestGateway.Start);
        var merged = Sample.WithMergers(new GemeenteMergers(region.Reference(time), RegionFiles.TestRegion, time));
        var contract = Sample.Contracts.First(c => c.Gemeenten.SequenceEqual(["0363"]) && c.Code is not null);
        var on = contract.Van;

        Assert.Null(Sample.Find(contract.Standard, "0457", contract.Aanbieder, contract.Categorie, contract.Code, on));
        Assert.Equal(contract.Id, merged.Find(contract.Standard, "0457", contract.Aanbieder, contract.Categorie, contract.Code, on)?.Id);
        Assert.Equal(contract.Id, merged.Find(contract.Standard, "0363", contract.Aanbieder, contract.Categorie, contract.Code, on)?.Id);
        Assert.Null(merged.Find(contract.Standard, "0370", contract.Aanbieder, contract.Categorie, contract.Code, on));
        Assert.Contains(merged.Ceilings, c => c.Gemeenten.Contains("0457"));
    }

    [Fact]
    public void IsStartStopAgreed_OnlyForTaakgerichtWithTheAgreement()
    {
        Assert.True(Sample.IsStartStopAgreed(Standard.Ijw, "0344", "41101234", "45", "45U01", D(2026, 5, 1)));
        Assert.False(Sample.IsStartStopAgreed(Standard.Ijw, "0344", "41101234", "45", "45A48", D(2026, 5, 1)));
        Assert.False(Sample.IsStartStopAgreed(Standard.Ijw, "0344", "41101234", null, null, D(2026, 5, 1)));
    }

    [Fact]
    public void CeilingsFor_ByLotProviderAndYear()
    {
        var verblijf = Sample.Find(Standard.Ijw, "0344", "41101234", "43", "43A12", D(2026, 10, 12))!;
        var ceiling = Assert.Single(Sample.CeilingsFor(verblijf, "0344", D(2026, 10, 12)));
        Assert.Equal("PL-2026-VERBLIJF", ceiling.Id);
        Assert.Equal([80, 100], ceiling.Drempels);
        Assert.Empty(Sample.CeilingsFor(verblijf, "0344", D(2027, 1, 1)));

        var wmo = Sample.Find(Standard.Iwmo, "0363", "98031234", "02", "02A01", D(2026, 10, 1))!;
        Assert.Equal("PL-2026-98031234", Assert.Single(Sample.CeilingsFor(wmo, "0363", D(2026, 10, 1))).Id);
    }

    [Fact]
    public void Load_UnitThatDoesNotFitTheVariant_NamesFileLineEntryAndWhatIsWrong()
    {
        using var region = new RegionFiles();
        File.WriteAllText(region.ContractsFile, """
            {
              "contracten": [
                {
                  "id": "X-1", "standaard": "ijw", "gemeenten": ["0344"], "aanbieder": "41101234",
                  "product": { "categorie": "45", "code": "45A48" }, "geldig": { "van": "2026-01-01" },
                  "variant": "outputgericht", "eenheid": "04", "tarief": { "perJaar": { "2026": 100 } }
                },
                {
                  "id": "X-2", "standaard": "ijw", "gemeenten": ["0344"], "aanbieder": "41101234",
                  "product": { "categorie": "45", "code": "45U01" }, "geldig": { "van": "2026-01-01" },
                  "variant": "taakgericht", "eenheid": "04"
                }
              ]
            }
            """);

        var error = Assert.Throws<ConfigurationFileException>(() => ContractRegister.Load(region.ContractsFile));

        Assert.Contains(error.Errors, e => e.Line == 3 && e.Entry == "contracten[0] (id X-1)" && e.Problem.Contains("eenheid 04 does not fit outputgericht", StringComparison.Ordinal));
        Assert.Contains(error.Errors, e => e.Line == 8 && e.Entry == "contracten[1] (id X-2)" && e.Problem.Contains("taakgericht product has no eenheid", StringComparison.Ordinal));
        Assert.Contains("contracts.json line 3 contracten[0] (id X-1): eenheid 04", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_SampleRegion_TaakbudgetPerYearOnTheTaakgerichtContracts()
    {
        var wijk = Sample.Contracts.Single(c => c.Id == "JW-REGIO-12345678-04");

        Assert.Equal(new Dictionary<int, long> { [2026] = 1_200_000, [2027] = 1_236_000 }, wijk.Taakbudget);
        Assert.Empty(Sample.Contracts.Single(c => c.Id == "JW-0344-001").Taakbudget);
    }

    [Fact]
    public void Load_TaakbudgetOnAnotherVariantNegativeOrOutsideGeldig_NamesTheEntry()
    {
        using var region = new RegionFiles();
        File.WriteAllText(region.ContractsFile, """
            {
              "contracten": [
                { "id": "T-1", "standaard": "ijw", "gemeenten": ["0344"], "aanbieder": "41101234", "product": { "categorie": "45", "code": "45A48" },
                  "geldig": { "van": "2026-01-01" }, "variant": "inspanningsgericht", "eenheid": "04", "tarief": { "perJaar": { "2026": 100 } },
                  "taakbudget": { "2026": 1000 } },
                { "id": "T-2", "standaard": "ijw", "gemeenten": ["0344"], "aanbieder": "41101234", "product": { "categorie": "45", "code": "45U01" },
                  "geldig": { "van": "2026-01-01", "tot": "2026-12-31" }, "variant": "taakgericht",
                  "taakbudget": { "2026": -5, "2027": 1000, "volgend jaar": 10 } }
              ]
            }
            """);

        var error = Assert.Throws<ConfigurationFileException>(() => ContractRegister.Load(region.ContractsFile));

        Assert.Contains(error.Errors, e => e.Entry == "contracten[0] (id T-1)" && e.Problem.Contains("taakbudget only applies to taakgericht", StringComparison.Ordinal));
        Assert.Contains(error.Errors, e => e.Entry == "contracten[1] (id T-2)" && e.Problem.Contains("taakbudget entry \"2026\" must be a calendar year with a whole number of eurocents, 0 or more", StringComparison.Ordinal));
        Assert.Contains(error.Errors, e => e.Entry == "contracten[1] (id T-2)" && e.Problem.Contains("taakbudget entry \"volgend jaar\"", StringComparison.Ordinal));
        Assert.Contains(error.Errors, e => e.Entry == "contracten[1] (id T-2)" && e.Problem.Contains("taakbudget year 2027 lies outside geldig (2026–2026)", StringComparison.Ordinal));
    }

    [Fact]
    public void Load_OverlappingContractsMissingTariffYearAndEmptyCeiling_AllReported()
    {
        using var region = new RegionFiles();
        File.WriteAllText(region.ContractsFile, """
            {
              "contracten": [
                { "id": "A", "standaard": "iwmo", "gemeenten": "regio", "aanbieder": "98031234", "product": { "categorie": "02", "code": "02A01" },
                  "geldig": { "van": "2026-01-01", "tot": "2027-12-31" }, "variant": "inspanningsgericht", "eenheid": "04", "tarief": { "perJaar": { "2026": 6940 } } },
                { "id": "B", "standaard": "iwmo", "gemeenten": ["0363"], "aanbieder": "98031234", "product": { "categorie": "02", "code": "02A01" },
                  "geldig": { "van": "2027-06-01" }, "variant": "inspanningsgericht", "eenheid": "04", "tarief": { "basisjaar": 2027, "bedrag": 7000 } }
              ],
              "plafonds": [
                { "id": "P", "jaar": 2026, "aanbieder": "12345678", "bedrag": 1000, "beleid": "stop" }
              ]
            }
            """);

        var error = Assert.Throws<ConfigurationFileException>(() => ContractRegister.Load(region.ContractsFile));

        Assert.Contains(error.Errors, e => e.Entry == "contracten[0] (id A)" && e.Problem.Contains("no amount for 2027", StringComparison.Ordinal));
        Assert.Contains(error.Errors, e => e.Entry == "contracten[1] (id B)" && e.Problem.Contains("overlaps contract A", StringComparison.Ordinal));
        Assert.Contains(error.Errors, e => e.Line == 9 && e.Problem.Contains("beleid 'stop'", StringComparison.Ordinal));
    }

    [Fact]
    public void Load_CeilingThatCoversNothing_Rejected()
    {
        using var region = new RegionFiles();
        RegionFiles.Rewrite(region.ContractsFile, json => json.Replace("\"perceel\": \"verblijf\",\n      \"gemeenten\"", "\"perceel\": \"bestaat-niet\",\n      \"gemeenten\"", StringComparison.Ordinal));

        var error = Assert.Throws<ConfigurationFileException>(() => ContractRegister.Load(region.ContractsFile));

        Assert.Contains(error.Errors, e => e.Entry == "plafonds[0] (id PL-2026-VERBLIJF)" && e.Problem.Contains("covers no contract", StringComparison.Ordinal));
    }

    [Fact]
    public void Contracts_FileChanged_NewTariffUsed_BrokenFileKeepsTheOldRegister()
    {
        using var region = new RegionFiles();
        var source = region.Contracts();
        Assert.Equal(9850, source.Current.Find(Standard.Ijw, "0344", "41101234", "45", "45A48", D(2026, 10, 1))!.TariefOn(D(2026, 10, 1)));

        RegionFiles.Rewrite(region.ContractsFile, json => json.Replace("\"bedrag\": 9850", "\"bedrag\": 9900", StringComparison.Ordinal));
        Assert.Equal(9900, source.Current.Find(Standard.Ijw, "0344", "41101234", "45", "45A48", D(2026, 10, 1))!.TariefOn(D(2026, 10, 1)));

        RegionFiles.Rewrite(region.ContractsFile, json => json.Replace("\"variant\": \"taakgericht\"", "\"variant\": \"taak\"", StringComparison.Ordinal));
        Assert.Equal(9900, source.Current.Find(Standard.Ijw, "0344", "41101234", "45", "45A48", D(2026, 10, 1))!.TariefOn(D(2026, 10, 1)));
        Assert.True(source.Status.IsStale);
        Assert.Contains("variant 'taak' is not", source.Status.LastError!.Message, StringComparison.Ordinal);
        Assert.Contains("(id JW-0344-005)", source.Status.LastError.Message, StringComparison.Ordinal);
    }
}

public sealed class CeilingCheckTests
{
    private static readonly ContractRegister Sample = ContractRegister.Load(Path.Combine(RegionFiles.SampleRegion, "contracts.json"));

    [Fact]
    public void Evaluate_HoldCeiling_SignalsAt80AndHoldsOnlyWhenExceeded()
    {
        var ceiling = Sample.Ceilings.Single(c => c.Id == "PL-2026-VERBLIJF"); // € 25.000, hold

        var toward = CeilingCheck.Evaluate(ceiling, 1_900_000, 245_000);
        var over = CeilingCheck.Evaluate(ceiling, toward.UsedAfter, 400_000);

        Assert.Equal([80], toward.Crossed);
        Assert.False(toward.Hold);
        Assert.Equal([100], over.Crossed);
        Assert.True(over.Exceeded);
        Assert.True(over.Hold);
    }

    [Fact]
    public void Evaluate_WarnCeiling_ExceededButNeverHeld()
    {
        var ceiling = Sample.Ceilings.Single(c => c.Id == "PL-2026-98031234");

        var outcome = CeilingCheck.Evaluate(ceiling, 0, 30_000_000);

        Assert.Equal([80, 90, 100], outcome.Crossed);
        Assert.True(outcome.Exceeded);
        Assert.False(outcome.Hold);
    }

    [Fact]
    public void Evaluate_CreditBringsUsageDown_NothingCrossed() =>
        Assert.Empty(CeilingCheck.Evaluate(Sample.Ceilings[0], 2_600_000, -200_000).Crossed);
}
