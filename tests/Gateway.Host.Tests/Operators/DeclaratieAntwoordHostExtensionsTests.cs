using Gateway.Host.Operators;
using Gateway.Routing.Declaraties;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Gateway.Host.Tests.Operators;

public sealed class DeclaratieAntwoordHostExtensionsTests
{
    [Theory]
    [InlineData(null, AntwoordBeleid.Direct)]
    [InlineData("Direct", AntwoordBeleid.Direct)]
    [InlineData("HoldRejectedLines", AntwoordBeleid.HoldRejectedLines)]
    public void Antwoord_FromGatewayDeclaraties_Bound(string? value, AntwoordBeleid expected)
    {
        var gateway = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Gateway:Declaraties:Antwoord"] = value }).Build().GetSection("Gateway");

        var services = new ServiceCollection().AddGatewayDeclaratieAntwoordHost(gateway);

        var options = Assert.IsType<DeclaratieAntwoordOptions>(Assert.Single(services, d => d.ServiceType == typeof(DeclaratieAntwoordOptions)).ImplementationInstance);
        Assert.Equal(expected, options.Antwoord);
        Assert.Equal(10, options.TermijnWerkdagen);
    }

    [Theory]
    [InlineData("Later")]
    [InlineData("HoldCeilingHits")]
    public void Antwoord_UnknownValue_RefusedAtStart(string value)
    {
        var gateway = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Gateway:Declaraties:Antwoord"] = value }).Build().GetSection("Gateway");

        Assert.Throws<InvalidOperationException>(() => new ServiceCollection().AddGatewayDeclaratieAntwoordHost(gateway));
    }
}
