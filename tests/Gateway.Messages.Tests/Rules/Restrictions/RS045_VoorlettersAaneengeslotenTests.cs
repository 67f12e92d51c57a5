using Gateway.Messages.Model;
using Gateway.Messages.Rules;
using Gateway.Messages.Tests.Support;

namespace Gateway.Messages.Tests.Rules;

public sealed class RS045_VoorlettersAaneengeslotenTests
{
    private static readonly RS045_VoorlettersAaneengesloten Rule = new();

    [Fact]
    public void Rule_IsEnforcedBySchema() => Assert.True(Rule.EnforcedBySchema);

    [Fact]
    public void Schema_InvalidSample_FailsOnTheVoorlettersPattern()
    {
        var error = Assert.Single(SchemaFacets.Errors("invalid/RS045-voorletters-met-punten.xml"));

        Assert.Contains("Voorletters", error, StringComparison.Ordinal);
        Assert.Contains("Pattern", error, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("ijw/jw301-toewijzing.xml")]
    [InlineData("ijw/jw307-stop.xml")]
    [InlineData("iwmo/wmo305-start.xml")]
    public void Check_Sample_ReportsNothing(string sample) =>
        Assert.Empty(Rule.Check(SampleMessages.Read<Bericht>(sample)));

    [Theory]
    [InlineData("S.M.")]
    [InlineData("S M")]
    [InlineData("S.")]
    public void Check_StopClientVoorlettersWithDotsOrSpaces_ReportsTheVoorletters(string voorletters)
    {
        var b = SampleMessages.Read<Bericht307>("ijw/jw307-stop.xml");
        var client = b.Client with { Naam = b.Client.Naam with { Voorletters = voorletters } };

        var violation = Assert.Single(Rule.Check(b with { Client = client }));

        Assert.Equal("/Bericht/Client/Naam/Voorletters", violation.Path);
    }

    [Fact]
    public void Check_RelatieVoorlettersWithDot_ReportsTheRelatie()
    {
        var b = SampleMessages.Read<Bericht301>("ijw/jw301-toewijzing.xml");
        var relatie = b.Client.Relaties![0] with { Naam = b.Client.Relaties[0].Naam with { Voorletters = "A." } };

        var violation = Assert.Single(Rule.Check(b with { Client = b.Client with { Relaties = [relatie] } }));

        Assert.Equal("/Bericht/Client/Relaties/Relatie[1]/Naam/Voorletters", violation.Path);
    }

    [Fact]
    public void Check_AccentedLetters_ReportsNothing()
    {
        var b = SampleMessages.Read<Bericht305>("iwmo/wmo305-start.xml");

        Assert.Empty(Rule.Check(b with { Client = b.Client with { Naam = b.Client.Naam with { Voorletters = "ÉÖ" } } }));
    }
}
