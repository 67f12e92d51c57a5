using Gateway.Messages.Model;
using Gateway.Messages.Rules;
using Gateway.Messages.Tests.Support;

namespace Gateway.Messages.Tests.Rules;

public sealed class RS031_CommentaarNietLeegTests
{
    private static readonly RS031_CommentaarNietLeeg Rule = new();

    [Fact]
    public void Rule_IsEnforcedBySchema() => Assert.True(Rule.EnforcedBySchema);

    [Fact]
    public void Schema_InvalidSample_FailsOnTheCommentaarPattern()
    {
        var error = Assert.Single(SchemaFacets.Errors("invalid/RS031-commentaar-alleen-spaties.xml"));

        Assert.Contains("Commentaar", error, StringComparison.Ordinal);
        Assert.Contains("Pattern", error, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("ijw/jw301-toewijzing.xml")]
    [InlineData("iwmo/wmo315-verzoek-om-toewijzing.xml")]
    public void Check_SampleWithCommentaar_ReportsNothing(string sample) =>
        Assert.Empty(Rule.Check(SampleMessages.Read<Bericht>(sample)));

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(" \r\n\t")]
    public void Check_BlankProductCommentaar_ReportsTheCommentaar(string blank)
    {
        var b = SampleMessages.Read<Bericht301>("ijw/jw301-toewijzing.xml");
        var products = b.Client.ToegewezenProducten.Select(p => p with { Commentaar = p.Commentaar is null ? null : blank }).ToList();

        var violation = Assert.Single(Rule.Check(b with { Client = b.Client with { ToegewezenProducten = products } }));

        Assert.Equal("/Bericht/Client/ToegewezenProducten/ToegewezenProduct[1]/Commentaar", violation.Path);
    }

    [Fact]
    public void Check_BlankVotClientCommentaar_ReportsTheClientCommentaar()
    {
        var b = SampleMessages.Read<Bericht315>("iwmo/wmo315-verzoek-om-toewijzing.xml");

        var violation = Assert.Single(Rule.Check(b with { Client = b.Client with { Commentaar = "  " } }));

        Assert.Equal("/Bericht/Client/Commentaar", violation.Path);
    }

    [Fact]
    public void Check_CommentaarWithTextAroundWhiteSpace_ReportsNothing()
    {
        var b = SampleMessages.Read<Bericht315>("ijw/jw315-verzoek-om-toewijzing.xml");

        Assert.Empty(Rule.Check(b with { Client = b.Client with { Commentaar = "\n  x  \n" } }));
    }
}
