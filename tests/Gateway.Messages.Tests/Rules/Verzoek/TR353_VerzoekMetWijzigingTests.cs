using Gateway.Messages.Model;
using Gateway.Messages.Rules;
using Gateway.Messages.Tests.Support;

namespace Gateway.Messages.Tests.Rules;

public sealed class TR353_VerzoekMetWijzigingTests
{
    private static readonly TR353_VerzoekMetWijziging Rule = new();
    private static readonly NieuwProduct Nieuw = new() { Product = new Product("45", "45A49"), GewensteIngangsdatum = new(2026, 12, 1) };

    [Theory]
    [InlineData("ijw/jw317-verzoek-om-wijziging.xml")]
    [InlineData("iwmo/wmo317-verzoek-om-wijziging.xml")]
    public void Check_Sample_ReportsNothing(string sample) =>
        Assert.Empty(Rule.Check(SampleMessages.Read<Bericht317>(sample)));

    [Fact]
    public void Check_OnlyNieuwProductNextToOngewijzigd_ReportsNothing() =>
        Assert.Empty(Rule.Check(Vow(v => v with { TeWijzigenProducten = null, NieuweProducten = [Nieuw] })));

    [Fact]
    public void Check_OnlyOngewijzigdProducten_ReportsTheVerzoek()
    {
        var violation = Assert.Single(Rule.Check(Vow(v => v with { TeWijzigenProducten = null })));

        Assert.Equal("/Bericht/Client/Verzoek", violation.Path);
    }

    private static Bericht317 Vow(Func<Verzoek, Verzoek> change)
    {
        var b = SampleMessages.Read<Bericht317>("ijw/jw317-verzoek-om-wijziging.xml");
        return b with { Client = b.Client with { Verzoek = change(b.Client.Verzoek) } };
    }
}
