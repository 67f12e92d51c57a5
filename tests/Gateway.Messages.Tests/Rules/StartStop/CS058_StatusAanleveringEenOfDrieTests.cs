using Gateway.Messages.Model;
using Gateway.Messages.Rules;
using Gateway.Messages.Tests.Support;

namespace Gateway.Messages.Tests.Rules;

public sealed class CS058_StatusAanleveringEenOfDrieTests
{
    private static readonly CS058_StatusAanleveringEenOfDrie Rule = new();

    [Theory]
    [InlineData("1")]
    [InlineData("3")]
    public void Check_StartWithAllowedStatus_ReportsNothing(string status) =>
        Assert.Empty(Rule.Check(Start(status)));

    [Theory]
    [InlineData("2")]
    [InlineData("9")]
    public void Check_StartWithOtherStatus_ReportsTheStatus(string status)
    {
        var violation = Assert.Single(Rule.Check(Start(status)));

        Assert.Equal("/Bericht/Client/StartProducten/StartProduct[1]/StatusAanlevering", violation.Path);
        Assert.Contains(status, violation.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_SampleStop_ReportsNothing() =>
        Assert.Empty(Rule.Check(SampleMessages.Read<Bericht307>("ijw/jw307-stop.xml")));

    [Fact]
    public void Check_StopWithStatus2_ReportsTheStopProduct()
    {
        var b = SampleMessages.Read<Bericht307>("iwmo/wmo307-stop.xml");
        var product = b.Client.StopProducten[0] with { StatusAanlevering = "2" };

        var violation = Assert.Single(Rule.Check(b with { Client = b.Client with { StopProducten = [product] } }));

        Assert.Equal("/Bericht/Client/StopProducten/StopProduct[1]/StatusAanlevering", violation.Path);
    }

    private static Bericht305 Start(string status)
    {
        var b = SampleMessages.Read<Bericht305>("ijw/jw305-start.xml");
        var product = b.Client.StartProducten[0] with { StatusAanlevering = status };
        return b with { Client = b.Client with { StartProducten = [product, b.Client.StartProducten[1]] } };
    }
}
