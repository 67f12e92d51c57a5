using Gateway.Messages.Model;
using Gateway.Messages.Rules;
using Gateway.Messages.Tests.Support;

namespace Gateway.Messages.Tests.Rules;

public sealed class TR352_VerzoekMetBestaandeToewijzingTests
{
    private static readonly TR352_VerzoekMetBestaandeToewijzing Rule = new();
    private static readonly NieuwProduct Nieuw = new() { Product = new Product("02", "02A01"), GewensteIngangsdatum = new(2026, 12, 1) };

    [Theory]
    [InlineData("ijw/jw317-verzoek-om-wijziging.xml")]
    [InlineData("iwmo/wmo317-verzoek-om-wijziging.xml")]
    public void Check_Sample_ReportsNothing(string sample) =>
        Assert.Empty(Rule.Check(SampleMessages.Read<Bericht317>(sample)));

    [Fact]
    public void Check_OnlyOngewijzigdProduct_ReportsNothing() =>
        Assert.Empty(Rule.Check(Vow(v => v with { TeWijzigenProducten = null, NieuweProducten = [Nieuw] })));

    [Fact]
    public void Check_OnlyTeWijzigenProduct_ReportsNothing() =>
        Assert.Empty(Rule.Check(Vow(v => v with { OngewijzigdeProducten = null })));

    [Fact]
    public void Check_OnlyNieuwProduct_ReportsTheVerzoek()
    {
        var b = Vow(v => v with { OngewijzigdeProducten = null, TeWijzigenProducten = null, NieuweProducten = [Nieuw] });

        var violation = Assert.Single(Rule.Check(b));

        Assert.Equal("/Bericht/Client/Verzoek", violation.Path);
    }

    [Fact]
    public void Check_EmptyContainers_ReportsTheVerzoek() =>
        Assert.Single(Rule.Check(Vow(v => v with { OngewijzigdeProducten = [], TeWijzigenProducten = [], NieuweProducten = [Nieuw] })));

    private static Bericht317 Vow(Func<Verzoek, Verzoek> change)
    {
        var b = SampleMessages.Read<Bericht317>("iwmo/wmo317-verzoek-om-wijziging.xml");
        return b with { Client = b.Client with { Verzoek = change(b.Client.Verzoek) } };
    }
}
