using Gateway.Host.Health;
using Gateway.Messages.Schemas;
using Gateway.Routing.Store;
using Microsoft.Extensions.Hosting;

namespace Gateway.Host.Hosting;

/// <summary>
/// Runs before the endpoints and jobs start: migrates the store and loads the schema packs, so that nothing is
/// accepted before the gateway can store and check it. A failure here stops the start with its reason.
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
        LogSchemas(logger, schemas.GetType().Name);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Store ready at schema version {Version}")]
    private static partial void LogMigrated(ILogger logger, int version);

    [LoggerMessage(Level = LogLevel.Information, Message = "Schema packs loaded ({Catalog})")]
    private static partial void LogSchemas(ILogger logger, string catalog);
}
