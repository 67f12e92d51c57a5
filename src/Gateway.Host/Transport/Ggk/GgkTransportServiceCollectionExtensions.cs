using Gateway.Host.Health;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Gateway.Host.Transport.Ggk;

/// <summary>Registers the GGk client with its options (validated at start) and its mTLS-configured HttpClient.</summary>
public static class GgkTransportServiceCollectionExtensions
{
    public const string HttpClientName = "ggk";

    public static IServiceCollection AddGgkClient(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<GgkOptions>().Bind(configuration.GetSection(GgkOptions.SectionName)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<GgkOptions>, GgkOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.AddHttpClient(HttpClientName)
            .ConfigurePrimaryHttpMessageHandler(sp => GgkTls.CreateHandler(sp.GetRequiredService<IOptions<GgkOptions>>().Value))
            .ConfigureHttpClient(client => client.Timeout = Timeout.InfiniteTimeSpan);
        services.TryAddSingleton<HubCircuitState>();
        services.TryAddSingleton<IGgkClient>(sp => ActivatorUtilities.CreateInstance<GgkClient>(
            sp, sp.GetRequiredService<IHttpClientFactory>().CreateClient(HttpClientName)));
        return services;
    }
}
