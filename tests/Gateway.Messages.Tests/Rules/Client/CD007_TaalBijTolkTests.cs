using Gateway.Messages.Model;
using Gateway.Messages.Rules.Client;

namespace Gateway.Messages.Tests.Rules.Client;

public sealed class CD007_TaalBijTolkTests
{
    private readonly CD007_TaalBijTolk _rule = new();

    private static Bericht301 WithCommunicatie(Communicatie? communicatie)
    {
        var bericht = ContactEdits.Sample("iwmo/wmo301-toewijzing.xml");
        return bericht with { Client = bericht.Client with { Communicatie = communicatie } };
    }

    [Fact]
    public void Check_NoCommunicatie_ReportsNothing() => Assert.Empty(_rule.Check(WithCommunicatie(null)));

    [Theory]
    [InlineData("1", "Pools")]
    [InlineData("2", null)]
    [InlineData("3", null)]
    public void Check_TaalFitsVorm_ReportsNothing(string vorm, string? taal) =>
        Assert.Empty(_rule.Check(WithCommunicatie(new Communicatie(vorm, taal))));

    [Fact]
    public void Check_TolkTaalWithoutTaal_ReportsTaal()
    {
        var violation = Assert.Single(_rule.Check(WithCommunicatie(new Communicatie("1"))));

        Assert.Equal("/Bericht/Client/Communicatie/Taal", violation.Path);
    }

    [Fact]
    public void Check_DoventolkWithTaal_ReportsTaal()
    {
        var violation = Assert.Single(_rule.Check(WithCommunicatie(new Communicatie("2", "Nederlands"))));

        Assert.Equal("/Bericht/Client/Communicatie/Taal", violation.Path);
    }
}
