using Gateway.Messages.Standards;
using Gateway.Routing.Reference;
using Gateway.Routing.Tests.Contracts;

namespace Gateway.Routing.Tests.Reference;

public sealed class ReferenceDataTests
{
    private static readonly ReferenceData Sample = ReferenceData.Load(Path.Combine(RegionFiles.SampleRegion, "reference"));

    [Fact]
    public void Load_SampleRegion_HasTheRegionsGemeentenAndDefaultLists()
    {
        Assert.True(Sample.IsGemeenteValidOn("0344", new DateOnly(2026, 11, 10)));
        Assert.True(Sample.IsGemeenteValidOn("0363", new DateOnly(2026, 11, 10)));
        Assert.Equal("landelijk-ijw", Sample.DefaultList(Standard.Ijw)!.Naam);
        Assert.Equal("landelijk-iwmo", Sample.DefaultList(Standard.Iwmo)!.Naam);
        Assert.NotNull(Sample.List("utrecht-eigen"));
    }

    [Fact]
    public void IsGemeenteValidOn_WeespMergedIntoAmsterdamOn20220324_ValidUpToTheDayBefore()
    {
        Assert.True(Sample.IsGemeenteValidOn("0457", new DateOnly(2022, 3, 23)));
        Assert.False(Sample.IsGemeenteValidOn("0457", new DateOnly(2022, 3, 24)));
        Assert.Equal("0363", Sample.CurrentCode("0457", new DateOnly(2026, 1, 1)));
        Assert.Equal("0457", Sample.CurrentCode("0457", new DateOnly(2021, 6, 1)));
    }

    [Fact]
    public void CurrentCode_MergerOn20210101_OldCodesLeadToEemsdeltaWhichDidNotExistBefore()
    {
        Assert.Equal("1979", Sample.CurrentCode("0010", new DateOnly(2021, 1, 1)));
        Assert.False(Sample.IsGemeenteValidOn("1979", new DateOnly(2020, 12, 31)));
        Assert.Null(Sample.CurrentCode("9999", new DateOnly(2021, 1, 1)));
    }

    [Fact]
    public void Fits_CodeOnlyBelongsToItsOwnCategoryAndValidity()
    {
        var national = Sample.DefaultList(Standard.Ijw)!;
        Assert.True(national.Fits("45", "45A48"));
        Assert.False(national.Fits("54", "45A48"));
        Assert.False(national.Fits("45", "45U01"));
        var own = Sample.List("utrecht-eigen")!;
        Assert.True(own.Fits("45", "45U02", new DateOnly(2026, 1, 1)));
        Assert.False(own.Fits("45", "45U02", new DateOnly(2025, 12, 31)));
    }

    [Fact]
    public void Load_BrokenGemeenten_EveryProblemNamedWithFileLineAndEntry()
    {
        using var region = new RegionFiles();
        File.WriteAllText(region.GemeentenFile, """
            {
              "gemeenten": [
                { "code": "0344", "naam": "Utrecht" },
                { "code": "344", "naam": "Kort" },
                { "code": "0457", "naam": "Weesp", "opvolger": "0363" },
                { "code": "0344", "naam": "Nogmaals" }
              ]
            }
            """);

        var error = Assert.Throws<ConfigurationFileException>(() => ReferenceData.Load(region.ReferencePath));

        Assert.Contains(error.Errors, e => e.Line == 4 && e.Entry == "gemeenten[1]" && e.Problem.Contains("\"code\"", StringComparison.Ordinal));
        Assert.Contains(error.Errors, e => e.Line == 5 && e.Problem.Contains("geldigTot", StringComparison.Ordinal));
        Assert.Contains(error.Errors, e => e.Line == 5 && e.Problem.Contains("opvolger 0363 is not in the list", StringComparison.Ordinal));
        Assert.Contains(error.Errors, e => e.Line == 6 && e.Problem.Contains("appears twice", StringComparison.Ordinal));
        Assert.Contains("gemeenten.json line 4 gemeenten[1]", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_ProductListSyntaxError_NamesFileAndLine()
    {
        using var region = new RegionFiles();
        var file = Path.Combine(region.ReferencePath, "productcodes", "landelijk-ijw.json");
        File.WriteAllText(file, "{\n  \"lijst\": \"landelijk-ijw\",\n  \"producten\": [ { \"categorie\": \"45\" \"code\": \"45A48\" } ]\n}\n");

        var error = Assert.Throws<ConfigurationFileException>(() => ReferenceData.Load(region.ReferencePath));

        var problem = Assert.Single(error.Errors);
        Assert.Equal(3, problem.Line);
        Assert.EndsWith("landelijk-ijw.json", problem.File, StringComparison.Ordinal);
    }
}
