using Gateway.Messages.Model;
using Gateway.Messages.Rules;
using Gateway.Messages.Tests.Support;

namespace Gateway.Messages.Tests.Rules;

public sealed class CD096_GeenOmvangZonderProductcodeVowTests
{
    private static readonly CD096_GeenOmvangZonderProductcodeVow Rule = new();
    private static readonly Omvang Uren = new(3, "04", "2");
    private const string OmvangPath = "/Bericht/Client/Verzoek/NieuweProducten/NieuwProduct[1]/Omvang";

    [Fact]
    public void Check_SampleWithoutNieuwProduct_ReportsNothing() =>
        Assert.Empty(Rule.Check(SampleMessages.Read<Bericht317>("ijw/jw317-verzoek-om-wijziging.xml")));

    [Fact]
    public void Check_CodeWithOmvang_ReportsNothing() =>
        Assert.Empty(Rule.Check(Vow(new Product("45", "45A49"), Uren, new(2027, 2, 28))));

    [Fact]
    public void Check_NoCodeWithoutOmvang_ReportsNothing() =>
        Assert.Empty(Rule.Check(Vow(new Product("45"), null, new(2027, 2, 28))));

    [Fact]
    public void Check_NoCodeWithOmvangEnding20201231_ReportsNothing() =>
        Assert.Empty(Rule.Check(Vow(new Product("45"), Uren, new(2020, 12, 31))));

    [Fact]
    public void Check_NoCodeWithOmvangEnding20210101_ReportsTheOmvang() =>
        Assert.Equal(OmvangPath, Assert.Single(Rule.Check(Vow(new Product("45"), Uren, new(2021, 1, 1)))).Path);

    [Fact]
    public void Check_NoCodeWithOmvangOpenEnd_ReportsTheOmvang() =>
        Assert.Equal(OmvangPath, Assert.Single(Rule.Check(Vow(new Product("45"), Uren, null))).Path);

    [Fact]
    public void Check_NoProductWithOmvang_ReportsTheOmvang() =>
        Assert.Equal(OmvangPath, Assert.Single(Rule.Check(Vow(null, Uren, new(2027, 2, 28)))).Path);

    private static Bericht317 Vow(Product? product, Omvang? omvang, DateOnly? einddatum)
    {
        var b = SampleMessages.Read<Bericht317>("ijw/jw317-verzoek-om-wijziging.xml");
        var nieuw = new NieuwProduct { Product = product, GewensteIngangsdatum = new(2026, 12, 1), Einddatum = einddatum, Omvang = omvang };
        return b with { Client = b.Client with { Verzoek = b.Client.Verzoek with { NieuweProducten = [nieuw] } } };
    }
}
