using Gateway.Host.Hosting;

namespace Gateway.Host.Transport.Ggk;

/// <summary>Registers the inbound GGk endpoint's options (validated at start) and its intake bounds.</summary>
internal static class GgkEndpointServiceCollectionExtensions
{
    public static IServiceCollection AddGgkEndpoint(this IServiceCollection services)
    {
        services.AddGatewaySection<GgkEndpointOptions, GgkEndpointOptionsValidator>(GgkEndpointOptions.SectionName);
        services.AddSingleton<GgkIntakeGate>();
        services.AddSingleton<GgkIntake>();
        return services;
    }
}
