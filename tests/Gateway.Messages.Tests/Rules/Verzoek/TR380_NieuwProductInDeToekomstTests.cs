using Gateway.Messages.Model;
using Gateway.Messages.Rules;
using Gateway.Messages.Tests.Support;

namespace Gateway.Messages.Tests.Rules;

public sealed class TR380_NieuwProductInDeToekomstTests
{
    private static readonly TR380_NieuwProductInDeToekomst Rule = new();

    [Fact]
    public void Check_SampleWithoutNieuwProduct_ReportsNothing() =>
        Assert.Empty(Rule.Check(SampleMessages.Read<Bericht317>("ijw/jw317-verzoek-om-wijziging.xml")));

    [Fact]
    public void Check_NieuwProductDayAfterDagtekening_ReportsNothing()
    {
        var b = Vow(out var dagtekening);

        Assert.Empty(Rule.Check(With(b, dagtekening.AddDays(1))));
    }

    [Fact]
    public void Check_NieuwProductOnDagtekening_ReportsTheIngangsdatum()
    {
        var b = Vow(out var dagtekening);

        var violation = Assert.Single(Rule.Check(With(b, dagtekening)));

        Assert.Equal("/Bericht/Client/Verzoek/NieuweProducten/NieuwProduct[2]/GewensteIngangsdatum", violation.Path);
        Assert.Contains(dagtekening.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), violation.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_TeWijzigenProductBeforeDagtekening_IsNotThisRule()
    {
        var b = Vow(out var dagtekening);
        var teWijzigen = b.Client.Verzoek.TeWijzigenProducten![0] with { GewensteIngangsdatum = dagtekening.AddDays(-10) };

        Assert.Empty(Rule.Check(b with { Client = b.Client with { Verzoek = b.Client.Verzoek with { TeWijzigenProducten = [teWijzigen] } } }));
    }

    private static Bericht317 Vow(out DateOnly dagtekening)
    {
        var b = SampleMessages.Read<Bericht317>("iwmo/wmo317-verzoek-om-wijziging.xml");
        dagtekening = b.Header.BerichtIdentificatie.Dagtekening;
        return b;
    }

    /// <summary>Two new products: the first well in the future, the second starting on the given day.</summary>
    private static Bericht317 With(Bericht317 b, DateOnly secondStart)
    {
        var first = new NieuwProduct { Product = new Product("02", "02A01"), GewensteIngangsdatum = new(2027, 6, 1) };
        var second = new NieuwProduct { Product = new Product("03"), GewensteIngangsdatum = secondStart };
        return b with { Client = b.Client with { Verzoek = b.Client.Verzoek with { NieuweProducten = [first, second] } } };
    }
}
