using Gateway.Messages.Model;
using Gateway.Messages.Rules.Toewijzing;
using static Gateway.Messages.Tests.Rules.Toewijzing.ProductEdits;

namespace Gateway.Messages.Tests.Rules.Toewijzing;

public sealed class CD080_GeenOmvangZonderProductcodeTests
{
    private readonly CD080_GeenOmvangZonderProductcode _rule = new();

    [Fact]
    public void Check_ValidSample_ReportsNothing() => Assert.Empty(_rule.Check(Toegewezen(WmoToewijzing, 2, p => p)));

    [Fact]
    public void Check_NoCodeWithOmvangAndOpenEnd_ReportsOmvang()
    {
        var violation = Assert.Single(_rule.Check(Toegewezen(WmoToewijzing, 2, p => p with { Product = new Product("01") })));

        Assert.Equal(ToegewezenProductPath(2) + "/Omvang", violation.Path);
    }

    [Fact]
    public void Check_NoCodeWithOmvangEndingOn20201231_ReportsNothing() =>
        Assert.Empty(_rule.Check(Toegewezen(WmoToewijzing, 2, p => p with
        {
            Product = new Product("01"),
            Ingangsdatum = new DateOnly(2020, 1, 1),
            Einddatum = new DateOnly(2020, 12, 31),
        })));

    [Fact]
    public void Check_NoCodeWithOmvangEndingOn20210101_Reports() =>
        Assert.Single(_rule.Check(Toegewezen(WmoToewijzing, 2, p => p with { Product = new Product("01"), Einddatum = new DateOnly(2021, 1, 1) })));

    [Fact]
    public void Check_NoProductAtAllWithOmvang_Reports() =>
        Assert.Single(_rule.Check(Toegewezen(JwToewijzing, 2, p => p with { Product = null })));
}
