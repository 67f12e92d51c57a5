using Gateway.Host.Transport.Ggk;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Gateway.Host.Tests.Transport.Ggk;

public class GgkTransportServiceCollectionExtensionsTests
{
    [Fact]
    public void AddGgkClient_ValidConfiguration_ResolvesClient()
    {
        using var provider = Build(new Dictionary<string, string?> { ["Gateway:Ggk:HubUrl"] = "https://hub.example/ggk", ["Gateway:Ggk:AttemptTimeout"] = "00:00:05" });

        Assert.IsType<GgkClient>(provider.GetRequiredService<IGgkClient>());
        Assert.Equal(TimeSpan.FromSeconds(5), provider.GetRequiredService<IOptions<GgkOptions>>().Value.AttemptTimeout);
    }

    [Fact]
    public void AddGgkClient_InvalidConfiguration_OperatorMessage()
    {
        using var provider = Build(new Dictionary<string, string?> { ["Gateway:Ggk:HubUrl"] = "http://hub.example/ggk" });

        var e = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<GgkOptions>>().Value);

        Assert.Contains("Gateway:Ggk:AllowHttp=true", e.Message, StringComparison.Ordinal);
    }

    private static ServiceProvider Build(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddSingleton(TimeProvider.System);
        services.AddGgkClient();
        return services.BuildServiceProvider();
    }
}
