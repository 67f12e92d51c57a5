using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Gateway.Routing.Diagnostics;

/// <summary>Registers <see cref="GatewayMetrics"/> over the container's meter factory.</summary>
public static class DiagnosticsServiceCollectionExtensions
{
    /// <summary>Adds the meter factory (if missing) and one <see cref="GatewayMetrics"/> per container.</summary>
    public static IServiceCollection AddGatewayMetrics(this IServiceCollection services)
    {
        services.AddMetrics();
        services.TryAddSingleton<GatewayMetrics>();
        return services;
    }
}
