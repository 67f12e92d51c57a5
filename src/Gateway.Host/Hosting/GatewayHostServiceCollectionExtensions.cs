using Gateway.Host.Health;
using Gateway.Host.Metrics;
using Gateway.Host.Operators;
using Gateway.Host.Region;
using Gateway.Host.Transport.BackOffice;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Gateway.Host.Hosting;

/// <summary>The composition root of the running gateway.</summary>
internal static class GatewayHostServiceCollectionExtensions
{
    public static IServiceCollection AddGatewayHost(this IServiceCollection services, IConfiguration configuration, HostPaths paths)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(paths);

        services.AddOptions<GatewayHostOptions>().Bind(configuration.GetSection(GatewayHostOptions.SectionName)).ValidateOnStart();
        services.AddOptions<HostRegionOptions>()
            .Bind(configuration.GetSection(HostRegionOptions.SectionName))
            .PostConfigure<HostPaths>((region, hostPaths) => ResolveDirectories(region, hostPaths))
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<HostRegionOptions>, HostRegionOptionsValidator>();
        services.AddOptions<OperatorsOptions>().Bind(configuration.GetSection(OperatorsOptions.SectionName)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<OperatorsOptions>, OperatorsOptionsValidator>();

        services.AddSingleton<GatewayReadiness>();
        services.AddSingleton<OperatorDirectory>();
        services.AddSingleton<OperatorQueries>();

        services.AddHttpClient(BackOfficeHttpSender.HttpClientName);
        services.AddSingleton<BackOfficeHttpSender>();
        return services;
    }

    public static IEndpointRouteBuilder MapGatewayEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGatewayHealth();
        endpoints.MapGatewayMetrics();
        endpoints.MapOperatorApi();
        return endpoints;
    }

    private static void ResolveDirectories(HostRegionOptions region, HostPaths paths)
    {
        foreach (var backOffice in region.Gemeenten.Select(g => g.BackOffice).Where(b => b.Kind == BackOfficeKind.Directory))
        {
            backOffice.InboxPath = string.IsNullOrWhiteSpace(backOffice.InboxPath) ? backOffice.InboxPath : paths.Resolve(backOffice.InboxPath);
            backOffice.OutboxPath = string.IsNullOrWhiteSpace(backOffice.OutboxPath) ? backOffice.OutboxPath : paths.Resolve(backOffice.OutboxPath);
        }
    }
}
