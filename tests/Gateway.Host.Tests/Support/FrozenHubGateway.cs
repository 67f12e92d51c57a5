using Gateway.Storage.Obligations;
using Gateway.Routing.Obligations;
using System.Security.Cryptography;
using System.Text;
using Gateway.Host.Transport.Ggk;
using Gateway.HubSimulator;
using Gateway.Messages.Validation;
using Gateway.Routing;
using Gateway.Routing.Contracts;
using Gateway.Routing.Declaraties;
using Gateway.Routing.Delivery;
using Gateway.Routing.Figures;
using Gateway.Routing.Freezes;
using Gateway.Routing.Ledger;
using Gateway.Routing.Pipeline;
using Gateway.Routing.Region;
using Gateway.Routing.Store;
using Gateway.Storage;
using Gateway.Storage.Ledger;
using Gateway.Storage.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Gateway.Host.Tests.Support;

/// <summary>
/// The real pipeline, dispatcher and GGk client over a real SQLite file, sending over HTTP to the hub simulator; one
/// fake clock drives the gateway and the simulator (its freeze window), so days pass in a test.
/// </summary>
internal sealed class FrozenHubGateway : IAsyncDisposable
{
    public static readonly DateTimeOffset Start = new(2026, 11, 10, 9, 0, 0, TimeSpan.Zero);

    private readonly ServiceProvider _services;
    private readonly HttpClient _http;
    private readonly string _directory;

    private FrozenHubGateway(ServiceProvider services, HubSimulatorHandle hub, HttpClient http, string directory, FakeTimeProvider time, AcceptingBackOffice backOffice)
    {
        _services = services;
        Hub = hub;
        _http = http;
        _directory = directory;
        Time = time;
        BackOffice = backOffice;
    }

    public FakeTimeProvider Time { get; }

    public HubSimulatorHandle Hub { get; }

    public AcceptingBackOffice BackOffice { get; }

    public IMessageStore Store => _services.GetRequiredService<IMessageStore>();

    public DeliveryDispatcher Dispatcher => _services.GetRequiredService<DeliveryDispatcher>();

    public FreezeCalendar Freezes => _services.GetRequiredService<FreezeCalendar>();

    public static async Task<FrozenHubGateway> StartAsync(FreezeOptions freezes)
    {
        var directory = Path.Combine(Path.GetTempPath(), "gateway-freeze-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        var time = new FakeTimeProvider(Start);
        var hub = await HubSimulatorHost.StartAsync(new HubSimulatorOptions { Urls = "http://127.0.0.1:0", Time = time });
        var http = new HttpClient { Timeout = Timeout.InfiniteTimeSpan };
        var backOffice = new AcceptingBackOffice();
        var options = new GatewayRoutingOptions
        {
            Region = new RegionRoutes { Gemeenten = [new GemeenteRoute { Code = "0344", Name = "Utrecht", BackOffice = new BackOfficeRoute { Endpoint = new Uri("http://127.0.0.1:1/utrecht") } }] },
            Messages = new MessagesOptions { SchemaRoot = RepoPaths.Schemas },

            // One send at a time to the hub, so the order the hub receives is the order of release.
            Delivery = new DeliveryOptions { MaxParallelPerDestination = 1, BatchSize = 8, LeaseOwner = "test" },
            Freezes = freezes,
            Contracts = new ContractsOptions { CheckDagtekening = false },
        };

        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(time);
        services.AddSingleton(typeof(ILogger<>), typeof(NullLogger<>));
        services.AddSingleton(_ => new SqliteMessageStore(
            new StorageOptions
            {
                DatabasePath = Path.Combine(directory, "gateway.db"),
                EncryptionKey = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)),
                BsnHashKey = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)),
            },
            time));
        services.AddSingleton<IMessageStore>(sp => sp.GetRequiredService<SqliteMessageStore>());
        services.AddSingleton<IDeclaratieAntwoordStore>(sp => new RelationalDeclaratieAntwoorden(sp.GetRequiredService<SqliteMessageStore>()));
        services.AddSingleton<ILedger, NoLedger>();
        services.AddSingleton<IFigureRecorder, NoFigureRecorder>();
        services.AddSingleton<IObligationStore>(sp => new RelationalObligations(sp.GetRequiredService<SqliteMessageStore>()));
        services.AddGatewayRouting(options);
        var ggk = new GgkClient(http, Options.Create(new GgkOptions { HubUrl = hub.HubUrl, AllowHttp = true }), time, NullLogger<GgkClient>.Instance);
        services.AddSingleton<IDeliveryTransport>(sp => new HubDeliveryTransport(ggk, options.Pipeline, Options.Create(new GgkEndpointOptions()), time));
        services.AddSingleton<IDeliveryTransport>(backOffice);
        var provider = services.BuildServiceProvider();
        await provider.GetRequiredService<IMessageStore>().MigrateAsync();
        return new FrozenHubGateway(provider, hub, http, directory, time, backOffice);
    }

    /// <summary>A back office hands in a 301 with its own Identificatie (T0344260800nn).</summary>
    public async Task<long> SubmitToewijzingAsync(int number)
    {
        var sample = Encoding.UTF8.GetString(RepoPaths.SampleBytes("ijw/jw301-toewijzing.xml"));
        var payload = Encoding.UTF8.GetBytes(sample.Replace("T03442608001", Identificatie(number), StringComparison.Ordinal));
        var submitted = await _services.GetRequiredService<OutboundSubmitter>().SubmitAsync(new OutboundSubmission(payload, "0344", "test"));
        return submitted.MessageId;
    }

    public static string Identificatie(int number) => FormattableString.Invariant($"T034426080{number:D2}");

    /// <summary>A 305 from the hub: routed to the back office, its 306 retour queued for the hub.</summary>
    public Task<InboundReceipt> ReceiveStartAsync() =>
        _services.GetRequiredService<InboundProcessor>().ProcessAsync(new InboundMessage(RepoPaths.SampleBytes("ijw/jw305-start.xml"), new EnvelopeReference("hub", Guid.NewGuid().ToString())));

    public Task<IReadOnlyList<Routing.Store.Delivery>> DeliveriesAsync(DeliveryDestination? destination = null) =>
        Store.ListDeliveriesAsync(new DeliveryQuery(null, destination, 0, 500));

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        await Hub.DisposeAsync();
        _http.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open by the OS is left for the temp cleaner.
        }
    }
}
