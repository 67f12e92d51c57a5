using Gateway.Host.Hosting;

namespace Gateway.Host.Precheck;

/// <summary>Registers the providers' pre-check endpoint's options (<c>Gateway:Precheck</c>, validated at start) and its gate.</summary>
internal static class PrecheckServiceCollectionExtensions
{
    public static IServiceCollection AddGatewayPrecheck(this IServiceCollection services)
    {
        services.AddGatewaySection<PrecheckOptions, PrecheckOptionsValidator>(PrecheckOptions.SectionName);
        services.AddSingleton<PrecheckGate>();
        return services;
    }
}
