using Gateway.Routing.Declaraties;
using Gateway.Routing.Ledger;
using Gateway.Routing.Pipeline.Steps;
using Gateway.Routing.Store;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Gateway.Routing.Obligations;

/// <summary>Registers the obligations' pipeline step and their deadlines; part of AddGatewayRouting.</summary>
internal static class ObligationsServiceCollectionExtensions
{
    /// <summary>The step and <see cref="Deadlines"/>. Needs <see cref="IOptions{TOptions}"/> of <see cref="ObligationsOptions"/> and the store's <see cref="IObligationStore"/>.</summary>
    public static IServiceCollection AddGatewayObligations(this IServiceCollection services)
    {
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<ObligationsOptions>>().Value);
        // Without the store's ledger (a gateway that keeps none) no toewijzing is known: OP271 counts from the start alone.
        // TryAdd: the store's registration wins whether it comes before or after this one.
        services.TryAddSingleton<ILedgerReader, NoLedger>();
        services.AddSingleton(sp => new ObligationTable(sp.GetRequiredService<IObligationStore>(), sp.GetRequiredService<DeclaratieAntwoordOptions>(), sp.GetRequiredService<ILedgerReader>()));
        services.AddSingleton<TrackObligationsStep>();
        services.AddSingleton(sp => new Deadlines(
            sp.GetRequiredService<IMessageStore>(),
            sp.GetRequiredService<IObligationStore>(),
            sp.GetRequiredService<ObligationsOptions>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ILogger<Deadlines>>()));
        return services;
    }
}
