using Gateway.Messages.Model;
using Gateway.Messages.Rules;
using Gateway.Messages.Tests.Support;

namespace Gateway.Messages.Tests.Rules;

public sealed class RS033_GeenLegeElementenTests
{
    private static readonly RS033_GeenLegeElementen Rule = new();

    [Fact]
    public void Rule_IsNotFullyEnforcedBySchema() => Assert.False(Rule.EnforcedBySchema);

    /// <summary>The gap this rule closes: the XSD accepts an empty Periode, the model check refuses it.</summary>
    [Fact]
    public void InvalidSample_PassesTheSchemaButNotTheRule()
    {
        Assert.Empty(SchemaFacets.Errors("invalid/RS033-lege-periode.xml"));

        var violation = Assert.Single(Rule.Check(SampleMessages.Read<Bericht>("invalid/RS033-lege-periode.xml")));

        Assert.Equal("/Bericht/Client/Relaties/Relatie[1]/Contact/Periode", violation.Path);
    }

    [Theory]
    [InlineData("ijw/jw301-toewijzing.xml")]
    [InlineData("iwmo/wmo302-toewijzing-retour-afgekeurd.xml")]
    [InlineData("ijw/jw323-declaratie.xml")]
    [InlineData("iwmo/wmo325-declaratie-antwoord-prestatie-afgewezen.xml")]
    public void Check_Sample_ReportsNothing(string sample) =>
        Assert.Empty(Rule.Check(SampleMessages.Read<Bericht>(sample)));

    [Fact]
    public void Check_EmptyAdres_ReportsTheAdres()
    {
        var b = SampleMessages.Read<Bericht301>("iwmo/wmo301-toewijzing.xml");
        var contact = b.Client.Contactgegevens[0] with { Adres = new Adres(null, null, null, null, null) };

        var violation = Assert.Single(Rule.Check(b with { Client = b.Client with { Contactgegevens = [contact] } }));

        Assert.Equal("/Bericht/Client/Contactgegevens/Contact[1]/Adres", violation.Path);
    }

    [Fact]
    public void Check_AdresWithOnlyLandCode_ReportsNothing()
    {
        var b = SampleMessages.Read<Bericht301>("iwmo/wmo301-toewijzing.xml");
        var contact = b.Client.Contactgegevens[0] with { Adres = new Adres(null, null, null, null, "NL") };

        Assert.Empty(Rule.Check(b with { Client = b.Client with { Contactgegevens = [contact] } }));
    }

    [Fact]
    public void Check_PeriodeWithOnlyEinddatum_ReportsNothing()
    {
        var b = SampleMessages.Read<Bericht301>("ijw/jw301-toewijzing.xml");
        var contact = b.Client.Contactgegevens[0] with { Periode = new OpenPeriode(null, new DateOnly(2027, 1, 1)) };

        Assert.Empty(Rule.Check(b with { Client = b.Client with { Contactgegevens = [contact] } }));
    }

    [Fact]
    public void Check_BlankReferentieNummers_ReportsBoth()
    {
        var b = SampleMessages.Read<Bericht323>("ijw/jw323-declaratie.xml");
        var client = b.Declaratie.Clienten[0];
        var prestatie = client.Prestaties[0] with { ProductReferentie = new Referentie("  ", " ") };
        var declaratie = b.Declaratie with { Clienten = [client with { Prestaties = [prestatie] }] };

        var paths = Rule.Check(b with { Declaratie = declaratie }).Select(v => v.Path).ToList();

        Assert.Equal(
            [
                "/Bericht/Declaratie/Clienten/Client[1]/Prestaties/Prestatie[1]/ProductReferentie/ReferentieNummer",
                "/Bericht/Declaratie/Clienten/Client[1]/Prestaties/Prestatie[1]/ProductReferentie/VorigReferentieNummer",
            ],
            paths);
    }

    [Fact]
    public void Check_BlankDeclaratieNummerIn325_ReportsIt()
    {
        var b = SampleMessages.Read<Bericht325>("iwmo/wmo325-declaratie-antwoord.xml");
        Assert.NotNull(b.DeclaratieAntwoord);

        var violation = Assert.Single(Rule.Check(b with { DeclaratieAntwoord = b.DeclaratieAntwoord with { DeclaratieNummer = " " } }));

        Assert.Equal("/Bericht/DeclaratieAntwoord/DeclaratieNummer", violation.Path);
    }
}
