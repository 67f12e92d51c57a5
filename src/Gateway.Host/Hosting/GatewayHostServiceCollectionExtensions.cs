using Gateway.Host.Cluster;
using Gateway.Host.Console;
using Gateway.Host.Explain;
using Gateway.Host.Health;
using Gateway.Host.Jobs;
using Gateway.Host.Metrics;
using Gateway.Host.OpenApi;
using Gateway.Host.Operators;
using Gateway.Host.Precheck;
using Gateway.Host.Region;
using Gateway.Host.Reports;
using Gateway.Host.Transport.BackOffice;
using Gateway.Host.Transport.Ggk;
using Gateway.Host.Trust;
using Gateway.Messages.Validation;
using Gateway.Routing;
using Gateway.Routing.Contracts;
using Gateway.Routing.Declaraties;
using Gateway.Routing.Delivery;
using Gateway.Routing.Freezes;
using Gateway.Routing.Obligations;
using Gateway.Routing.Pipeline;
using Gateway.Routing.Region;
using Gateway.Routing.Retry;
using Gateway.Storage;
using Gateway.Storage.KeyRotation;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace Gateway.Host.Hosting;

/// <summary>The composition root of the running gateway; everything lives under the configuration section "Gateway".</summary>
internal static class GatewayHostServiceCollectionExtensions
{
    public const string RootSection = "Gateway";

    /// <summary>
    /// Composes the gateway: each configuration section bound to its one options type and validated at start
    /// (<see cref="GatewayConfigurationCheck"/> reports every problem of every section at once), the store, routing and
    /// the Host's transports, APIs and jobs. Needs the configuration (<c>IConfiguration</c>) in the container.
    /// </summary>
    public static IServiceCollection AddGatewayHost(this IServiceCollection services, IConfiguration configuration, HostPaths paths)
    {
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(paths);

        services.AddGatewaySection<GatewayHostOptions, GatewayHostOptionsValidator>(GatewayHostOptions.SectionName);
        services.AddGatewaySection<RegionOptions, RegionOptionsValidator>(RegionOptions.SectionName).PostConfigure<HostPaths>(ResolveDirectories);
        services.AddGatewaySection<OperatorsOptions, OperatorsOptionsValidator>(OperatorsOptions.SectionName);
        services.AddSingleton<IValidateOptions<SampleKeysOptions>>(sp => new SampleKeysOptionsValidator(sp.GetRequiredService<IConfiguration>().GetSection(SampleKeysOptions.SectionName)));
        services.AddGatewaySection<SampleKeysOptions>(SampleKeysOptions.SectionName);
        services.AddGgkEndpoint();
        services.AddGatewayTrust();
        services.AddGatewayPrecheck();

        // Start-up order matters: migrate and load schemas before the jobs and the endpoints start.
        services.AddSingleton<GatewayReadiness>();
        services.AddHostedService<GatewayStartup>();

        services.AddGatewaySection<StorageOptions>(RootSection + ":" + StorageOptions.SectionName)
            .PostConfigure<HostPaths>((storage, hostPaths) => storage.DatabasePath = string.IsNullOrWhiteSpace(storage.DatabasePath) ? storage.DatabasePath : hostPaths.Resolve(storage.DatabasePath));
        services.AddGatewaySection<KeyRotationOptions>(KeyRotationOptions.FullSectionName);
        services.AddGatewayStorage();

        services.AddGatewaySection<MessagesOptions, MessagesOptionsValidator>(MessagesOptions.SectionName)
            .PostConfigure<HostPaths>((messages, hostPaths) => messages.SchemaRoot = SchemaRoot(messages.SchemaRoot, hostPaths));
        services.AddGatewaySection<RetryOptions, RetryOptionsValidator>(RetryOptions.SectionName);
        services.AddGatewaySection<DeliveryOptions, DeliveryOptionsValidator>(DeliveryOptions.SectionName);
        services.AddGatewaySection<ClusterOptions, ClusterOptionsValidator>(ClusterOptions.SectionName);
        services.AddSingleton<InstanceNameLock>();
        services.AddGatewaySection<FreezeOptions, FreezeOptionsValidator>(FreezeOptions.SectionName);
        services.AddGatewaySection<PipelineOptions, PipelineOptionsValidator>(PipelineOptions.SectionName);
        services.AddGatewaySection<DeclaratieAntwoordOptions, DeclaratieAntwoordOptionsValidator>(DeclaratieAntwoordOptions.SectionName);
        services.AddGatewaySection<ObligationsOptions, ObligationsOptionsValidator>(ObligationsOptions.SectionName);
        services.AddGatewaySection<ContractsOptions, ContractsOptionsValidator>(ContractsOptions.SectionName).PostConfigure<HostPaths>(ResolvePaths);
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<RegionOptions>>().Value.ToRoutes());
        services.AddGatewayRouting(ContractsToCompose(configuration, paths));
        services.AddGgkClient();

        services.AddHttpClient(BackOfficeHttpSender.HttpClientName).ConfigureHttpClient(client => client.Timeout = Timeout.InfiniteTimeSpan);
        services.AddSingleton<BackOfficeHttpSender>();
        services.AddSingleton<IDeliveryTransport, BackOfficeTransport>();
        services.AddSingleton<IDeliveryTransport, HubDeliveryTransport>();
        services.AddGatewaySection<OutboxOptions, OutboxOptionsValidator>(OutboxOptions.SectionName);
        services.AddSingleton<OutboxPickup>();
        services.AddSingleton<OutboxRetention>();

        services.AddSingleton<OperatorDirectory>();
        services.AddSingleton<OperatorQueries>();
        services.AddSingleton<ConsoleQueries>();
        services.AddGatewayOpenApi();
        services.AddSingleton<CodeExplainer>();
        services.AddGatewayDeclaratieAntwoordHost();
        services.AddGatewayReports();
        services.AddGatewayJobs(configuration);
        services.AddGatewayTelemetry(configuration);
        services.AddGatewayHealth();
        services.AddGatewayConsole();
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
        endpoints.MapPrecheckApi();
        endpoints.MapExplainApi();
        endpoints.MapGatewayOpenApi();
        return endpoints;
    }

    /// <summary>
    /// The region files that decide which level-4 rules are composed. The options are checked with all the others; with a
    /// bad path the rules are composed without files, which never serves traffic because the start then fails on it.
    /// </summary>
    private static ContractsOptions ContractsToCompose(IConfiguration configuration, HostPaths paths)
    {
        var contracts = configuration.ValueOrDefault<ContractsOptions>(ContractsOptions.SectionName);
        ResolvePaths(contracts, paths);
        return new ContractsOptionsValidator().Validate(null, contracts).Succeeded ? contracts : new ContractsOptions { CheckDagtekening = false };
    }

    private static void ResolvePaths(ContractsOptions contracts, HostPaths paths)
    {
        contracts.ReferencePath = string.IsNullOrWhiteSpace(contracts.ReferencePath) ? null : paths.Resolve(contracts.ReferencePath);
        contracts.ContractsFile = string.IsNullOrWhiteSpace(contracts.ContractsFile) ? null : paths.Resolve(contracts.ContractsFile);
    }

    private static void ResolveDirectories(RegionOptions region, HostPaths paths)
    {
        foreach (var backOffice in region.Gemeenten.Select(g => g.BackOffice).Where(b => b.Kind == BackOfficeKind.Directory))
        {
            backOffice.InboxPath = string.IsNullOrWhiteSpace(backOffice.InboxPath) ? backOffice.InboxPath : paths.Resolve(backOffice.InboxPath);
            backOffice.OutboxPath = string.IsNullOrWhiteSpace(backOffice.OutboxPath) ? backOffice.OutboxPath : paths.Resolve(backOffice.OutboxPath);
        }
    }

    /// <summary>
    /// The schema root: a configured folder resolved against the configuration file's folder. The default
    /// (<see cref="MessagesOptions.DefaultSchemaRoot"/>) falls back to the packs shipped next to the executable when the
    /// configuration's folder has none, so an installed tool or a published build finds them without the key.
    /// </summary>
    internal static string SchemaRoot(string configured, HostPaths paths)
    {
        if (string.IsNullOrWhiteSpace(configured))
        {
            return configured;
        }

        var resolved = paths.Resolve(configured);
        var shipped = Path.Combine(AppContext.BaseDirectory, MessagesOptions.DefaultSchemaRoot);
        return configured == MessagesOptions.DefaultSchemaRoot && !Directory.Exists(resolved) && Directory.Exists(shipped) ? shipped : resolved;
    }
}
