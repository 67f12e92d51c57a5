using Gateway.Routing.Declaraties;
using Gateway.Routing.Diagnostics;
using Gateway.Routing.Figures;
using Gateway.Routing.Ledger;
using Gateway.Routing.Obligations;
using Gateway.Routing.Store;
using Gateway.Storage.Figures;
using Gateway.Storage.KeyRotation;
using Gateway.Storage.Ledger;
using Gateway.Storage.Obligations;
using Gateway.Storage.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Gateway.Storage;

/// <summary>Registers the durable store with its ledger.</summary>
public static class StorageServiceCollectionExtensions
{
    /// <summary>
    /// Adds the SQLite store: the <see cref="IMessageStore"/> with validated <see cref="StorageOptions"/> (checked at
    /// start), its <see cref="SqliteKeyRotation"/> (bind <see cref="KeyRotationOptions"/> beside it), the ledger
    /// (<see cref="ILedger"/>, <see cref="ILedgerReader"/>) with the level-3 rules that read it, ceiling usage and held
    /// 325s (<see cref="IDeclaratieAntwoordStore"/>), and the steering figures: their recorder (<see cref="IFigureRecorder"/>,
    /// <see cref="SqliteFigureRecorder"/>) and their facts (<see cref="IFigureSource"/>, <see cref="SqliteFigureSource"/>), and the
    /// response-time obligations (<see cref="IObligationStore"/>, <see cref="SqliteObligations"/>).
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
        services.AddSingleton(sp => new SqliteMessageStore(
            sp.GetRequiredService<IOptions<StorageOptions>>().Value,
            sp.GetRequiredService<TimeProvider>())
        {
            Metrics = sp.GetRequiredService<GatewayMetrics>(),
        });
        services.AddSingleton<IMessageStore>(sp => sp.GetRequiredService<SqliteMessageStore>());
        services.AddSingleton<IMessageBrowser>(sp => sp.GetRequiredService<SqliteMessageStore>());
        services.AddOptions<KeyRotationOptions>().ValidateOnStart();
        services.AddSingleton<IValidateOptions<KeyRotationOptions>, KeyRotationOptionsValidator>();
        services.AddSingleton(sp => new SqliteKeyRotation(
            sp.GetRequiredService<SqliteMessageStore>(),
            sp.GetRequiredService<IOptions<KeyRotationOptions>>().Value));

        services.AddSingleton<SqliteLedger>();
        services.AddSingleton<ILedger>(sp => sp.GetRequiredService<SqliteLedger>());
        services.AddSingleton<ILedgerReader>(sp => sp.GetRequiredService<SqliteLedger>());
        services.AddSingleton<IDeclaratieAntwoordStore>(sp => new SqliteDeclaratieAntwoorden(sp.GetRequiredService<SqliteMessageStore>()));
        services.AddSingleton<IFigureRecorder, SqliteFigureRecorder>();
        services.AddSingleton<IFigureSource>(sp => new SqliteFigureSource(sp.GetRequiredService<SqliteMessageStore>()));
        services.AddSingleton<IObligationStore>(sp => new SqliteObligations(sp.GetRequiredService<SqliteMessageStore>()));
        return services.AddGatewayLedgerRules();
    }
}
