using Gateway.Host.Health;
using Gateway.Host.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Gateway.Host.Transport.Ggk;

/// <summary>Registers the GGk client with its options (Gateway:Ggk, validated at start) and its mTLS-configured HttpClient.</summary>
public static class GgkTransportServiceCollectionExtensions
{
    /// <summary>Name of the HttpClient that talks to the hub.</summary>
    public const string HttpClientName = "ggk";

    /// <summary>Needs the <see cref="TimeProvider"/> and the configuration (<c>IConfiguration</c>) in the container.</summary>
    public static IServiceCollection AddGgkClient(this IServiceCollection services)
    {
        services.AddGatewaySection<GgkOptions, GgkOptionsValidator>(GgkOptions.SectionName);
        services.AddHttpClient(HttpClientName)
            .ConfigurePrimaryHttpMessageHandler(sp => GgkTls.CreateHandler(sp.GetRequiredService<IOptions<GgkOptions>>().Value))
            .ConfigureHttpClient(client => client.Timeout = Timeout.InfiniteTimeSpan);
        services.AddSingleton<HubCircuitState>();
        services.AddSingleton<IGgkClient>(sp => ActivatorUtilities.CreateInstance<GgkClient>(
            sp, sp.GetRequiredService<IHttpClientFactory>().CreateClient(HttpClientName)));
        return services;
    }
}
