using Gateway.Messages.Model;
using Gateway.Messages.Rules;
using Gateway.Messages.Tests.Support;

namespace Gateway.Messages.Tests.Rules;

public sealed class TR018_EinddatumNaBegindatumTests
{
    private static readonly TR018_EinddatumNaBegindatum Rule = new();

    [Theory]
    [InlineData("iwmo/wmo307-stop.xml")]
    [InlineData("ijw/jw307-stop.xml")]
    public void Check_SampleStop_ReportsNothing(string sample) =>
        Assert.Empty(Rule.Check(SampleMessages.Read<Bericht307>(sample)));

    [Fact]
    public void Check_EinddatumOnBegindatum_ReportsNothing() =>
        Assert.Empty(Rule.Check(Stop(begin: new(2026, 9, 1), eind: new(2026, 9, 1))));

    [Fact]
    public void Check_EinddatumDayBeforeBegindatum_ReportsTheEinddatum()
    {
        var violation = Assert.Single(Rule.Check(Stop(begin: new(2026, 9, 1), eind: new(2026, 8, 31))));

        Assert.Equal("/Bericht/Client/StopProducten/StopProduct[1]/Einddatum", violation.Path);
        Assert.Contains("2026-08-31", violation.Detail, StringComparison.Ordinal);
        Assert.Contains("2026-09-01", violation.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_OnlySecondProductWrong_ReportsTheSecond()
    {
        var b = SampleMessages.Read<Bericht307>("iwmo/wmo307-stop.xml");
        var good = b.Client.StopProducten[0];
        var bad = good with { Einddatum = good.Begindatum.AddDays(-1) };

        var violation = Assert.Single(Rule.Check(b with { Client = b.Client with { StopProducten = [good, bad] } }));

        Assert.Equal("/Bericht/Client/StopProducten/StopProduct[2]/Einddatum", violation.Path);
    }

    private static Bericht307 Stop(DateOnly begin, DateOnly eind)
    {
        var b = SampleMessages.Read<Bericht307>("iwmo/wmo307-stop.xml");
        var product = b.Client.StopProducten[0] with { Begindatum = begin, Einddatum = eind };
        return b with { Client = b.Client with { StopProducten = [product] } };
    }
}
