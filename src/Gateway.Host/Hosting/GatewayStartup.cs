using Gateway.Host.Health;
using Gateway.Messages.Schemas;
using Gateway.Messages.Standards;
using Gateway.Routing.Pipeline;
using Gateway.Routing.Store;
using Microsoft.Extensions.Hosting;

namespace Gateway.Host.Hosting;

/// <summary>
/// Runs before the endpoints and jobs start: migrates the store and loads the schema packs, so that nothing is
/// accepted before the gateway can store and check it, and logs the order of the inbound and outbound pipelines once.
/// A failure here stops the start with its reason.
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

        var schemas = services.GetRequiredService<SchemaCatalog>();
        readiness.MarkSchemasLoaded();
        LogSchemas(logger, schemas.Root, string.Join(", ", schemas.Packs.Select(p => $"{p.Standard.Key()} {p.Release} ({p.Messages.Count} messages)")));

        // The processors log their pipeline's step order when they are built: build them now, not on the first message.
        services.GetRequiredService<InboundProcessor>();
        services.GetRequiredService<OutboundSubmitter>();
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Store ready at schema version {Version}")]
    private static partial void LogMigrated(ILogger logger, int version);

    [LoggerMessage(Level = LogLevel.Information, Message = "Schema packs loaded from {Root}: {Packs}")]
    private static partial void LogSchemas(ILogger logger, string root, string packs);
}
