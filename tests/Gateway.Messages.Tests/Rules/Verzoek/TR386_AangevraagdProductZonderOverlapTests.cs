using Gateway.Messages.Model;
using Gateway.Messages.Rules;
using Gateway.Messages.Tests.Support;

namespace Gateway.Messages.Tests.Rules;

public sealed class TR386_AangevraagdProductZonderOverlapTests
{
    private static readonly TR386_AangevraagdProductZonderOverlap Rule = new();
    private const string SecondPath = "/Bericht/Client/AangevraagdeProducten/AangevraagdProduct[2]";

    [Theory]
    [InlineData("ijw/jw315-verzoek-om-toewijzing.xml")]
    [InlineData("iwmo/wmo315-verzoek-om-toewijzing.xml")]
    public void Check_Sample_ReportsNothing(string sample) =>
        Assert.Empty(Rule.Check(SampleMessages.Read<Bericht315>(sample)));

    [Fact]
    public void Check_SameCodeFollowingPeriods_ReportsNothing() =>
        Assert.Empty(Rule.Check(Vot(
            (new Product("07", "07A02"), new(2026, 11, 1), new(2027, 4, 30)),
            (new Product("07", "07A02"), new(2027, 5, 1), null))));

    [Fact]
    public void Check_SameCodeOverlapping_ReportsTheSecondNamingTheFirst()
    {
        var violation = Assert.Single(Rule.Check(Vot(
            (new Product("07", "07A02"), new(2026, 11, 1), new(2027, 4, 30)),
            (new Product("07", "07A02"), new(2027, 3, 1), new(2027, 8, 31)))));

        Assert.Equal(SecondPath, violation.Path);
        Assert.Contains("AangevraagdProduct[1]", violation.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_OpenEndedFirstOverlapsLaterStart_ReportsTheSecond() =>
        Assert.Equal(SecondPath, Assert.Single(Rule.Check(Vot(
            (new Product("07", "07A02"), new(2026, 11, 1), null),
            (new Product("07", "07A02"), new(2030, 1, 1), new(2030, 1, 31))))).Path);

    [Fact]
    public void Check_DifferentCodesOverlapping_ReportsNothing() =>
        Assert.Empty(Rule.Check(Vot(
            (new Product("07", "07A02"), new(2026, 11, 1), null),
            (new Product("07", "07A03"), new(2026, 11, 1), null))));

    [Fact]
    public void Check_CategorieOnlyOverlappingCodeOfThatCategorie_ReportsTheSecond() =>
        Assert.Equal(SecondPath, Assert.Single(Rule.Check(Vot(
            (new Product("07"), new(2026, 11, 1), new(2027, 4, 30)),
            (new Product("07", "07A02"), new(2027, 1, 1), new(2027, 6, 30))))).Path);

    [Fact]
    public void Check_NoProductOverlappingOtherCategorie_ReportsTheSecond() =>
        Assert.Equal(SecondPath, Assert.Single(Rule.Check(Vot(
            (new Product("02", "02A01"), new(2026, 11, 1), new(2027, 4, 30)),
            (null, new(2027, 1, 1), new(2027, 6, 30))))).Path);

    private static Bericht315 Vot(params (Product? Product, DateOnly Begin, DateOnly? End)[] requested)
    {
        var b = SampleMessages.Read<Bericht315>("iwmo/wmo315-verzoek-om-toewijzing.xml");
        var template = b.Client.AangevraagdeProducten[0];
        var products = requested.Select((r, i) => template with
        {
            ReferentieAanbieder = "VOT-" + i,
            Product = r.Product,
            ToewijzingIngangsdatum = r.Begin,
            ToewijzingEinddatum = r.End,
        }).ToList();
        return b with { Client = b.Client with { AangevraagdeProducten = products } };
    }
}
