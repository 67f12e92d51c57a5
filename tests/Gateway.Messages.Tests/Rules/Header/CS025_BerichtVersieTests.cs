using Gateway.Messages.Model;
using Gateway.Messages.Rules.Header;
using Gateway.Messages.Tests.Support;

namespace Gateway.Messages.Tests.Rules.Header;

public sealed class CS025_BerichtVersieTests
{
    private readonly CS025_BerichtVersie _rule = new();

    [Fact]
    public void Check_Versie3_ReportsNothing()
    {
        var bericht = SampleMessages.Read<Bericht305>("iwmo/wmo305-start.xml");

        Assert.Empty(_rule.Check(bericht));
    }

    [Fact]
    public void Check_Versie2_ReportsTheHeaderField()
    {
        var bericht = SampleMessages.Read<Bericht305>("iwmo/wmo305-start.xml");
        bericht = bericht with { Header = bericht.Header with { BerichtVersie = 2 } };

        var violation = Assert.Single(_rule.Check(bericht));

        Assert.Equal("/Bericht/Header/BerichtVersie", violation.Path);
    }

    [Fact]
    public void Rule_IsEnforcedBySchema() => Assert.True(_rule.EnforcedBySchema);
}
