using Gateway.Routing.Declaraties;
using Gateway.Routing.Ledger;
using Gateway.Routing.Store;
using Gateway.Storage.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Gateway.Storage.Ledger;

/// <summary>Registers the SQLite ledger and the level-3 rules that read it.</summary>
public static class SqliteLedgerServiceCollectionExtensions
{
    /// <summary>
    /// Replaces the default <see cref="NoLedger"/> with <see cref="SqliteLedger"/> (as <see cref="ILedger"/> and
    /// <see cref="ILedgerReader"/>), adds ceiling usage and held 325s (<see cref="SqliteDeclaratieAntwoorden"/>) and the level-3 rules (<see cref="LedgerServiceCollectionExtensions.AddGatewayLedger"/>).
    /// Call it with the SQLite message store registered; order relative to AddGatewayRouting does not matter.
    /// </summary>
    public static IServiceCollection AddGatewaySqliteLedger(this IServiceCollection services)
    {
        services.TryAddSingleton<SqliteLedger>();
        services.RemoveAll<ILedger>();
        services.AddSingleton<ILedger>(sp => sp.GetRequiredService<SqliteLedger>());
        services.TryAddSingleton<ILedgerReader>(sp => sp.GetRequiredService<SqliteLedger>());
        // The SQLite store itself, also when the pipeline sees it through a wrapper (tests wrap it to fail on demand).
        services.TryAddSingleton<IDeclaratieAntwoordStore>(sp => new SqliteDeclaratieAntwoorden(
            sp.GetService<SqliteMessageStore>() ?? sp.GetRequiredService<IMessageStore>() as SqliteMessageStore
            ?? throw new InvalidOperationException("Ceiling usage and held 325s need the SQLite message store.")));
        return services.AddGatewayLedger();
    }
}
