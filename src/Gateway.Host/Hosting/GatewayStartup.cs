using Gateway.Host.Cluster;
using Gateway.Host.Contracts;
using Gateway.Host.Health;
using Gateway.Host.Trust;
using Gateway.Messages.Schemas;
using Gateway.Messages.Standards;
using Gateway.Routing.Cluster;
using Gateway.Routing.Contracts;
using Gateway.Routing.Delivery;
using Gateway.Routing.Ledger;
using Gateway.Routing.Pipeline;
using Gateway.Routing.Reference;
using Gateway.Routing.Store;
using Gateway.Storage.KeyRotation;
using Gateway.Storage.Relational;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Gateway.Host.Hosting;

/// <summary>
/// Runs before the endpoints and jobs start: migrates the store, loads the schema packs and the region's reference data
/// and contract register, so that nothing is accepted before the gateway can store and check it, and logs the active
/// rule sets and the order of the inbound and outbound pipelines once. A failure here stops the start with its reason
/// (a bad region file with file, line and entry).
/// </summary>
internal sealed partial class GatewayStartup(IServiceProvider services, GatewayReadiness readiness, ILogger<GatewayStartup> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        // Resolved here, not in the constructor, so that every options problem is reported together first.
        var store = services.GetRequiredService<IMessageStore>();
        var version = await store.MigrateAsync(cancellationToken);
        readiness.MarkMigrated();
        LogMigrated(logger, version);
        var rotation = services.GetRequiredService<StoreKeyRotation>();
        await rotation.RecordServingKeysAsync(cancellationToken);
        LogKeys(logger, rotation.CurrentKeys.PayloadKeyId, rotation.CurrentKeys.HashGeneration);

        await ReleaseLeasesAsync(store, cancellationToken);

        // A freeze learned from the hub before the restart still holds: no attempts are spent sending into it.
        await services.GetRequiredService<DeliveryDispatcher>().RestoreFreezeAsync(cancellationToken);

        var schemas = services.GetRequiredService<SchemaCatalog>();
        readiness.MarkSchemasLoaded();
        LogSchemas(logger, schemas.Root, string.Join(", ", schemas.Packs.Select(p => $"{p.Standard.Key()} {p.Release} ({p.Messages.Count} messages)")));

        LogRuleSets();

        // The processors log their pipeline's step order when they are built: build them now, not on the first message.
        services.GetRequiredService<InboundProcessor>();
        services.GetRequiredService<OutboundSubmitter>();
        services.GetRequiredService<SenderDirectory>();
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Hands back the delivery leases of runs that are known to be dead, so their deliveries go out again now.</summary>
    private async Task ReleaseLeasesAsync(IMessageStore store, CancellationToken cancellationToken)
    {
        if (services.GetRequiredService<IClusterLeases>().IsSingleInstance)
        {
            // This process holds the store's instance lock (GatewayApplication), so a lease still in the store is one a
            // dead run of this store took: its delivery is sent again now, not when the lease would have expired.
            var released = await store.ReleaseLeasesAtStartAsync(cancellationToken);
            if (released > 0)
            {
                LogLeasesReleased(logger, released);
            }

            return;
        }

        // Other instances may be sending right now on the leases they hold. With an instance name, the earlier runs of this
        // instance are known to be dead once this process holds the name's lock (the database drops it with the session of
        // the process that held it), so their leases come back now. Any other lease is taken back only once it expired
        // (here, by the lease sweep or by any instance's claim): a lease owner names one run, and the run may be alive.
        var instance = services.GetRequiredService<InstanceNameLock>();
        if (instance.Name is { } name)
        {
            if (!await instance.TakeAsync(cancellationToken))
            {
                throw new StoreUnavailableException(
                    $"{ClusterOptions.SectionName}:{nameof(ClusterOptions.InstanceName)}: another running gateway instance on this database is named '{name}'; give each instance a name of its own.",
                    new InvalidOperationException("instance name in use"));
            }

            var earlier = await store.ReleaseLeasesOfEarlierRunsAsync(ClusterOptions.OwnerPrefix(name), services.GetRequiredService<DeliveryOptions>().LeaseOwner, cancellationToken);
            if (earlier > 0)
            {
                LogLeasesReleased(logger, earlier);
            }
        }

        var expired = await store.ReleaseExpiredLeasesAsync(cancellationToken);
        if (expired > 0)
        {
            LogExpiredLeasesReleased(logger, expired);
        }
    }

    /// <summary>Loads the region's files now (a bad file stops the start with file, line and entry) and says which rules run.</summary>
    private void LogRuleSets()
    {
        var rules = services.GetServices<ICrossMessageRule>().ToList();
        var configured = services.GetRequiredService<IOptions<ContractsOptions>>().Value;
        LogRules(logger, rules.Count(r => r.Level == 3), rules.Count(r => r.Level == 4), string.Join(" ", rules.Where(r => r.Level == 4).Select(r => r.Code).Order(StringComparer.Ordinal)));
        if (configured.ConfiguredReferencePath is null)
        {
            LogNoFile(logger, "Reference data", "ReferencePath", "TR378 and TR381");
        }
        else
        {
            var reference = services.GetRequiredService<ReloadingSource<ReferenceData>>();
            var data = reference.Current;
            LogReference(logger, reference.Name, data.Gemeenten.Count(), data.Lists.Count());
        }

        if (configured.ConfiguredContractsFile is null)
        {
            LogNoFile(logger, "Contract register", "ContractsFile", "TR418 and CT01-CT03");
        }
        else
        {
            var contracts = services.GetRequiredService<ReloadingSource<ContractRegister>>();
            LogContracts(logger, contracts.Name, ContractRegisterFigures.Of(contracts.Current).ToString());
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Store ready at schema version {Version}")]
    private static partial void LogMigrated(ILogger logger, int version);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Took back {Count} deliveries the previous run held when it stopped; they are sent again now")]
    private static partial void LogLeasesReleased(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Took back {Count} deliveries whose lease expired (a stopped instance held them); they are sent again now")]
    private static partial void LogExpiredLeasesReleased(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Information, Message = "Serving with payload key id {KeyId} and BSN hash key generation {Generation}; older rows move to them in the background")]
    private static partial void LogKeys(ILogger logger, string keyId, int generation);

    [LoggerMessage(Level = LogLevel.Information, Message = "Level-3/4 rules active: {Level3} level-3 (ledger), {Level4} level-4 ({Level4Codes})")]
    private static partial void LogRules(ILogger logger, int level3, int level4, string level4Codes);

    [LoggerMessage(Level = LogLevel.Information, Message = "Loaded {Source}: {Gemeenten} gemeentecodes, {Lists} product code lists")]
    private static partial void LogReference(ILogger logger, string source, int gemeenten, int lists);

    [LoggerMessage(Level = LogLevel.Information, Message = "Loaded {Source}: {Figures}")]
    private static partial void LogContracts(ILogger logger, string source, string figures);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{What} not configured (Gateway:Contracts:{Key}): {Rules} do not run")]
    private static partial void LogNoFile(ILogger logger, string what, string key, string rules);

    [LoggerMessage(Level = LogLevel.Information, Message = "Schema packs loaded from {Root}: {Packs}")]
    private static partial void LogSchemas(ILogger logger, string root, string packs);
}
