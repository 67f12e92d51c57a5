using Gateway.Messages.Model;
using Gateway.Messages.Rules.Header;
using Gateway.Messages.Tests.Support;

namespace Gateway.Messages.Tests.Rules.Header;

public sealed class RS047_BerichtCodeTests
{
    private readonly RS047_BerichtCode _rule = new();

    [Theory]
    [InlineData("ijw/jw307-stop.xml")]
    [InlineData("iwmo/wmo307-stop.xml")]
    public void Check_CodeOfTheMessage_ReportsNothing(string sample)
    {
        Assert.Empty(_rule.Check(SampleMessages.Read<Bericht307>(sample)));
    }

    [Fact]
    public void Check_IjwStopWithTheStartCode_ReportsTheHeaderField()
    {
        var bericht = SampleMessages.Read<Bericht307>("ijw/jw307-stop.xml");
        bericht = bericht with { Header = bericht.Header with { BerichtCode = "438" } };

        var violation = Assert.Single(_rule.Check(bericht));

        Assert.Equal("/Bericht/Header/BerichtCode", violation.Path);
        Assert.Contains("440", violation.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_IjwToewijzingWithTheIwmoCode_Reports()
    {
        var bericht = SampleMessages.Read<Bericht301>("ijw/jw301-toewijzing.xml");
        bericht = bericht with { Header = bericht.Header with { BerichtCode = "414" } };

        Assert.Single(_rule.Check(bericht));
    }

    [Fact]
    public void Rule_IsEnforcedBySchema() => Assert.True(_rule.EnforcedBySchema);
}
