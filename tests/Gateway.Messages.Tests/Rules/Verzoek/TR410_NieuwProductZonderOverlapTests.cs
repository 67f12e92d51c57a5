using Gateway.Messages.Model;
using Gateway.Messages.Rules;
using Gateway.Messages.Tests.Support;

namespace Gateway.Messages.Tests.Rules;

public sealed class TR410_NieuwProductZonderOverlapTests
{
    private static readonly TR410_NieuwProductZonderOverlap Rule = new();
    private const string SecondPath = "/Bericht/Client/Verzoek/NieuweProducten/NieuwProduct[2]";

    [Fact]
    public void Check_SampleWithoutNieuwProduct_ReportsNothing() =>
        Assert.Empty(Rule.Check(SampleMessages.Read<Bericht317>("iwmo/wmo317-verzoek-om-wijziging.xml")));

    [Fact]
    public void Check_SameCodeFollowingPeriods_ReportsNothing() =>
        Assert.Empty(Rule.Check(Vow(
            Nieuw(new Product("02", "02A01"), new(2027, 1, 1), new(2027, 3, 31)),
            Nieuw(new Product("02", "02A01"), new(2027, 4, 1), new(2027, 6, 30)))));

    [Fact]
    public void Check_SameCodeSharingOneDay_ReportsTheSecond()
    {
        var violation = Assert.Single(Rule.Check(Vow(
            Nieuw(new Product("02", "02A01"), new(2027, 1, 1), new(2027, 3, 31)),
            Nieuw(new Product("02", "02A01"), new(2027, 3, 31), new(2027, 6, 30)))));

        Assert.Equal(SecondPath, violation.Path);
        Assert.Contains("02A01", violation.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_DifferentCodesSameCategorie_ReportsNothing() =>
        Assert.Empty(Rule.Check(Vow(
            Nieuw(new Product("02", "02A01"), new(2027, 1, 1), null),
            Nieuw(new Product("02", "02A02"), new(2027, 1, 1), null))));

    [Fact]
    public void Check_NoCodeOverlappingSameCategorie_ReportsTheSecond() =>
        Assert.Equal(SecondPath, Assert.Single(Rule.Check(Vow(
            Nieuw(new Product("02", "02A01"), new(2027, 1, 1), new(2027, 6, 30)),
            Nieuw(new Product("02"), new(2027, 5, 1), new(2027, 12, 31))))).Path);

    [Fact]
    public void Check_NoCodeOverlappingOtherCategorie_ReportsNothing() =>
        Assert.Empty(Rule.Check(Vow(
            Nieuw(new Product("02", "02A01"), new(2027, 1, 1), new(2027, 6, 30)),
            Nieuw(new Product("03"), new(2027, 5, 1), new(2027, 12, 31)))));

    [Fact]
    public void Check_NoProductOverlappingAnyProduct_ReportsTheSecond() =>
        Assert.Equal(SecondPath, Assert.Single(Rule.Check(Vow(
            Nieuw(new Product("03"), new(2027, 1, 1), null),
            Nieuw(null, new(2028, 1, 1), new(2028, 12, 31))))).Path);

    [Fact]
    public void Check_ThreeOverlapping_ReportsSecondAndThirdOnce() =>
        Assert.Equal(
            [SecondPath, "/Bericht/Client/Verzoek/NieuweProducten/NieuwProduct[3]"],
            Rule.Check(Vow(
                Nieuw(new Product("02", "02A01"), new(2027, 1, 1), null),
                Nieuw(new Product("02", "02A01"), new(2027, 2, 1), null),
                Nieuw(new Product("02", "02A01"), new(2027, 3, 1), null))).Select(v => v.Path));

    private static NieuwProduct Nieuw(Product? product, DateOnly begin, DateOnly? end) =>
        new() { Product = product, GewensteIngangsdatum = begin, Einddatum = end };

    private static Bericht317 Vow(params NieuwProduct[] products)
    {
        var b = SampleMessages.Read<Bericht317>("iwmo/wmo317-verzoek-om-wijziging.xml");
        return b with { Client = b.Client with { Verzoek = b.Client.Verzoek with { NieuweProducten = products } } };
    }
}
