using Gateway.Host.Contracts;
using Gateway.Host.Health;
using Gateway.Host.Jobs;
using Gateway.Host.Metrics;
using Gateway.Host.Operators;
using Gateway.Host.Region;
using Gateway.Host.Transport.BackOffice;
using Gateway.Host.Transport.Ggk;
using Gateway.Host.Trust;
using Gateway.Routing;
using Gateway.Routing.Contracts;
using Gateway.Routing.Delivery;
using Gateway.Routing.Region;
using Gateway.Storage;
using Gateway.Storage.KeyRotation;
using Gateway.Storage.Ledger;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Gateway.Host.Hosting;

/// <summary>The composition root of the running gateway; everything lives under the configuration section "Gateway".</summary>
internal static class GatewayHostServiceCollectionExtensions
{
    public const string RootSection = "Gateway";

    public static IServiceCollection AddGatewayHost(this IServiceCollection services, IConfiguration configuration, HostPaths paths)
    {
        var gateway = configuration.GetSection(RootSection);
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(paths);

        services.AddOptions<GatewayHostOptions>().Bind(configuration.GetSection(GatewayHostOptions.SectionName)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<GatewayHostOptions>, GatewayHostOptionsValidator>();
        services.AddOptions<HostRegionOptions>()
            .Bind(configuration.GetSection(HostRegionOptions.SectionName))
            .PostConfigure<HostPaths>((region, hostPaths) => ResolveDirectories(region, hostPaths))
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<HostRegionOptions>, HostRegionOptionsValidator>();
        services.AddOptions<OperatorsOptions>().Bind(configuration.GetSection(OperatorsOptions.SectionName)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<OperatorsOptions>, OperatorsOptionsValidator>();
        services.AddOptions<SampleKeysOptions>().Bind(configuration.GetSection(SampleKeysOptions.SectionName)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<SampleKeysOptions>>(new SampleKeysOptionsValidator(configuration.GetSection(SampleKeysOptions.SectionName)));
        services.AddGgkEndpoint(configuration);
        services.AddGatewayTrust(configuration);

        // Start-up order matters: migrate and load schemas before the jobs and the endpoints start.
        services.AddSingleton<GatewayReadiness>();
        services.AddHostedService<GatewayStartup>();

        services.AddOptions<StorageOptions>()
            .Bind(gateway.GetSection(StorageOptions.SectionName))
            .PostConfigure(storage => storage.DatabasePath = string.IsNullOrWhiteSpace(storage.DatabasePath) ? storage.DatabasePath : paths.Resolve(storage.DatabasePath));
        services.AddGatewayStorage();
        services.AddOptions<KeyRotationOptions>().Bind(gateway.GetSection(KeyRotationOptions.SectionName));
        services.AddGatewayRouting(RoutingOptions(gateway, paths));
        services.AddGatewaySqliteLedger();
        AddContracts(services, configuration, paths);
        services.AddGgkClient(gateway);

        services.AddHttpClient(BackOfficeHttpSender.HttpClientName).ConfigureHttpClient(client => client.Timeout = Timeout.InfiniteTimeSpan);
        services.AddSingleton<BackOfficeHttpSender>();
        services.AddSingleton<IDeliveryTransport, BackOfficeTransport>();
        services.AddSingleton<IDeliveryTransport, HubDeliveryTransport>();
        services.AddOptions<OutboxOptions>().Bind(configuration.GetSection(OutboxOptions.SectionName)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<OutboxOptions>, OutboxOptionsValidator>();
        services.AddSingleton<OutboxPickup>();
        services.AddSingleton<OutboxRetention>();

        services.AddSingleton<OperatorDirectory>();
        services.AddSingleton<OperatorQueries>();
        services.AddGatewayDeclaratieAntwoordHost(gateway);
        services.AddGatewayJobs(configuration);
        services.AddGatewayTelemetry(configuration);
        services.AddGatewayHealth();
        return services;
    }

    public static IEndpointRouteBuilder MapGatewayEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGatewayHealth();
        endpoints.MapGatewayMetrics();
        endpoints.MapGgkEndpoint();
        endpoints.MapBackOfficeApi();
        endpoints.MapOperatorApi();
        endpoints.MapDeclaratieAntwoordBackOfficeApi();
        return endpoints;
    }

    /// <summary>Routing's options from Gateway:Region, Gateway:Messages, Gateway:Retry, Gateway:Delivery and Gateway:Pipeline.</summary>
    public static GatewayRoutingOptions RoutingOptions(IConfiguration gateway, HostPaths paths)
    {
        var options = gateway.Get<GatewayRoutingOptions>() ?? new GatewayRoutingOptions();
        var region = options.Region with
        {
            Gemeenten = options.Region.Gemeenten.Select(g => g with
            {
                BackOffice = g.BackOffice with
                {
                    InboxPath = g.BackOffice.InboxPath is { Length: > 0 } inbox ? paths.Resolve(inbox) : g.BackOffice.InboxPath,
                    OutboxPath = g.BackOffice.OutboxPath is { Length: > 0 } outbox ? paths.Resolve(outbox) : g.BackOffice.OutboxPath,
                },
            }).ToList(),
        };
        return options with { Region = region, Messages = options.Messages with { SchemaRoot = paths.Resolve(options.Messages.SchemaRoot) } };
    }

    /// <summary>
    /// The level-4 rules from Gateway:Contracts. The paths are checked with the other options, all problems at once; with a
    /// bad path the rules are composed without files, which never serves traffic because the start then fails on it.
    /// </summary>
    private static void AddContracts(IServiceCollection services, IConfiguration configuration, HostPaths paths)
    {
        var section = configuration.GetSection(HostContractsOptions.SectionName);
        services.AddOptions<HostContractsOptions>().Bind(section).PostConfigure<HostPaths>((contracts, hostPaths) => contracts.ResolvePaths(hostPaths)).ValidateOnStart();
        var validator = new HostContractsOptionsValidator();
        services.AddSingleton<IValidateOptions<HostContractsOptions>>(validator);

        var contracts = section.Get<HostContractsOptions>() ?? new HostContractsOptions();
        contracts.ResolvePaths(paths);
        services.AddGatewayContracts(validator.Validate(null, contracts).Succeeded ? contracts.ToRouting() : new ContractsOptions { CheckDagtekening = false });
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
