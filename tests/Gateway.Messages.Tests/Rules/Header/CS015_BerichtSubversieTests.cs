using Gateway.Messages.Model;
using Gateway.Messages.Rules.Header;
using Gateway.Messages.Standards;
using Gateway.Messages.Tests.Support;

namespace Gateway.Messages.Tests.Rules.Header;

public sealed class CS015_BerichtSubversieTests
{
    private readonly CS015_BerichtSubversie _rule = new();

    [Fact]
    public void Check_Subversie2_ReportsNothing()
    {
        var bericht = SampleMessages.Read<Bericht301>("ijw/jw301-toewijzing.xml");

        Assert.Empty(_rule.Check(bericht));
    }

    [Fact]
    public void Check_Subversie1_ReportsTheHeaderField()
    {
        var bericht = SampleMessages.Read<Bericht301>("ijw/jw301-toewijzing.xml");
        bericht = bericht with { Header = bericht.Header with { BerichtSubversie = 1 } };

        var violation = Assert.Single(_rule.Check(bericht));

        Assert.Equal("/Bericht/Header/BerichtSubversie", violation.Path);
        Assert.Contains("1", violation.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_DeclaratieAntwoordWithSubversie3_Reports()
    {
        var bericht = SampleMessages.Read<Bericht325>("iwmo/wmo325-declaratie-antwoord.xml");
        bericht = bericht with { Header = bericht.Header with { BerichtSubversie = 3 } };

        Assert.Single(_rule.Check(bericht));
    }

    [Fact]
    public void Rule_IsEnforcedBySchemaAndAppliesToHeenBerichtenAnd325()
    {
        Assert.True(_rule.EnforcedBySchema);
        Assert.Contains(MessageCode.DeclaratieAntwoord, _rule.AppliesTo);
        Assert.DoesNotContain(MessageCode.ToewijzingRetour, _rule.AppliesTo);
    }
}
