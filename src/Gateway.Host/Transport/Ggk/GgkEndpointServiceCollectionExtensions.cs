using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Gateway.Host.Transport.Ggk;

/// <summary>Registers the inbound GGk endpoint's options (validated at start) and its intake bounds.</summary>
internal static class GgkEndpointServiceCollectionExtensions
{
    public static IServiceCollection AddGgkEndpoint(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<GgkEndpointOptions>().Bind(configuration.GetSection(GgkEndpointOptions.SectionName)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<GgkEndpointOptions>, GgkEndpointOptionsValidator>());
        services.TryAddSingleton<GgkIntakeGate>();
        services.TryAddSingleton<GgkIntake>();
        return services;
    }
}
