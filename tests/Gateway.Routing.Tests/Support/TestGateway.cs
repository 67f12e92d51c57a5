using System.Security.Cryptography;
using Gateway.Messages.Validation;
using Gateway.Routing.Contracts;
using Gateway.Routing.Declaraties;
using Gateway.Routing.Delivery;
using Gateway.Routing.Figures;
using Gateway.Routing.Ledger;
using Gateway.Routing.Obligations;
using Gateway.Routing.Pipeline;
using Gateway.Routing.Region;
using Gateway.Routing.Retry;
using Gateway.Routing.Store;
using Gateway.Storage;
using Gateway.Storage.Figures;
using Gateway.Storage.Ledger;
using Gateway.Storage.Obligations;
using Gateway.Storage.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Gateway.Routing.Tests.Support;

/// <summary>The routing services over a real SQLite file in a temp directory, a fake clock and the given transports.</summary>
internal sealed class TestGateway : IAsyncDisposable
{
    public static readonly DateTimeOffset Start = new(2026, 11, 10, 9, 0, 0, TimeSpan.Zero);

    private readonly ServiceProvider _services;
    private readonly string _directory;
    private readonly Func<ServiceProvider> _build;
    private bool _restarted;

    private TestGateway(Func<ServiceProvider> build, string directory, FakeTimeProvider time)
    {
        _build = build;
        _services = build();
        _directory = directory;
        Time = time;
    }

    public FakeTimeProvider Time { get; }

    public IMessageStore Store => _services.GetRequiredService<IMessageStore>();

    public InboundProcessor Inbound => _services.GetRequiredService<InboundProcessor>();

    public OutboundSubmitter Outbound => _services.GetRequiredService<OutboundSubmitter>();

    public DeliveryDispatcher Dispatcher => _services.GetRequiredService<DeliveryDispatcher>();

    public IServiceProvider Services => _services;

    public static RetryOptions FastRetry => new() { BaseDelay = TimeSpan.FromSeconds(10), MaxDelay = TimeSpan.FromMinutes(5), Horizon = TimeSpan.FromHours(1) };

    public static async Task<TestGateway> StartAsync(
        IDeliveryTransport[]? transports = null,
        ICrossMessageRule[]? rules = null,
        RetryOptions? retry = null,
        DeliveryOptions? delivery = null,
        IReadOnlyList<string>? knownProviders = null,
        Func<double>? jitter = null,
        bool ledger = false,
        ContractsOptions? contracts = null,
        IReadOnlyList<GemeenteRoute>? moreGemeenten = null,
        Action<IServiceCollection>? configure = null,
        DeclaratieAntwoordOptions? declaraties = null,
        DateTimeOffset? start = null)
    {
        var directory = Path.Combine(Path.GetTempPath(), "gateway-routing-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        var time = new FakeTimeProvider(start ?? Start);
        var options = new GatewayRoutingOptions
        {
            Region = new RegionRoutes
            {
                Gemeenten =
                [
                    new GemeenteRoute { Code = "0344", Name = "Utrecht", BackOffice = new BackOfficeRoute { Endpoint = new Uri("http://127.0.0.1:1/utrecht") } },
                    new GemeenteRoute { Code = "0363", Name = "Amsterdam", BackOffice = new BackOfficeRoute { Kind = BackOfficeKind.Directory, InboxPath = Path.Combine(directory, "in"), OutboxPath = Path.Combine(directory, "out") } },
                    .. moreGemeenten ?? [],
                ],
                KnownProviders = [.. knownProviders ?? []],
            },
            Messages = new MessagesOptions { SchemaRoot = RepoPaths.Schemas },
            Retry = retry ?? FastRetry,
            Delivery = delivery ?? new DeliveryOptions { AttemptTimeout = TimeSpan.FromSeconds(5), LeaseDuration = TimeSpan.FromMinutes(1), LeaseOwner = "test" },
            Contracts = contracts ?? new ContractsOptions { CheckDagtekening = false },
            Declaraties = declaraties ?? new DeclaratieAntwoordOptions(),
        };

        var keys = (Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)), Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)));
        var gateway = new TestGateway(() => Build(options, time, directory, keys, transports, rules, jitter, ledger, configure), directory, time);
        await gateway.Store.MigrateAsync();
        return gateway;
    }

    /// <summary>Stops these services (the SQLite file stays) and starts the same composition again on it, as a process restart.</summary>
    public async Task<TestGateway> RestartAsync()
    {
        await _services.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _restarted = true;
        var again = new TestGateway(_build, _directory, Time);
        await again.Store.MigrateAsync();
        return again;
    }

    private static ServiceProvider Build(
        GatewayRoutingOptions options,
        FakeTimeProvider time,
        string directory,
        (string Encryption, string Hash) keys,
        IDeliveryTransport[]? transports,
        ICrossMessageRule[]? rules,
        Func<double>? jitter,
        bool ledger,
        Action<IServiceCollection>? configure)
    {
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(time);
        services.AddSingleton(typeof(ILogger<>), typeof(NullLogger<>));
        AddStore(services, directory, time, ledger, keys);
        foreach (var transport in transports ?? [new AlwaysDeliversTransport()])
        {
            services.AddSingleton(transport);
        }

        foreach (var rule in rules ?? [])
        {
            services.AddSingleton(rule);
        }

        services.AddGatewayRouting(options);
        if (jitter is not null)
        {
            services.AddSingleton(new RetrySchedule(options.Retry, jitter));
        }

        configure?.Invoke(services);
        return services.BuildServiceProvider();
    }

    /// <summary>
    /// A real SQLite store in <paramref name="directory"/> as the Host composes it, with the ledger and its level-3 rules
    /// and the figures when <paramref name="ledger"/>, else <see cref="NoLedger"/>, <see cref="NoFigureRecorder"/> and no level-3 rules.
    /// </summary>
    public static void AddStore(IServiceCollection services, string directory, TimeProvider time, bool ledger, (string Encryption, string Hash)? keys = null)
    {
        var (encryption, hash) = keys ?? (Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)), Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)));
        services.AddSingleton(_ => new SqliteMessageStore(
            new StorageOptions
            {
                DatabasePath = Path.Combine(directory, "gateway.db"),
                EncryptionKey = encryption,
                BsnHashKey = hash,
            },
            time));
        services.AddSingleton<IMessageStore>(sp => sp.GetRequiredService<SqliteMessageStore>());
        services.AddSingleton<IDeclaratieAntwoordStore>(sp => new RelationalDeclaratieAntwoorden(sp.GetRequiredService<SqliteMessageStore>()));
        services.AddSingleton<IObligationStore>(sp => new RelationalObligations(sp.GetRequiredService<SqliteMessageStore>()));
        if (ledger)
        {
            services.AddSingleton<RelationalLedger>();
            services.AddSingleton<ILedger>(sp => sp.GetRequiredService<RelationalLedger>());
            services.AddSingleton<ILedgerReader>(sp => sp.GetRequiredService<RelationalLedger>());
            services.AddSingleton<IFigureRecorder, RelationalFigureRecorder>();
            services.AddSingleton<IFigureSource>(sp => new RelationalFigureSource(sp.GetRequiredService<SqliteMessageStore>()));
            services.AddGatewayLedgerRules();
        }
        else
        {
            services.AddSingleton<ILedger, NoLedger>();
            services.AddSingleton<IFigureRecorder, NoFigureRecorder>();
        }
    }

    /// <summary>Receives a sample from the hub in a fresh envelope.</summary>
    public Task<InboundReceipt> ReceiveAsync(string sample, string? referentienummer = null) =>
        ReceiveAsync(RepoPaths.SampleBytes(sample), referentienummer);

    public Task<InboundReceipt> ReceiveAsync(byte[] payload, string? referentienummer = null) =>
        Inbound.ProcessAsync(new InboundMessage(payload, new EnvelopeReference("hub", referentienummer ?? Guid.NewGuid().ToString())));

    /// <summary>Deliveries of one state (all destinations).</summary>
    public Task<IReadOnlyList<Gateway.Routing.Store.Delivery>> DeliveriesAsync(DeliveryState? state = null, DeliveryDestination? destination = null) =>
        Store.ListDeliveriesAsync(new DeliveryQuery(state, destination, 0, 500));

    /// <summary>(message code or kind, destination) of every delivery, for readable assertions.</summary>
    public async Task<List<string>> RoutesAsync()
    {
        var routes = new List<string>();
        foreach (var delivery in await DeliveriesAsync())
        {
            var message = await Store.GetMessageAsync(delivery.MessageId);
            var what = message!.Code is { } code ? ((int)code).ToString(System.Globalization.CultureInfo.InvariantCulture) : message.Kind.ToString();
            routes.Add($"{what}→{delivery.Destination}");
        }

        return routes;
    }

    public async ValueTask DisposeAsync()
    {
        if (_restarted)
        {
            return;
        }

        await _services.DisposeAsync();
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
