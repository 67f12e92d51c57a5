using Gateway.Routing.Cluster;
using Gateway.Routing.Declaraties;
using Gateway.Routing.Diagnostics;
using Gateway.Routing.Figures;
using Gateway.Routing.Ledger;
using Gateway.Routing.Obligations;
using Gateway.Routing.Store;
using Gateway.Storage.Cluster;
using Gateway.Storage.Figures;
using Gateway.Storage.KeyRotation;
using Gateway.Storage.Ledger;
using Gateway.Storage.Obligations;
using Gateway.Storage.Postgres;
using Gateway.Storage.Relational;
using Gateway.Storage.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Gateway.Storage;

/// <summary>Registers the durable store with its ledger.</summary>
public static class StorageServiceCollectionExtensions
{
    /// <summary>
    /// Adds the store <see cref="StorageOptions.Provider"/> names (SQLite or PostgreSQL): the <see cref="IMessageStore"/> with validated <see cref="StorageOptions"/> (checked at
    /// start), its <see cref="StoreKeyRotation"/> (bind <see cref="KeyRotationOptions"/> beside it), the ledger
    /// (<see cref="ILedger"/>, <see cref="ILedgerReader"/>) with the level-3 rules that read it, ceiling usage and held
    /// 325s (<see cref="IDeclaratieAntwoordStore"/>), and the steering figures: their recorder (<see cref="IFigureRecorder"/>,
    /// <see cref="RelationalFigureRecorder"/>) and their facts (<see cref="IFigureSource"/>, <see cref="RelationalFigureSource"/>), the
    /// gauges and write probe (<see cref="IStoreGauges"/>), and the
    /// response-time obligations (<see cref="IObligationStore"/>, <see cref="RelationalObligations"/>), and the leases that run a
    /// sweep in one instance at a time (<see cref="IClusterLeases"/>: <see cref="RelationalClusterLeases"/> on PostgreSQL,
    /// <see cref="SingleInstance"/> on SQLite, whose instance lock admits one process).
    /// The caller registers the <see cref="TimeProvider"/>.
    /// </summary>
    public static IServiceCollection AddGatewayStorage(this IServiceCollection services, Action<StorageOptions>? configure = null)
    {
        var builder = services.AddOptions<StorageOptions>();
        if (configure is not null)
        {
            builder.Configure(configure);
        }

        builder.ValidateOnStart();
        services.AddSingleton<IValidateOptions<StorageOptions>, StorageOptionsValidator>();
        services.AddGatewayMetrics();
        services.AddSingleton(sp => OpenStore(
            sp.GetRequiredService<IOptions<StorageOptions>>().Value,
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<GatewayMetrics>()));
        services.AddSingleton<IMessageStore>(sp => sp.GetRequiredService<RelationalMessageStore>());
        services.AddSingleton<IMessageBrowser>(sp => sp.GetRequiredService<RelationalMessageStore>());
        services.AddSingleton<IStoreGauges>(sp => sp.GetRequiredService<RelationalMessageStore>());
        services.AddOptions<KeyRotationOptions>().ValidateOnStart();
        services.AddSingleton<IValidateOptions<KeyRotationOptions>, KeyRotationOptionsValidator>();
        services.AddSingleton(sp => new StoreKeyRotation(
            sp.GetRequiredService<RelationalMessageStore>(),
            sp.GetRequiredService<IOptions<KeyRotationOptions>>().Value));

        services.AddSingleton<RelationalLedger>();
        services.AddSingleton<ILedger>(sp => sp.GetRequiredService<RelationalLedger>());
        services.AddSingleton<ILedgerReader>(sp => sp.GetRequiredService<RelationalLedger>());
        services.AddSingleton<IDeclaratieAntwoordStore>(sp => new RelationalDeclaratieAntwoorden(sp.GetRequiredService<RelationalMessageStore>()));
        services.AddSingleton<IFigureRecorder, RelationalFigureRecorder>();
        services.AddSingleton<IFigureSource>(sp => new RelationalFigureSource(sp.GetRequiredService<RelationalMessageStore>()));
        services.AddSingleton<IObligationStore>(sp => new RelationalObligations(sp.GetRequiredService<RelationalMessageStore>()));
        services.AddSingleton<IClusterLeases>(sp => sp.GetRequiredService<IOptions<StorageOptions>>().Value.IsPostgres
            ? new RelationalClusterLeases(sp.GetRequiredService<RelationalMessageStore>())
            : SingleInstance.Instance);
        return services.AddGatewayLedgerRules();
    }

    /// <summary>The store <paramref name="options"/> name: <see cref="SqliteMessageStore"/> or <see cref="PostgresMessageStore"/>.</summary>
    public static RelationalMessageStore OpenStore(StorageOptions options, TimeProvider timeProvider, GatewayMetrics? metrics = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options.IsPostgres
            ? new PostgresMessageStore(options, timeProvider) { Metrics = metrics ?? GatewayMetrics.Unobserved }
            : new SqliteMessageStore(options, timeProvider) { Metrics = metrics ?? GatewayMetrics.Unobserved };
    }
}
