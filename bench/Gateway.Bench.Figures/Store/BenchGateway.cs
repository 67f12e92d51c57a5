using Gateway.Bench.Figures.Region;
using Gateway.Messages.Validation;
using Gateway.Routing;
using Gateway.Routing.Contracts;
using Gateway.Routing.Declaraties;
using Gateway.Routing.Pipeline;
using Gateway.Routing.Region;
using Gateway.Routing.Store;
using Gateway.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Gateway.Bench.Figures.Store;

/// <summary>
/// The gateway as the Host composes its message handling (<c>AddGatewayStorage</c> + <c>AddGatewayRouting</c>): the
/// SQLite store with its ledger, the pipelines with every rule of levels 1–4, the contract register of the generated
/// region, and the benchmark's clock. Nothing is delivered: answers and routed messages stay queued.
/// </summary>
internal sealed class BenchGateway : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    private BenchGateway(ServiceProvider services, BenchClock clock)
    {
        _services = services;
        Clock = clock;
    }

    public BenchClock Clock { get; }

    public IServiceProvider Services => _services;

    public IMessageStore Store => _services.GetRequiredService<IMessageStore>();

    public InboundProcessor Inbound => _services.GetRequiredService<InboundProcessor>();

    public OutboundSubmitter Outbound => _services.GetRequiredService<OutboundSubmitter>();

    public HeldAnswers HeldAnswers => _services.GetRequiredService<HeldAnswers>();

    public static async Task<BenchGateway> OpenAsync(StoreLayout layout, string schemaRoot, BenchClock clock)
    {
        var keys = StoreKeys.Read(layout.Keys);
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(clock);
        services.AddSingleton<ILoggerFactory>(NullLoggerFactory.Instance);
        services.AddSingleton(typeof(ILogger<>), typeof(NullLogger<>));
        services.AddGatewayStorage(storage =>
        {
            storage.DatabasePath = layout.Database;
            storage.EncryptionKey = keys.EncryptionKey;
            storage.BsnHashKey = keys.BsnHashKey;
        });
        services.AddGatewayRouting(new GatewayRoutingOptions
        {
            Region = new RegionRoutes
            {
                Gemeenten =
                [
                    .. RegionDesign.Gemeenten.Select(g => new GemeenteRoute
                    {
                        Code = g.Code,
                        Name = g.Naam,
                        BackOffice = new BackOfficeRoute { Endpoint = new Uri($"http://127.0.0.1:1/{g.Code}") },
                    }),
                ],
            },
            Messages = new MessagesOptions { SchemaRoot = schemaRoot },
            Contracts = new ContractsOptions
            {
                ReferencePath = layout.ReferencePath,
                ContractsFile = layout.ContractsFile,
                // The files do not change during a run; look at their timestamps rarely.
                CheckInterval = TimeSpan.FromHours(1),
            },
            // The back offices look at every 325 that rejects something before it goes out (and release it, see YearTraffic).
            Declaraties = new DeclaratieAntwoordOptions { Antwoord = AntwoordBeleid.HoldRejectedLines },
        });

        var provider = services.BuildServiceProvider();
        await provider.GetRequiredService<IMessageStore>().MigrateAsync();
        return new BenchGateway(provider, clock);
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        SqliteConnection.ClearAllPools();
    }
}
